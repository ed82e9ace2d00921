// Generated from spec/portkey/mcp-integration.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { mcpIntegrationSpec } from "../../../spec/portkey/mcp-integration";
import { nativeProps } from "../core";
import type { McpIntegrationArgs, GetMcpIntegrationResult } from "../../portkey/mcp-integration";

export type { McpIntegrationArgs, GetMcpIntegrationResult };

/**
 * A Portkey MCP integration: a remote MCP server that workspaces can be given access to.
 *
 * Import id: `id`, e.g. `3f1c2b9e-8a47-4d2e-9b61-0c5d7e8f9a10`. The Terraform provider's `portkey_mcp_integration`.
 *
 * Served by the native plugin `aigov`.
 */
export class McpIntegration extends pulumi.CustomResource {
  /** Display name. */
  declare public readonly name: pulumi.Output<string>;
  /**
   * Identifier unique in the organisation: letters, digits, `-` and `_`. When absent, one is derived from the stack and the resource name, the same on every run.
   *
   * Changing it replaces the resource.
   */
  declare public readonly slug: pulumi.Output<string>;
  /** Free-text description. */
  declare public readonly description: pulumi.Output<string | undefined>;
  /** The MCP server's URL, e.g. `https://mcp.example.com/mcp`. */
  declare public readonly url: pulumi.Output<string>;
  /** How Portkey authenticates to the server: `none`, `headers` (the headers in `configurations`) or `oauth_auto`. */
  declare public readonly authType: pulumi.Output<"none" | "headers" | "oauth_auto">;
  /** The MCP transport: `http` (streamable HTTP) or `sse`. */
  declare public readonly transport: pulumi.Output<"http" | "sse">;
  /**
   * Authentication settings, e.g. `custom_headers` (headers sent to the server) and `passthrough_header`, as an object or a JSON string. Write-only: it may hold tokens and client secrets.
   *
   * A secret: Pulumi keeps it encrypted.
   *
   * The output holds a salted fingerprint of the value (`fp1:<salt>:<hmac>`), never the value.
   */
  declare public readonly configurations: pulumi.Output<string | undefined>;
  /**
   * Makes the MCP integration workspace-scoped. A workspace id or slug.
   *
   * Changing it replaces the resource.
   */
  declare public readonly workspaceId: pulumi.Output<string | undefined>;
  /** `organisation` or `workspace`. */
  declare public readonly type: pulumi.Output<string>;
  /** The integration's status, e.g. `active`. */
  declare public readonly status: pulumi.Output<string>;
  /** When the object was created (RFC 3339). */
  declare public readonly createdAt: pulumi.Output<string>;
  /** When the object was last updated (RFC 3339). */
  declare public readonly updatedAt: pulumi.Output<string>;

  constructor(name: string, args: McpIntegrationArgs, opts?: pulumi.CustomResourceOptions) {
    const p = nativeProps(mcpIntegrationSpec, name, args, opts);
    super("aigov:portkey:McpIntegration", name, p.props, p.opts);
  }
}

/**
 * Looks up one MCP integration by id or slug.
 *
 * Served by the plugin as an invoke.
 */
export function getMcpIntegration(args: { id: string }, opts?: pulumi.InvokeOptions): Promise<GetMcpIntegrationResult> {
  return pulumi.runtime.invoke("aigov:portkey:getMcpIntegration", args, opts);
}

/** {@link getMcpIntegration}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getMcpIntegrationOutput(args: { id: pulumi.Input<string> }, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetMcpIntegrationResult> {
  return pulumi.runtime.invokeOutput("aigov:portkey:getMcpIntegration", args, opts);
}

/**
 * Lists MCP integrations, optionally those of one workspace.
 *
 * Served by the plugin as an invoke.
 */
export function getMcpIntegrations(args: { workspaceId?: string } = {}, opts?: pulumi.InvokeOptions): Promise<{ mcpIntegrations: GetMcpIntegrationResult[] }> {
  return pulumi.runtime.invoke("aigov:portkey:getMcpIntegrations", args, opts);
}

/** {@link getMcpIntegrations}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getMcpIntegrationsOutput(args: { workspaceId?: pulumi.Input<string> } = {}, opts?: pulumi.InvokeOutputOptions): pulumi.Output<{ mcpIntegrations: GetMcpIntegrationResult[] }> {
  return pulumi.runtime.invokeOutput("aigov:portkey:getMcpIntegrations", args, opts);
}
