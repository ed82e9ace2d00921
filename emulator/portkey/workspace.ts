// Workspaces: /v1/admin/workspaces. POST answers the full object; a deleted
// workspace answers 403 AB03; DELETE takes {name, force_delete} and refuses
// with 409 AB07 while dependents exist unless force_delete cascades.
import { collectionRoutes } from "../core/collection";
import { badRequest, conflict } from "../errors";
import { ApiRequest, Router } from "../router";
import { Bag, Portkey, WorkspaceRec } from "./state";

const ROUTE = "/admin/workspaces";
const ITEM = "/admin/workspaces/{workspaceId}";

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

const dependents = (pk: Portkey, wsId: string) => pk.workspaceChildren.reduce((n, child) => n + child.count(pk, wsId), 0);

function cascadeDelete(pk: Portkey, rec: WorkspaceRec): void {
  for (const child of pk.workspaceChildren) child.cascade(pk, rec.id);
  delete pk.workspaces[rec.id];
  pk.deletedWorkspaces[rec.id] = pk.deletedWorkspaces[rec.slug] = pk.now();
}

/** Emoji and other pictographs, which the live DELETE refuses in `name` (strictDeleteName). */
const PICTOGRAPH = /[\p{Extended_Pictographic}\p{Regional_Indicator}]/u;

/** The DELETE body: Portkey's OAS documents none; TF sends {name, force_delete} (portkey-api.md §3.1, §6 #10). */
function checkDeleteBody(pk: Portkey, rec: WorkspaceRec, req: ApiRequest): Bag {
  const b = (req.body ?? {}) as Bag;
  if (b.name !== undefined && typeof b.name !== "string") throw badRequest("name: must be string");
  if (b.force_delete !== undefined && typeof b.force_delete !== "boolean") throw badRequest("force_delete: must be boolean");
  // TF README Known Issues: a name with emoji fails "Invalid value for the name parameter" on DELETE only.
  if (pk.quirks.strictDeleteName && typeof b.name === "string" && PICTOGRAPH.test(b.name)) throw badRequest("name: Invalid value");
  // The name confirms the delete; the icon-prefixed form shown by GET is accepted too.
  if (b.name !== undefined && b.name !== rec.name && b.name !== displayName(pk, rec)) throw badRequest("name: Invalid value");
  return b;
}

function matchesQuery(w: WorkspaceRec, query: URLSearchParams): boolean {
  const name = query.get("name")?.toLowerCase();
  const exact = query.get("exact_name");
  return (!name || w.name.toLowerCase().includes(name)) && (!exact || w.name === exact);
}

export function workspaceRoutes(r: Router, pk: Portkey): void {
  // description and icon: TF sends them, OAS leaves them out (portkey-api.md §3.1, §6 #13); name is required by TF's schema.
  const extra = { description: { type: "string" }, icon: { type: "string" } };
  // PUT limits are three-state: null clears them (TF limits_helpers.go, portkey-api.md §3.1).
  const nullable = ["usage_limits", "rate_limits"];
  collectionRoutes<WorkspaceRec>(r, {
    path: `/v1${ROUTE}`,
    noun: "workspace",
    table: () => pk.workspaces,
    check: { create: pk.body("POST", ROUTE, { required: ["name"], properties: extra }), update: pk.body("PUT", ITEM, { properties: extra, nullable }) },
    find: (ref) => pk.workspace(ref),
    create(b) {
      const now = pk.now();
      const rec: WorkspaceRec = { id: pk.uuid(), slug: pk.shortSlug("ws", String(b.name)), name: "", created_at: now, last_updated_at: now };
      apply(rec, b);
      return rec;
    },
    created: (rec) => ({ body: view(pk, rec) }),
    view(rec) {
      // Eventual consistency: the first read after a PUT still shows the old limits.
      const stale = pk.quirks.staleReads ? rec.stale : undefined;
      delete rec.stale;
      return view(pk, rec, stale);
    },
    summary: (rec) => view(pk, rec),
    filter: matchesQuery,
    page: pk.pager(100),
    update(rec, b) {
      if (pk.quirks.staleReads && ("usage_limits" in b || "rate_limits" in b) && !rec.stale) {
        rec.stale = { usage_limits: rec.usage_limits, rate_limits: rec.rate_limits };
      }
      apply(rec, b);
      rec.last_updated_at = pk.now();
    },
    remove(rec, req) {
      const b = checkDeleteBody(pk, rec, req);
      if (b.force_delete !== true && dependents(pk, rec.id) > 0) throw conflict("Unable to delete. Please ensure that all Virtual Keys are deleted");
      cascadeDelete(pk, rec);
    },
  });
}
