// Generated from spec/portkey/mcp-integration-capabilities.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { mcpIntegrationCapabilitiesSpec } from "../../../spec/portkey/mcp-integration-capabilities";
import { nativeProps } from "../core";
import type { McpIntegrationCapabilitiesArgs } from "../../portkey/mcp-integration-capabilities";
import type { McpIntegrationCapabilitiesResult } from "../../portkey/mcp-capabilities";
import type { McpCapability } from "../../portkey/types";

export type { McpIntegrationCapabilitiesArgs, McpIntegrationCapabilitiesResult };

/**
 * Enables or disables tools, prompts and resources of a Portkey MCP integration.
 *
 * Import id: `mcpIntegrationId`, e.g. `3f1c2b9e-8a47-4d2e-9b61-0c5d7e8f9a10`. The Terraform provider's `portkey_mcp_integration_capabilities`.
 *
 * Served by the native plugin `aigov`.
 */
export class McpIntegrationCapabilities extends pulumi.CustomResource {
  /**
   * MCP integration id or slug.
   *
   * Changing it replaces the resource.
   */
  declare public readonly mcpIntegrationId: pulumi.Output<string>;
  /** The capabilities this resource switches, each by name and type, enabled unless `enabled: false`; as a list or a JSON string. One dropped from the list is disabled if it was enabled; capabilities never listed are left alone. */
  declare public readonly capabilities: pulumi.Output<McpCapability[] | string>;

  constructor(name: string, args: McpIntegrationCapabilitiesArgs, opts?: pulumi.CustomResourceOptions) {
    const p = nativeProps(mcpIntegrationCapabilitiesSpec, name, args, opts);
    super("aigov:portkey:McpIntegrationCapabilities", name, p.props, p.opts);
  }
}

/**
 * Every capability an MCP integration's server offers, enabled or not.
 *
 * Served by the plugin as an invoke.
 */
export function getMcpIntegrationCapabilities(args: { mcpIntegrationId: string }, opts?: pulumi.InvokeOptions): Promise<McpIntegrationCapabilitiesResult> {
  return pulumi.runtime.invoke("aigov:portkey:getMcpIntegrationCapabilities", args, opts);
}

/** {@link getMcpIntegrationCapabilities}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getMcpIntegrationCapabilitiesOutput(args: { mcpIntegrationId: pulumi.Input<string> }, opts?: pulumi.InvokeOutputOptions): pulumi.Output<McpIntegrationCapabilitiesResult> {
  return pulumi.runtime.invokeOutput("aigov:portkey:getMcpIntegrationCapabilities", args, opts);
}
