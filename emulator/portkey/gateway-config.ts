// Configs: /v1/configs, items by slug (or UUID). Create takes `isDefault` 0/1,
// reads say `is_default`; every PUT makes a new version_id. GET may return the
// document as a JSON string (configAsString) with a default strategy added and
// keys reordered (configDefaults).
import { collectionRoutes } from "../core/collection";
import { badRequest } from "../errors";
import { Router } from "../router";
import { Bag, ConfigRec, ORGANISATION_ID, Portkey, workspaceFilter } from "./state";

const ROUTE = "/configs";
const ITEM = "/configs/{slug}";

export const configs = (pk: Portkey) => pk.table<ConfigRec>("configs");

/** Keys in reverse order at every level: same data, different text. */
function reverseKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reverseKeys);
  if (!v || typeof v !== "object") return v;
  const keys = Object.keys(v).sort().reverse();
  return Object.fromEntries(keys.map((k) => [k, reverseKeys((v as Bag)[k])]));
}

function document(pk: Portkey, config: Bag): unknown {
  let doc: unknown = config;
  if (pk.quirks.configDefaults) doc = reverseKeys("strategy" in config ? config : { ...config, strategy: { mode: "single" } });
  return pk.quirks.configAsString ? JSON.stringify(doc) : doc;
}

function summary(pk: Portkey, rec: ConfigRec): Bag {
  const { id, slug, name, is_default, status, created_at, last_updated_at } = rec;
  const workspace_id = pk.echoWorkspace(rec.workspace_id, rec.workspace_given);
  return { id, slug, name, organisation_id: ORGANISATION_ID, workspace_id, is_default, status, created_at, last_updated_at, object: "config" };
}

function detail(pk: Portkey, rec: ConfigRec): Bag {
  return { ...summary(pk, rec), config: document(pk, rec.config), format: "json", type: "ORG_CONFIG", version_id: rec.version_id };
}

function create(pk: Portkey, b: Bag): ConfigRec {
  const given = typeof b.workspace_id === "string" ? b.workspace_id : undefined;
  const ws = given ? pk.workspace(given) : undefined;
  const now = pk.now();
  return {
    id: pk.uuid(),
    slug: pk.shortSlug("pc", String(b.name)),
    name: String(b.name),
    ...(ws ? { workspace_id: ws.id, workspace_given: given } : {}),
    config: b.config as Bag,
    is_default: b.isDefault === 1 ? 1 : 0,
    status: "active",
    version_id: pk.uuid(),
    created_at: now,
    last_updated_at: now,
  };
}

function update(pk: Portkey, rec: ConfigRec, b: Bag): Bag {
  if (b.status !== undefined && b.status !== "active" && b.status !== "archived") throw badRequest("status: must be active or archived");
  if (typeof b.name === "string") rec.name = b.name;
  if (b.config && typeof b.config === "object") rec.config = b.config as Bag;
  if (typeof b.status === "string") rec.status = b.status;
  rec.version_id = pk.uuid();
  rec.last_updated_at = pk.now();
  return { version_id: rec.version_id };
}

export function gatewayConfigRoutes(r: Router, pk: Portkey): void {
  pk.workspaceChildren.push({
    count: (p, ws) => Object.values(configs(p)).filter((c) => c.workspace_id === ws).length,
    cascade: (p, ws) => Object.values(configs(p)).forEach((c) => c.workspace_id === ws && delete configs(p)[c.id]),
  });
  // name and config: TF requires both and a config without them has nothing to route (portkey-api.md §3.8 create body).
  // isDefault: "integer 0/1" (§3.8); the OAS type integer alone would let 7 through.
  const create_ = pk.body("POST", ROUTE, { required: ["name", "config"], properties: { isDefault: { type: "integer", enum: [0, 1] } } });
  collectionRoutes<ConfigRec>(r, {
    path: `/v1${ROUTE}`,
    noun: "config",
    table: () => configs(pk),
    check: { create: create_, update: pk.body("PUT", ITEM) },
    create: (b) => create(pk, b),
    // §6 #1: TF's passing acceptance tests imply the bare {id, slug, version_id}, not OAS's {success, data}.
    created: (rec) => ({ body: { id: rec.id, slug: rec.slug, version_id: rec.version_id } }),
    view: (rec) => detail(pk, rec),
    summary: (rec) => summary(pk, rec),
    filter(c, query) {
      const ws = workspaceFilter(pk, query);
      return ws === undefined || c.workspace_id === ws;
    },
    page: pk.pager(100),
    update: (rec, b) => ({ body: update(pk, rec, b) }),
  });
}
