// Generated from spec/portkey/integration-workspace-access.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { integrationWorkspaceAccessSpec } from "../../../spec/portkey/integration-workspace-access";
import { nativeProps } from "../core";
import type { IntegrationWorkspaceAccessArgs } from "../../portkey/integration-workspace-access";
import type { IntegrationWorkspacesResult } from "../../portkey/integration-workspaces";
import type { RateLimit, UsageLimit } from "../../portkey/types";

export type { IntegrationWorkspaceAccessArgs, IntegrationWorkspacesResult };

/**
 * Enables a Portkey integration for a workspace, with optional limits.
 *
 * Import id: `integrationId/workspaceId`, e.g. `openai-prod/ws-team-a-1a2b3c`. The Terraform provider's `portkey_integration_workspace_access`.
 *
 * Served by the native plugin `aigov`.
 */
export class IntegrationWorkspaceAccess extends pulumi.CustomResource {
  /**
   * Integration slug or id.
   *
   * Changing it replaces the resource.
   */
  declare public readonly integrationId: pulumi.Output<string>;
  /**
   * Workspace id or slug.
   *
   * Changing it replaces the resource.
   */
  declare public readonly workspaceId: pulumi.Output<string>;
  /**
   * Whether the workspace may use the integration.
   *
   * Defaults to `true`.
   */
  declare public readonly enabled: pulumi.Output<boolean | undefined>;
  /**
   * Usage limit for this workspace's use of the integration (at most one).
   *
   * Typed, or a JSON string of the same shape; compared by meaning, not by text.
   */
  declare public readonly usageLimits: pulumi.Output<UsageLimit[] | string | undefined>;
  /**
   * Rate limit for this workspace's use of the integration (at most one).
   *
   * Typed, or a JSON string of the same shape; compared by meaning, not by text.
   */
  declare public readonly rateLimits: pulumi.Output<RateLimit[] | string | undefined>;
  /** The workspace's slug, the name the access list uses; kept so a refresh needs one read. */
  declare public readonly workspaceSlug: pulumi.Output<string>;

  constructor(name: string, args: IntegrationWorkspaceAccessArgs, opts?: pulumi.CustomResourceOptions) {
    const p = nativeProps(integrationWorkspaceAccessSpec, name, args, opts);
    super("aigov:portkey:IntegrationWorkspaceAccess", name, p.props, p.opts);
  }
}

/**
 * The workspaces an integration is shared with.
 *
 * Served by the plugin as an invoke.
 */
export function getIntegrationWorkspaces(args: { integrationId: string }, opts?: pulumi.InvokeOptions): Promise<IntegrationWorkspacesResult> {
  return pulumi.runtime.invoke("aigov:portkey:getIntegrationWorkspaces", args, opts);
}

/** {@link getIntegrationWorkspaces}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getIntegrationWorkspacesOutput(args: { integrationId: pulumi.Input<string> }, opts?: pulumi.InvokeOutputOptions): pulumi.Output<IntegrationWorkspacesResult> {
  return pulumi.runtime.invokeOutput("aigov:portkey:getIntegrationWorkspaces", args, opts);
}
