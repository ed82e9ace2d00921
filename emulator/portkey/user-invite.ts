// User invites: /v1/admin/users/invites, items by UUID; no PUT (Portkey has
// none). Create answers {id, invite_link}; GET shows the invite with its
// workspaces under both `id` and `workspace_id` (the two names Portkey's
// documents give), never the scopes. Lists page with camelCase
// pageSize/currentPage and filter by email, role and status.
// Bodies follow Portkey's OpenAPI CreateInvite, except that `workspaces` is
// optional, as the Terraform provider sends it (only when set) against the live API.
import { collectionRoutes } from "../core/collection";
import { own, Table } from "../core/table";
import { badRequest, notFound } from "../errors";
import { Router } from "../router";
import { bodyValidator } from "../validate";
import { Bag, Portkey } from "./state";

export interface InviteRec {
  id: string;
  email: string;
  role: string;
  workspaces: { id: string; role: string }[];
  scopes?: string[];
  status: string;
  invited_by: string;
  created_at: string;
  expires_at: string;
  resent: number;
}

const checkCreate = bodyValidator({
  type: "object",
  required: ["email", "role"],
  properties: {
    email: { type: "string" },
    role: { enum: ["admin", "member"] },
    workspaces: {
      type: "array",
      items: { type: "object", required: ["id", "role"], properties: { id: { type: "string" }, role: { enum: ["admin", "manager", "member"] } } },
    },
    workspace_api_key_details: { type: "object", required: ["scopes"], properties: { scopes: { type: "array", items: { type: "string" } } } },
  },
});

const WEEK_MS = 7 * 24 * 3600 * 1000;
export const invites = (pk: Portkey): Table<InviteRec> => pk.table<InviteRec>("invites");

function view(rec: InviteRec): Bag {
  const { scopes: _s, resent: _r, workspaces, ...rest } = rec;
  return { ...rest, workspaces: workspaces.map((w) => ({ id: w.id, workspace_id: w.id, role: w.role })), object: "invite" };
}

/** Users' and invites' lists page with camelCase parameters. */
export function camelPage(items: unknown[], q: URLSearchParams): Bag {
  const size = Number(q.get("pageSize") ?? 100);
  const current = Number(q.get("currentPage") ?? 0);
  if (!Number.isInteger(size) || size < 1 || !Number.isInteger(current) || current < 0)
    throw badRequest("pageSize, currentPage: must be integers >= 1 and >= 0");
  return { object: "list", total: items.length, data: items.slice(current * size, (current + 1) * size) };
}

export function userInviteRoutes(r: Router, pk: Portkey): void {
  const base = "/v1/admin/users/invites";
  r.add("POST", `${base}/:ref/resend`, (req) => {
    const rec = own(invites(pk), req.params.ref!);
    if (!rec) throw notFound(`invite ${req.params.ref} not found`);
    rec.resent += 1;
    rec.expires_at = new Date(Date.parse(pk.now()) + WEEK_MS).toISOString();
    return { body: { inviteLink: `https://app.portkey.ai/invite/${rec.id}?r=${rec.resent}` } };
  });
  collectionRoutes<InviteRec>(r, {
    path: base,
    noun: "invite",
    verbs: ["create", "list", "read", "delete"],
    table: () => invites(pk),
    find: (ref) => own(invites(pk), ref),
    check: { create: checkCreate },
    create(b) {
      const workspaces = ((b.workspaces ?? []) as { id: string; role: string }[]).map((w) => ({ id: (pk.workspace(w.id), w.id), role: w.role }));
      const now = pk.now();
      const scopes = (b.workspace_api_key_details as { scopes?: string[] } | undefined)?.scopes;
      const expires_at = new Date(Date.parse(now) + WEEK_MS).toISOString();
      return {
        id: pk.uuid(),
        email: String(b.email),
        role: String(b.role),
        workspaces,
        scopes,
        status: "pending",
        invited_by: pk.uuid(),
        created_at: now,
        expires_at,
        resent: 0,
      };
    },
    created: (rec) => ({ body: { id: rec.id, invite_link: `https://app.portkey.ai/invite/${rec.id}` } }),
    view,
    filter: (rec, q) => ["email", "role", "status"].every((k) => !q.get(k) || (rec as unknown as Bag)[k] === q.get(k)),
    page: camelPage,
  });
}
