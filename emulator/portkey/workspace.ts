// Workspaces: /v1/admin/workspaces. POST answers the full object; a deleted
// workspace answers 403 AB03; DELETE takes {name, force_delete} and refuses
// with 409 AB07 while dependents exist unless force_delete cascades.
import { wireBodySchema } from "../../provider/core/wire";
import { workspaceSpec } from "../../spec/portkey/workspace";
import { badRequest, conflict } from "../errors";
import { Router } from "../router";
import { bodyValidator } from "../validate";
import { removeIntegration } from "./integration";
import { Bag, Portkey, WorkspaceRec } from "./state";

const checkCreate = bodyValidator(wireBodySchema(workspaceSpec, "create"));
const checkUpdate = bodyValidator(wireBodySchema(workspaceSpec, "update"));

/** Applies a body: absent keeps a field, null clears limits, "" clears the icon. */
function apply(rec: WorkspaceRec, b: Bag): void {
  if (typeof b.name === "string") rec.name = b.name;
  if (typeof b.description === "string") rec.description = b.description;
  if (typeof b.icon === "string") rec.icon = b.icon || undefined;
  const metadata = (b.defaults as Bag | undefined)?.metadata;
  if (metadata && typeof metadata === "object") rec.metadata = metadata as Record<string, string>;
  for (const k of ["usage_limits", "rate_limits"] as const) {
    if (k in b) rec[k] = (b[k] as Bag[] | null) ?? undefined;
  }
}

const displayName = (pk: Portkey, rec: WorkspaceRec) => (pk.quirks.iconPrefix && rec.icon ? `${rec.icon} ${rec.name}` : rec.name);

function view(pk: Portkey, rec: WorkspaceRec, stale?: WorkspaceRec["stale"]): Bag {
  const limits = stale ? { ...rec, ...stale } : rec;
  const { id, slug, created_at, last_updated_at } = rec;
  const [description, icon, name] = [pk.str(rec.description), pk.str(rec.icon), displayName(pk, rec)];
  const defaults = { metadata: rec.metadata ?? {}, is_default: 0, object: "workspace" };
  const [usage_limits, rate_limits] = [pk.usageLimits(limits.usage_limits), pk.list(limits.rate_limits)];
  return { id, slug, name, description, icon, created_at, last_updated_at, defaults, usage_limits, rate_limits, status: "active", object: "workspace" };
}

function dependents(pk: Portkey, wsId: string): number {
  const db = pk.db;
  return (
    Object.values(db.providers).filter((p) => p.workspace_id === wsId).length +
    Object.values(db.configs).filter((c) => c.workspace_id === wsId).length +
    Object.values(db.integrations).filter((i) => i.workspace_id === wsId).length +
    Object.values(db.access).filter((grants) => grants[wsId]?.enabled).length
  );
}

function cascadeDelete(pk: Portkey, rec: WorkspaceRec): void {
  const db = pk.db;
  for (const p of Object.values(db.providers)) if (p.workspace_id === rec.id) delete db.providers[p.id];
  for (const c of Object.values(db.configs)) if (c.workspace_id === rec.id) delete db.configs[c.id];
  for (const i of Object.values(db.integrations)) if (i.workspace_id === rec.id) removeIntegration(pk, i);
  for (const grants of Object.values(db.access)) delete grants[rec.id];
  for (const [k, m] of Object.entries(db.members)) if (m.workspace_id === rec.id) delete db.members[k];
  for (const c of Object.values(db.collections)) if (c.workspace_id === rec.id) delete db.collections[c.id];
  for (const p of Object.values(db.prompts)) if (p.workspace_id === rec.id) delete db.prompts[p.id];
  for (const g of Object.values(db.guardrails)) if (g.workspace_id === rec.id) delete db.guardrails[g.id];
  delete db.workspaces[rec.id];
  db.deletedWorkspaces.push(rec.id, rec.slug);
}

export function workspaceRoutes(r: Router, pk: Portkey): void {
  const base = "/v1/admin/workspaces";

  r.add("POST", base, (req) => {
    const b = checkCreate(req.body);
    const now = pk.now();
    const rec: WorkspaceRec = { id: pk.uuid(), slug: pk.shortSlug("ws", String(b.name)), name: "", created_at: now, last_updated_at: now };
    apply(rec, b);
    pk.db.workspaces[rec.id] = rec;
    return { body: view(pk, rec) };
  });

  r.add("GET", base, (req) => {
    const name = req.query.get("name")?.toLowerCase();
    const exact = req.query.get("exact_name");
    const all = Object.values(pk.db.workspaces).filter(
      (w) => (!name || w.name.toLowerCase().includes(name)) && (!exact || w.name === exact),
    );
    return { body: pk.page(all.map((w) => view(pk, w)), req.query, 100) };
  });

  r.add("GET", `${base}/:ref`, (req) => {
    const rec = pk.workspace(req.params.ref!);
    // Eventual consistency: the first read after a PUT still shows the old limits.
    const stale = pk.quirks.staleReads ? rec.stale : undefined;
    delete rec.stale;
    return { body: view(pk, rec, stale) };
  });

  r.add("PUT", `${base}/:ref`, (req) => {
    const rec = pk.workspace(req.params.ref!);
    const b = checkUpdate(req.body);
    if (pk.quirks.staleReads && ("usage_limits" in b || "rate_limits" in b) && !rec.stale) {
      rec.stale = { usage_limits: rec.usage_limits, rate_limits: rec.rate_limits };
    }
    apply(rec, b);
    rec.last_updated_at = pk.now();
    return {};
  });

  r.add("DELETE", `${base}/:ref`, (req) => {
    const rec = pk.workspace(req.params.ref!);
    const b = (req.body ?? {}) as Bag;
    if (b.name !== undefined && typeof b.name !== "string") throw badRequest("name: must be string");
    if (b.force_delete !== undefined && typeof b.force_delete !== "boolean") throw badRequest("force_delete: must be boolean");
    // The name confirms the delete; the icon-prefixed form shown by GET is accepted too.
    if (b.name !== undefined && b.name !== rec.name && b.name !== displayName(pk, rec)) throw badRequest("name: Invalid value");
    if (b.force_delete !== true && dependents(pk, rec.id) > 0) {
      throw conflict("Unable to delete. Please ensure that all Virtual Keys are deleted");
    }
    cascadeDelete(pk, rec);
    return {};
  });
}
