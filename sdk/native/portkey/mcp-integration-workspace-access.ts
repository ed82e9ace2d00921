// Generated from spec/portkey/mcp-integration-workspace-access.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { mcpIntegrationWorkspaceAccessSpec } from "../../../spec/portkey/mcp-integration-workspace-access";
import { nativeProps } from "../core";
import type { McpIntegrationWorkspaceAccessArgs } from "../../portkey/mcp-integration-workspace-access";

export type { McpIntegrationWorkspaceAccessArgs };

/**
 * Lets a workspace use a Portkey MCP integration.
 *
 * Import id: `mcpIntegrationId/workspaceId`, e.g. `3f1c2b9e-8a47-4d2e-9b61-0c5d7e8f9a10/ws-team-a-1a2b3c`. The Terraform provider's `portkey_mcp_integration_workspace_access`.
 *
 * Served by the native plugin `aigov`.
 */
export class McpIntegrationWorkspaceAccess extends pulumi.CustomResource {
  /**
   * MCP integration id or slug.
   *
   * Changing it replaces the resource.
   */
  declare public readonly mcpIntegrationId: pulumi.Output<string>;
  /**
   * Workspace id or slug.
   *
   * Changing it replaces the resource.
   */
  declare public readonly workspaceId: pulumi.Output<string>;

  constructor(name: string, args: McpIntegrationWorkspaceAccessArgs, opts?: pulumi.CustomResourceOptions) {
    const p = nativeProps(mcpIntegrationWorkspaceAccessSpec, name, args, opts);
    super("aigov:portkey:McpIntegrationWorkspaceAccess", name, p.props, p.opts);
  }
}
