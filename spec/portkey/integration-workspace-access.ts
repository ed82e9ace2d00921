// Portkey integration workspace access: enables an integration for one
// workspace, with optional usage and rate limits.
// API: GET/PUT /integrations/{slug}/workspaces (bulk); there is no DELETE, so
// deleting disables. The list answers with workspace slugs as `id`, so a
// workspace given as a UUID is resolved through GET /admin/workspaces/{uuid}.
import { ResourceSpec } from "../core/types";
import { rateLimitSchema, rateLimitsField, usageLimitSchema, usageLimitsField } from "./limits";

export const integrationWorkspaceAccessSpec: ResourceSpec = {
  vendor: "portkey",
  name: "IntegrationWorkspaceAccess",
  file: "integration-workspace-access",
  doc: "Enables a Portkey integration for a workspace, with optional limits.",
  api: { collection: "/integrations/{integration}/workspaces", item: "/integrations/{integration}/workspaces", pathKey: "id", listKey: "workspaces" },
  importId: { separator: "/", parts: ["integrationId", "workspaceId"], example: "openai-prod/ws-team-a-1a2b3c" },
  // Granting access is an idempotent PUT, so a lost answer is simply retried.
  naturalKey: ["integrationId", "workspaceId"],
  lostCreate: "upsert",
  createAnswer: {
    whole: true,
    why: "The PUT answers nothing, but state keeps the inputs as written and needs only the workspace's slug, which the create learns beside the PUT.",
  },
  parents: [
    { resource: "Integration", field: "integrationId", blocksDelete: false },
    { resource: "Workspace", field: "workspaceId", blocksDelete: true },
  ],
  terraform: "portkey_integration_workspace_access",
  // The access list answers workspace slugs with their limits, not access objects: written by hand.
  dataSources: [
    {
      kind: "custom",
      name: "getIntegrationWorkspaces",
      module: "integration-workspaces",
      doc: "The workspaces an integration is shared with.",
      served: {
        args: ["integrationId"],
        result: {
          typeName: "IntegrationWorkspacesResult",
          type: "object",
          required: ["total", "workspaces"],
          properties: {
            total: { type: "integer", description: "How many workspaces the API counts." },
            workspaces: {
              type: "array",
              description: "Each workspace the integration is shared with, and its limits.",
              items: {
                typeName: "IntegrationWorkspace",
                description: "A workspace an integration is shared with.",
                type: "object",
                required: ["id", "enabled"],
                properties: {
                  id: { type: "string", description: "The workspace slug." },
                  enabled: { type: "boolean", description: "Whether the workspace may use the integration." },
                  usageLimits: { type: "array", items: usageLimitSchema, description: "Usage limits of the workspace's use of the integration." },
                  rateLimits: { type: "array", items: rateLimitSchema, description: "Rate limits of the workspace's use of the integration." },
                },
              },
            },
          },
        },
      },
    },
  ],
  fields: {
    integrationId: { doc: "Integration slug or id.", schema: { type: "string", minLength: 1 }, required: true, replaceOnChange: true, keepUserForm: true },
    workspaceId: { doc: "Workspace id or slug.", schema: { type: "string", minLength: 1 }, required: true, replaceOnChange: true, keepUserForm: true },
    enabled: { doc: "Whether the workspace may use the integration.", schema: { type: "boolean" }, default: true },
    usageLimits: usageLimitsField("Usage limit for this workspace's use of the integration (at most one).", 1),
    rateLimits: rateLimitsField("Rate limit for this workspace's use of the integration (at most one).", 1),
    workspaceSlug: {
      doc: "The workspace's slug, the name the access list uses; kept so a refresh needs one read.",
      schema: { type: "string" },
      output: true,
    },
  },
};
