// Portkey user invite: an email invited to the organisation with a role, and
// optionally to workspaces with theirs.
// API: POST /admin/users/invites -> {id, invite_link}; GET/DELETE /admin/users/invites/{id}.
// Quirks: there is no update endpoint, so every field replaces the invite. GET
// shows no scopes, and its workspaces name the workspace as `workspace_id`
// where the create took `id`.
import { ResourceSpec } from "../core/types";
import { timestamps } from "./limits";

/** An invite's workspace as the create takes it; GET may name the id `workspace_id`. */
const workspaceEntry = (v: unknown) => {
  const e = (v ?? {}) as Record<string, unknown>;
  return { id: e.id ?? e.workspace_id, role: e.role };
};

export const userInviteSpec: ResourceSpec = {
  vendor: "portkey",
  name: "UserInvite",
  file: "user-invite",
  doc: "A Portkey invitation of one email to the organisation and its workspaces. Portkey cannot change an invite: every change replaces it (a new invitation is sent).",
  api: { collection: "/admin/users/invites", item: "/admin/users/invites/{key}", pathKey: "id", pagination: "pageCamel" },
  importId: { parts: ["id"], example: "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b" },
  naturalKey: ["email"],
  // One pending invite per email: a replacement withdraws the old one first.
  uniqueKeys: ["email"],
  lostCreate: "naturalKey",
  terraform: "portkey_user_invite",
  dataSources: [
    { kind: "custom", name: "getUser", module: "users", doc: "One user of the organisation, by id." },
    { kind: "custom", name: "getUsers", module: "users", doc: "The users of the organisation, narrowed by role or email." },
  ],
  fields: {
    email: { doc: "Who is invited.", schema: { type: "string", format: "email" }, required: true, replaceOnChange: true },
    role: { doc: "Organisation role: `admin` or `member`.", schema: { enum: ["admin", "member"] }, required: true, replaceOnChange: true },
    workspaces: {
      doc: "Workspaces the user joins on accepting, each with a role: `admin`, `manager` or `member`.",
      schema: {
        type: "array",
        items: {
          typeName: "InviteWorkspace",
          description: "A workspace an invite grants, by id or slug, with the role in it.",
          type: "object",
          required: ["id", "role"],
          additionalProperties: false,
          properties: { id: { type: "string", minLength: 1 }, role: { enum: ["admin", "manager", "member"] } },
        },
        uniqueItems: true,
      },
      json: { keys: "verbatim" },
      replaceOnChange: true,
      fromWire: (v) => (Array.isArray(v) ? v.map(workspaceEntry) : v),
    },
    scopes: {
      doc: 'Permissions of the workspace API key the user receives, e.g. `["completions.write"]`. Portkey does not show them again.',
      schema: { type: "array", items: { type: "string", minLength: 1 }, minItems: 1, uniqueItems: true, examples: [["completions.write"]] },
      wire: "workspace_api_key_details.scopes",
      replaceOnChange: true,
      writeOnly: true,
    },
    status: { doc: "`pending`, `accepted`, `expired` or `cancelled`.", schema: { type: "string" }, output: true },
    expiresAt: { doc: "When the invitation expires (RFC 3339).", schema: { type: "string" }, output: true },
    createdAt: timestamps.createdAt!,
  },
};
