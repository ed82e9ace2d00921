// getMcpIntegrationCapabilities in the program: the hand-written request of
// provider/core/custom-sources.ts with the program's client.
// spec/portkey/mcp-integration-capabilities.ts names it as a `custom` data
// source and describes its arguments and answer; the native plugin serves it as an invoke.
import { outputOf } from "../core/data-source";
import { programClient } from "../core/client";
import { mcpCapabilities } from "../../provider/core/custom-sources";

/** A capability of an MCP integration's server. */
export interface McpIntegrationCapability {
  name: string;
  /** `tool`, `prompt`, `resource` or `resource_template`. */
  type: string;
  enabled: boolean;
  description?: string;
}

export interface McpIntegrationCapabilitiesResult {
  capabilities: McpIntegrationCapability[];
}

/** Every capability an MCP integration's server offers, enabled or not. */
export async function getMcpIntegrationCapabilities(args: { mcpIntegrationId: string }): Promise<McpIntegrationCapabilitiesResult> {
  return (await mcpCapabilities(programClient("portkey"), args)) as unknown as McpIntegrationCapabilitiesResult;
}

export const getMcpIntegrationCapabilitiesOutput = outputOf<{ mcpIntegrationId: string }, McpIntegrationCapabilitiesResult>(getMcpIntegrationCapabilities);
