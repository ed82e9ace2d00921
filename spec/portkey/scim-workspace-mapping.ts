// Portkey SCIM workspace mapping: members of a SCIM group get a role in a workspace.
// API (portkey-api.md §3.15, OAS /scim/workspaces): POST /scim/workspaces ->
// the mapping; GET /scim/workspaces lists them ({total_count, page, page_size,
// mappings}, pages from 0); DELETE /scim/workspaces/{id} archives it. There is
// no GET of one mapping and no update, so every field replaces it.
// Quirks: the list's workspace_id filter matches only UUIDs, and the mapping
// echoes the workspace as its UUID. A group named by `scim_group_name` is not
// echoed under that name: the list shows its display name as `scim_group`.
import { ContentCheck, ResourceSpec } from "../core/types";

/** Portkey refuses names of the form it provisions itself (OAS: "must not match the pattern-based auto-provisioning format"). */
const notProvisioned: ContentCheck = {
  field: "scimGroupName",
  doc: "A group name must not look like one Portkey provisions itself (`ws-<name>-role-admin`).",
  problems(value, _inputs, known) {
    if (!known(value) || typeof value !== "string" || !/^ws-.+-role-(admin|manager|member)$/.test(value)) return [];
    return [
      {
        field: "scimGroupName",
        text: `scimGroupName ${JSON.stringify(value)} has the form of a group Portkey provisions itself (ws-<name>-role-<role>); choose another name, or map that group by scimGroupId`,
      },
    ];
  },
};

export const scimWorkspaceMappingSpec: ResourceSpec = {
  vendor: "portkey",
  name: "ScimWorkspaceMapping",
  file: "scim-workspace-mapping",
  doc:
    "Gives the members of a SCIM group a role in a Portkey workspace. Portkey cannot change a mapping: every change replaces it. " +
    "Destroying it archives the mapping; the group and the workspace stay.",
  api: {
    collection: "/scim/workspaces",
    item: "/scim/workspaces/{key}",
    pathKey: "id",
    listKey: "mappings",
    pagination: "pageNumber",
    workspaceFilter: "uuid",
  },
  importId: { separator: "/", parts: ["workspaceId", "id"], example: "ws-team-a-1a2b3c/d290f1ee-6c54-4b01-90e6-d701748f0851" },
  naturalKey: ["workspaceId", "role", "scimGroupId"],
  // The mapping has no free-text field to carry an ownership marker: a lost create is reported, never adopted.
  lostCreate: "naturalKey",
  createAnswer: { whole: true, why: "POST answers the mapping itself: id, workspace_id, scim_group, scim_group_id and role (OAS ScimWorkspaceMapping)." },
  checks: [notProvisioned],
  exactlyOne: [{ fields: ["scimGroupId", "scimGroupName"], doc: "a mapping names its SCIM group by id or by name" }],
  parents: [{ resource: "Workspace", field: "workspaceId", blocksDelete: false }],
  terraform: "portkey_scim_workspace_mapping",
  dataSources: [
    {
      kind: "list",
      name: "getScimWorkspaceMappings",
      resultKey: "mappings",
      filters: [{ field: "workspaceId" }, { field: "scimGroupId" }, { field: "role" }],
      doc: "Lists the SCIM group mappings of the organisation, every page, optionally of one workspace (a slug is resolved to its UUID, the only form Portkey's filter matches), SCIM group or role.",
    },
  ],
  fields: {
    workspaceId: {
      doc: "The workspace, by id or slug.",
      schema: { type: "string", minLength: 1 },
      required: true,
      replaceOnChange: true,
      keepUserForm: true,
    },
    role: {
      doc: "The role the group's members get: `admin`, `manager` or `member`.",
      schema: { enum: ["admin", "manager", "member"] },
      required: true,
      replaceOnChange: true,
    },
    scimGroupId: {
      doc: "An existing SCIM group, by id. Give this or `scimGroupName`. Filled in by Portkey when the group is named.",
      schema: { type: "string", minLength: 1 },
      replaceOnChange: true,
      computed: true,
    },
    scimGroupName: {
      doc:
        "A SCIM group by display name, created if it does not exist yet (before the identity provider pushes it). Give this or `scimGroupId`. " +
        "It must not look like Portkey's auto-provisioned names (`ws-<name>-role-admin`). Portkey does not show it again: see `scimGroup`.",
      schema: { type: "string", minLength: 1 },
      replaceOnChange: true,
      writeOnly: true,
    },
    scimGroup: { doc: "The SCIM group's display name, as Portkey shows it.", schema: { type: "string" }, output: true },
  },
};
