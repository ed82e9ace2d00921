// Portkey workspace member: an organisation's user given a role in a workspace.
// API: POST /admin/workspaces/{ws}/users {users: [{id, role}]} -> {};
// GET/PUT/DELETE /admin/workspaces/{ws}/users/{userId}.
// Quirks: the single-member GET is inconsistent: it may leave out `id` and the
// workspace, and show the role prefixed `ws-` (`ws-admin`). The provider reads
// it as what it means: the queried user, the state's workspace, the bare role.
import { ResourceSpec } from "../core/types";
import { timestamps } from "./limits";

export const workspaceMemberSpec: ResourceSpec = {
  vendor: "portkey",
  name: "WorkspaceMember",
  file: "workspace-member",
  doc: "A user of the organisation made a member of a Portkey workspace, with a role there.",
  api: { collection: "/admin/workspaces/{workspaceId}/users", item: "/admin/workspaces/{workspaceId}/users/{key}", pathKey: "id" },
  importId: { separator: "/", parts: ["workspaceId", "userId"], example: "ws-team-a-1a2b3c/66dc015d-0270-11f1-8eec-0e27d7367989" },
  // Adding a member who is one already sets the role again: a repeat is harmless.
  naturalKey: ["workspaceId", "userId"],
  lostCreate: "upsert",
  forbiddenMeansGone: true,
  parents: [{ resource: "Workspace", field: "workspaceId", blocksDelete: false }],
  terraform: "portkey_workspace_member",
  dataSources: [
    {
      kind: "list",
      name: "getWorkspaceMembers",
      resultKey: "members",
      path: "/admin/workspaces/{workspaceId}/users",
      filters: [{ field: "workspaceId", required: true }, { field: "role" }, { field: "email" }],
      doc: "Lists the members of a workspace, optionally those with a role or an email.",
    },
  ],
  fields: {
    workspaceId: { doc: "Workspace id or slug.", schema: { type: "string", minLength: 1 }, required: true, replaceOnChange: true, keepUserForm: true },
    userId: {
      doc: "The user's id (a user of the organisation).",
      schema: { type: "string", minLength: 1 },
      required: true,
      replaceOnChange: true,
      // A member object's `id` is its user's.
      readWire: "id",
    },
    role: {
      doc: "The role in the workspace: `admin`, `manager` or `member`.",
      schema: { enum: ["admin", "manager", "member"] },
      required: true,
    },
    email: { doc: "The user's email.", schema: { type: "string" }, output: true },
    firstName: { doc: "The user's first name.", schema: { type: "string" }, output: true },
    lastName: { doc: "The user's last name.", schema: { type: "string" }, output: true },
    orgRole: { doc: "The user's role in the organisation: `owner`, `admin` or `member`.", schema: { type: "string" }, output: true },
    status: { doc: "`active`.", schema: { type: "string" }, output: true },
    ...timestamps,
  },
};
