// Generated from spec/portkey/mcp-integration.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { mcpIntegrationSpec } from "../../spec/portkey/mcp-integration";
import { list, lookup } from "../core/data-source";
import { prepare, providerOf } from "../core/resource";

const impl = providerOf(mcpIntegrationSpec);

/** The arguments of a {@link McpIntegration}. */
export interface McpIntegrationArgs {
  /** Display name. */
  name: pulumi.Input<string>;
  /**
   * Identifier unique in the organisation: letters, digits, `-` and `_`. When absent, one is derived from the stack and the resource name, the same on every run.
   *
   * Changing it replaces the resource.
   */
  slug?: pulumi.Input<string>;
  /** Free-text description. */
  description?: pulumi.Input<string>;
  /** The MCP server's URL, e.g. `https://mcp.example.com/mcp`. */
  url: pulumi.Input<string>;
  /** How Portkey authenticates to the server: `none`, `headers` (the headers in `configurations`) or `oauth_auto`. */
  authType: pulumi.Input<"none" | "headers" | "oauth_auto">;
  /** The MCP transport: `http` (streamable HTTP) or `sse`. */
  transport: pulumi.Input<"http" | "sse">;
  /**
   * Authentication settings, e.g. `custom_headers` (headers sent to the server) and `passthrough_header`, as an object or a JSON string. Write-only: it may hold tokens and client secrets.
   *
   * A secret: Pulumi keeps it encrypted.
   */
  configurations?: pulumi.Input<Record<string, unknown>> | pulumi.Input<string>;
  /**
   * Makes the MCP integration workspace-scoped. A workspace id or slug.
   *
   * Changing it replaces the resource.
   */
  workspaceId?: pulumi.Input<string>;
}

/**
 * A Portkey MCP integration: a remote MCP server that workspaces can be given access to.
 *
 * Import id: `id`, e.g. `3f1c2b9e-8a47-4d2e-9b61-0c5d7e8f9a10`. The Terraform provider's `portkey_mcp_integration`.
 */
export class McpIntegration extends pulumi.dynamic.Resource {
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
    const p = prepare(impl.spec, name, args, opts);
    super(impl, name, p.props, p.opts, "portkey", "McpIntegration");
  }
}

/** A McpIntegration as the API shows it, from its data sources. */
export interface GetMcpIntegrationResult {
  /** The object's id. */
  id: string;
  /** Display name. */
  name: string;
  /** Identifier unique in the organisation: letters, digits, `-` and `_`. When absent, one is derived from the stack and the resource name, the same on every run. */
  slug: string;
  /** Free-text description. */
  description?: string;
  /** The MCP server's URL, e.g. `https://mcp.example.com/mcp`. */
  url: string;
  /** How Portkey authenticates to the server: `none`, `headers` (the headers in `configurations`) or `oauth_auto`. */
  authType: "none" | "headers" | "oauth_auto";
  /** The MCP transport: `http` (streamable HTTP) or `sse`. */
  transport: "http" | "sse";
  /** Makes the MCP integration workspace-scoped. A workspace id or slug. */
  workspaceId?: string;
  /** `organisation` or `workspace`. */
  type?: string;
  /** The integration's status, e.g. `active`. */
  status?: string;
  /** When the object was created (RFC 3339). */
  createdAt?: string;
  /** When the object was last updated (RFC 3339). */
  updatedAt?: string;
}

/** Looks up one MCP integration by id or slug. */
export function getMcpIntegration(args: { id: string }): Promise<GetMcpIntegrationResult> {
  return lookup<GetMcpIntegrationResult>(impl.spec, "getMcpIntegration", args);
}

/** {@link getMcpIntegration}, with arguments that may be Outputs. */
export function getMcpIntegrationOutput(args: { id: pulumi.Input<string> }): pulumi.Output<GetMcpIntegrationResult> {
  return pulumi.output(args).apply(getMcpIntegration);
}

/** Lists MCP integrations, optionally those of one workspace. */
export function getMcpIntegrations(args: { workspaceId?: string } = {}): Promise<{ mcpIntegrations: GetMcpIntegrationResult[] }> {
  return list<GetMcpIntegrationResult, "mcpIntegrations">(impl.spec, "getMcpIntegrations", args);
}

/** {@link getMcpIntegrations}, with arguments that may be Outputs. */
export function getMcpIntegrationsOutput(args: { workspaceId?: pulumi.Input<string> } = {}): pulumi.Output<{ mcpIntegrations: GetMcpIntegrationResult[] }> {
  return pulumi.output(args).apply(getMcpIntegrations);
}
