// Generated from spec/portkey/mcp-integration-workspace-access.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { mcpIntegrationWorkspaceAccessSpec } from "../../spec/portkey/mcp-integration-workspace-access";
import { prepare, providerOf } from "../core/resource";

const impl = providerOf(mcpIntegrationWorkspaceAccessSpec);

/** The arguments of a {@link McpIntegrationWorkspaceAccess}. */
export interface McpIntegrationWorkspaceAccessArgs {
  /**
   * MCP integration id or slug.
   *
   * Changing it replaces the resource.
   */
  mcpIntegrationId: pulumi.Input<string>;
  /**
   * Workspace id or slug.
   *
   * Changing it replaces the resource.
   */
  workspaceId: pulumi.Input<string>;
}

/**
 * Lets a workspace use a Portkey MCP integration.
 *
 * Import id: `mcpIntegrationId/workspaceId`, e.g. `3f1c2b9e-8a47-4d2e-9b61-0c5d7e8f9a10/ws-team-a-1a2b3c`. The Terraform provider's `portkey_mcp_integration_workspace_access`.
 */
export class McpIntegrationWorkspaceAccess extends pulumi.dynamic.Resource {
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
    const p = prepare(impl.spec, name, args, opts);
    super(impl, name, p.props, p.opts, "portkey", "McpIntegrationWorkspaceAccess");
  }
}
