// Portkey workspace.
// API: POST /admin/workspaces (returns the full object), GET/PUT/DELETE /admin/workspaces/{id}.
// Quirks: a deleted workspace answers 403/AB03, not 404. DELETE takes a body
// {name, force_delete}; without force_delete it answers 409/AB07 when dependents
// exist. With an icon set, GET returns the name as "<icon> <name>". Limits may lag
// on the GET right after a write. Unset `periodic_reset` comes back as "".
import { ResourceSpec } from "../core/types";
import { rateLimitsField, timestamps, usageLimitsField } from "./limits";

export const workspaceSpec: ResourceSpec = {
  vendor: "portkey",
  name: "Workspace",
  file: "workspace",
  doc: "A Portkey workspace: the unit that owns virtual keys, configs, prompts and API keys.",
  api: { collection: "/admin/workspaces", item: "/admin/workspaces/{key}", pathKey: "id" },
  importId: { parts: ["id"], example: "3f2a9c1e-0b7d-4e5f-8a6b-1c2d3e4f5a6b" },
  forbiddenMeansGone: true,
  // Portkey does not enforce unique workspace names; see the README on how a lost create is bounded.
  naturalKey: ["name"],
  lostCreate: "naturalKey",
  createAnswer: { whole: true, why: "POST answers the full workspace (portkey-api.md §3.1); a read right after a write may even show stale limits." },
  ownerMarker: "description",
  terraform: "portkey_workspace",
  deleteCascade: { field: "forceDestroy", dependents: "virtual keys, configs, integrations, access grants and API keys" },
  dataSources: [
    { kind: "lookup", name: "getWorkspace", by: ["id"], doc: "Looks up one workspace by id or slug." },
    {
      kind: "list",
      name: "getWorkspaces",
      resultKey: "workspaces",
      filters: [{ field: "name" }],
      doc: "Lists every workspace the key can see, optionally those with a name.",
    },
  ],
  fields: {
    name: { doc: "Display name of the workspace.", schema: { type: "string", minLength: 1, maxLength: 100 }, required: true },
    description: { doc: "Free-text description.", schema: { type: "string" } },
    icon: { doc: "Emoji shown next to the name.", schema: { type: "string", maxLength: 16 }, clearWith: "" },
    metadata: {
      doc: "String key/value metadata attached to every request made in the workspace.",
      schema: { type: "object", additionalProperties: { type: "string" } },
      wire: "defaults.metadata",
    },
    usageLimits: usageLimitsField("Spending or token limits for the workspace."),
    rateLimits: rateLimitsField("Request or token rate limits for the workspace."),
    forceDestroy: {
      doc:
        "Destroy the workspace even when it still holds virtual keys, configs or other objects, deleting them too, including those Pulumi does not manage. " +
        "Without it, destroying a workspace that holds anything fails and deletes nothing. Takes effect once a `pulumi up` has recorded it.",
      schema: { type: "boolean" },
      default: false,
      providerOnly: true,
    },
    slug: { doc: "Portkey's slug for the workspace (`ws-...`).", schema: { type: "string" }, output: true, alwaysPresent: true },
    ...timestamps,
  },
};
