// Generated from spec/portkey/integration-workspace-access.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { integrationWorkspaceAccessSpec } from "../../spec/portkey/integration-workspace-access";
import { prepare, providerOf } from "../core/resource";
import type { RateLimit, RateLimitsInput, UsageLimit, UsageLimitsInput } from "./types";

const impl = providerOf(integrationWorkspaceAccessSpec);

/** The arguments of an {@link IntegrationWorkspaceAccess}. */
export interface IntegrationWorkspaceAccessArgs {
  /**
   * Integration slug or id.
   *
   * Changing it replaces the resource.
   */
  integrationId: pulumi.Input<string>;
  /**
   * Workspace id or slug.
   *
   * Changing it replaces the resource.
   */
  workspaceId: pulumi.Input<string>;
  /**
   * Whether the workspace may use the integration.
   *
   * Defaults to `true`.
   */
  enabled?: pulumi.Input<boolean>;
  /**
   * Usage limit for this workspace's use of the integration (at most one).
   *
   * Typed, or a JSON string of the same shape; compared by meaning, not by text.
   */
  usageLimits?: UsageLimitsInput;
  /**
   * Rate limit for this workspace's use of the integration (at most one).
   *
   * Typed, or a JSON string of the same shape; compared by meaning, not by text.
   */
  rateLimits?: RateLimitsInput;
}

/**
 * Enables a Portkey integration for a workspace, with optional limits.
 *
 * Import id: `integrationId/workspaceId`, e.g. `openai-prod/ws-team-a-1a2b3c`. The Terraform provider's `portkey_integration_workspace_access`.
 */
export class IntegrationWorkspaceAccess extends pulumi.dynamic.Resource {
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
    const p = prepare(impl.spec, name, args, opts);
    super(impl, name, p.props, p.opts, "portkey", "IntegrationWorkspaceAccess");
  }
}
