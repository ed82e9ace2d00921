// Quirk hooks of the MCP integration workspace access (its description is
// spec/portkey/mcp-integration-workspace-access.ts): the shared access list,
// whose entries are a workspace's id and switch, with no limits.
import { ResourceHooks } from "../core/resource";
import { accessHooks } from "../core/workspace-access";

export const hooks: ResourceHooks = accessHooks({
  noun: "McpIntegrationWorkspaceAccess",
  parent: "mcpIntegrationId",
  route: "/mcp-integrations/{mcpIntegrationId}/workspaces",
  names: "id",
  entry: (inputs, enabled) => ({ id: inputs.workspaceId, enabled }),
});
