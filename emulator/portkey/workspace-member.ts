// Workspace members: /v1/admin/workspaces/{ws}/users. POST adds users in bulk
// ({users: [{id, role}]}, answering {}); adding a member again sets the role.
// Quirk memberReadInconsistent: the single-member GET cycles through the whole
// member, one without `id` and `workspace_id` and with a `ws-` role, and one
// without the role; the list is always whole.
import { badRequest, notFound } from "../errors";
import { Reply, Router } from "../router";
import { Bag, own, Portkey } from "./state";
import { users } from "./users";

export interface MemberRec {
  workspace_id: string;
  user_id: string;
  role: string;
  created_at: string;
  last_updated_at: string;
  /** Single-member reads so far, for memberReadInconsistent. */
  reads: number;
}

/** By `<workspace UUID>/<user UUID>`. */
export const members = (pk: Portkey) => pk.table<MemberRec>("members");

function view(pk: Portkey, m: MemberRec): Bag {
  const u = users(pk)[m.user_id]!;
  const { first_name, last_name, email } = u;
  const base = { object: "workspace-user", id: u.id, first_name, last_name, org_role: u.role, role: m.role };
  return {
    ...base,
    created_at: m.created_at,
    last_updated_at: m.last_updated_at,
    status: "active",
    workspace_id: m.workspace_id,
    email,
    scopes: [],
    settings: null,
  };
}

function inconsistent(pk: Portkey, m: MemberRec): Bag {
  const whole = view(pk, m);
  if (!pk.quirks.memberReadInconsistent) return whole;
  const form = m.reads++ % 3;
  if (form === 1) {
    const { id: _id, workspace_id: _ws, ...rest } = whole;
    return { ...rest, role: `ws-${m.role}` };
  }
  if (form === 2) {
    const { role: _role, ...rest } = whole;
    return rest;
  }
  return whole;
}

/** Adds users to a workspace, or sets the role of those who are members already. */
function addMembers(pk: Portkey, wsRef: string, body: Bag): Reply {
  const ws = pk.workspace(wsRef);
  const added = body.users as { id: string; role: string }[];
  const unknown = added.find((u) => !own(users(pk), u.id));
  if (unknown) throw badRequest(`users: ${unknown.id} is not a user of this organisation`);
  const now = pk.now();
  for (const u of added) {
    const key = `${ws.id}/${u.id}`;
    const was = own(members(pk), key);
    members(pk)[key] = {
      workspace_id: ws.id,
      user_id: u.id,
      role: u.role,
      created_at: was?.created_at ?? now,
      last_updated_at: now,
      reads: was?.reads ?? 0,
    };
  }
  return { body: {} };
}

export function workspaceMemberRoutes(r: Router, pk: Portkey): void {
  const base = "/v1/admin/workspaces/:ws/users";
  // Members go with their workspace and never block its delete.
  pk.workspaceChildren.push({
    count: () => 0,
    cascade: (p, ws) => Object.entries(members(p)).forEach(([k, m]) => m.workspace_id === ws && delete members(p)[k]),
  });
  // users and role: the OAS documents them but requires neither; a member needs both (TF sends one {id, role}, portkey-api.md §3.2).
  const user = { type: "object", required: ["id", "role"], properties: { id: { type: "string" }, role: { enum: ["admin", "member", "manager"] } } };
  const checkAdd = pk.body("POST", "/admin/workspaces/{workspaceId}/users", {
    required: ["users"],
    properties: { users: { type: "array", minItems: 1, items: user } },
  });
  const checkUpdate = pk.body("PUT", "/admin/workspaces/{workspaceId}/users/{userId}", { required: ["role"] });
  const member = (wsRef: string, userId: string): MemberRec => {
    const ws = pk.workspace(wsRef);
    const m = own(members(pk), `${ws.id}/${userId}`);
    if (!m) throw notFound(`user ${userId} is not a member of workspace ${wsRef}`);
    return m;
  };

  r.add("POST", base, (req) => addMembers(pk, req.params.ws!, checkAdd(req.body)));

  r.add("GET", base, (req) => {
    const ws = pk.workspace(req.params.ws!);
    const [wantRole, wantEmail] = [req.query.get("role"), req.query.get("email")];
    const all = Object.values(members(pk))
      .filter((m) => m.workspace_id === ws.id && (!wantRole || m.role === wantRole))
      .map((m) => view(pk, m))
      .filter((m) => !wantEmail || m.email === wantEmail);
    return { body: pk.page(all, req.query, 50) };
  });

  r.add("GET", `${base}/:user`, (req) => ({ body: inconsistent(pk, member(req.params.ws!, req.params.user!)) }));

  r.add("PUT", `${base}/:user`, (req) => {
    const m = member(req.params.ws!, req.params.user!);
    m.role = String(checkUpdate(req.body).role);
    m.last_updated_at = pk.now();
    return { body: {} };
  });

  r.add("DELETE", `${base}/:user`, (req) => {
    const m = member(req.params.ws!, req.params.user!);
    delete members(pk)[`${m.workspace_id}/${m.user_id}`];
    return { body: {} };
  });
}
