// Portkey MCP integration workspace access: lets one workspace use an MCP
// integration.
// API: GET/PUT /mcp-integrations/{id}/workspaces (bulk, `{workspaces: [{id,
// enabled}]}`); there is no DELETE, so deleting disables. A grant has nothing
// else to change, so every change replaces it. With an organisation
// key the list names workspaces by id (by slug with a workspace key), so a
// workspace given by slug is resolved through GET /admin/workspaces/{slug}.
import { mcpIntegrationRef } from "./mcp-integration";
import { ResourceSpec } from "../core/types";

export const mcpIntegrationWorkspaceAccessSpec: ResourceSpec = {
  vendor: "portkey",
  name: "McpIntegrationWorkspaceAccess",
  file: "mcp-integration-workspace-access",
  doc: "Lets a workspace use a Portkey MCP integration.",
  api: {
    collection: "/mcp-integrations/{mcpIntegration}/workspaces",
    item: "/mcp-integrations/{mcpIntegration}/workspaces",
    pathKey: "id",
    listKey: "workspaces",
  },
  importId: { separator: "/", parts: ["mcpIntegrationId", "workspaceId"], example: "3f1c2b9e-8a47-4d2e-9b61-0c5d7e8f9a10/ws-team-a-1a2b3c" },
  // Granting access is an idempotent PUT, so a lost answer is simply retried.
  naturalKey: ["mcpIntegrationId", "workspaceId"],
  lostCreate: "upsert",
  createAnswer: { whole: true, why: "The PUT answers nothing, and state keeps the inputs as written." },
  parents: [
    { resource: "McpIntegration", field: "mcpIntegrationId", blocksDelete: false },
    { resource: "Workspace", field: "workspaceId", blocksDelete: true },
  ],
  terraform: "portkey_mcp_integration_workspace_access",
  fields: {
    mcpIntegrationId: mcpIntegrationRef,
    workspaceId: { doc: "Workspace id or slug.", schema: { type: "string", minLength: 1 }, required: true, replaceOnChange: true, keepUserForm: true },
  },
};
