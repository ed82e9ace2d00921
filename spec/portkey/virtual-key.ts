// Portkey virtual key ("provider" in Portkey's API).
// API: POST /providers -> {id, slug}; GET/PUT/DELETE /providers/{id}?workspace_id=.
// Quirks: create answers 403 unless the integration is enabled for the
// workspace (IntegrationWorkspaceAccess). GET echoes the workspace as a UUID and
// the integration as its slug; `ai_provider_name` carries the provider id.
import { ResourceSpec } from "../core/types";
import { timestamps, derivedSlugField } from "./limits";

export const virtualKeySpec: ResourceSpec = {
  vendor: "portkey",
  name: "VirtualKey",
  file: "virtual-key",
  doc: "A Portkey virtual key (an AI provider bound to a workspace through an integration).",
  api: { collection: "/providers", item: "/providers/{key}", pathKey: "id", itemQuery: ["workspaceId"] },
  importId: { separator: ":", parts: ["workspaceId", "id"], example: "ws-team-a-1a2b3c:8d0f3c1e-..." },
  uniqueKeys: ["slug"],
  autoSlug: "slug",
  naturalKey: ["slug", "name", "workspaceId", "integrationId"],
  lostCreate: "derivedSlug",
  createAnswer: { whole: false, why: "POST answers only {id, slug}; status, the AI provider and createdAt come from a read (portkey-api.md §3.7)." },
  parents: [{ resource: "Workspace", field: "workspaceId", blocksDelete: true }],
  terraform: "portkey_provider",
  dataSources: [
    { kind: "lookup", name: "getVirtualKey", by: ["id", "workspaceId"], doc: "Looks up one virtual key by id or slug within a workspace." },
    {
      kind: "list",
      name: "getVirtualKeys",
      resultKey: "virtualKeys",
      filters: [{ field: "workspaceId", required: true }],
      pageSize: 50,
      doc: "Lists the virtual keys of a workspace.",
    },
  ],
  fields: {
    name: { doc: "Display name.", schema: { type: "string", minLength: 1, maxLength: 100 }, required: true },
    workspaceId: { doc: "Workspace id or slug.", schema: { type: "string", minLength: 1 }, required: true, replaceOnChange: true, keepUserForm: true },
    integrationId: {
      doc: "Integration slug or id.",
      schema: { type: "string", minLength: 1 },
      required: true,
      replaceOnChange: true,
      keepUserForm: true,
      createOnly: true,
    },
    slug: derivedSlugField,
    note: { doc: "Free-text note.", schema: { type: "string" }, clearWith: null },
    aiProviderId: { doc: "The AI provider behind the integration.", schema: { type: "string" }, output: true, wire: "ai_provider_name" },
    status: { doc: "`active`, `exhausted` or `expired`.", schema: { type: "string" }, output: true },
    createdAt: timestamps.createdAt!,
  },
};
