// Generated from spec/portkey/mcp-integration-capabilities.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { mcpIntegrationCapabilitiesSpec } from "../../spec/portkey/mcp-integration-capabilities";
import { prepare, providerOf } from "../core/resource";
import type { McpCapability, McpCapabilityArgs } from "./types";

const impl = providerOf(mcpIntegrationCapabilitiesSpec);

/** The arguments of a {@link McpIntegrationCapabilities}. */
export interface McpIntegrationCapabilitiesArgs {
  /**
   * MCP integration id or slug.
   *
   * Changing it replaces the resource.
   */
  mcpIntegrationId: pulumi.Input<string>;
  /** The capabilities this resource switches, each by name and type, enabled unless `enabled: false`; as a list or a JSON string. One dropped from the list is disabled if it was enabled; capabilities never listed are left alone. */
  capabilities: pulumi.Input<pulumi.Input<McpCapabilityArgs>[]> | pulumi.Input<string>;
}

/**
 * Enables or disables tools, prompts and resources of a Portkey MCP integration.
 *
 * Import id: `mcpIntegrationId`, e.g. `3f1c2b9e-8a47-4d2e-9b61-0c5d7e8f9a10`. The Terraform provider's `portkey_mcp_integration_capabilities`.
 */
export class McpIntegrationCapabilities extends pulumi.dynamic.Resource {
  /**
   * MCP integration id or slug.
   *
   * Changing it replaces the resource.
   */
  declare public readonly mcpIntegrationId: pulumi.Output<string>;
  /** The capabilities this resource switches, each by name and type, enabled unless `enabled: false`; as a list or a JSON string. One dropped from the list is disabled if it was enabled; capabilities never listed are left alone. */
  declare public readonly capabilities: pulumi.Output<McpCapability[] | string>;

  constructor(name: string, args: McpIntegrationCapabilitiesArgs, opts?: pulumi.CustomResourceOptions) {
    const p = prepare(impl.spec, name, args, opts);
    super(impl, name, p.props, p.opts, "portkey", "McpIntegrationCapabilities");
  }
}
