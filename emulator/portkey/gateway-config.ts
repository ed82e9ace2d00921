// Configs: /v1/configs, items by slug (or UUID). Create takes `isDefault` 0/1,
// reads say `is_default`; every PUT makes a new version_id. GET may return the
// document as a JSON string (configAsString) with a default strategy added and
// keys reordered (configDefaults).
import { wireBodySchema } from "../../provider/core/wire";
import { gatewayConfigSpec } from "../../spec/portkey/gateway-config";
import { badRequest, notFound } from "../errors";
import { Router } from "../router";
import { bodyValidator } from "../validate";
import { Bag, ConfigRec, ORGANISATION_ID, own, Portkey, workspaceFilter } from "./state";

const checkCreate = bodyValidator(wireBodySchema(gatewayConfigSpec, "create"));
const checkUpdate = bodyValidator(wireBodySchema(gatewayConfigSpec, "update"));

function find(pk: Portkey, ref: string): ConfigRec {
  const all = pk.db.configs;
  const rec = own(all, ref) ?? Object.values(all).find((c) => c.slug === ref);
  if (!rec) throw notFound(`config ${ref} not found`);
  return rec;
}

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

export function gatewayConfigRoutes(r: Router, pk: Portkey): void {
  const base = "/v1/configs";

  r.add("POST", base, (req) => {
    const b = checkCreate(req.body);
    const given = typeof b.workspace_id === "string" ? b.workspace_id : undefined;
    const ws = given ? pk.workspace(given) : undefined;
    const now = pk.now();
    const rec: ConfigRec = {
      id: pk.uuid(),
      slug: pk.shortSlug("pc", String(b.name)),
      name: String(b.name),
      ...(ws ? { workspace_id: ws.id, workspace_given: given } : {}),
      config: b.config as Bag,
      is_default: b.isDefault === 1 || b.isDefault === true ? 1 : 0,
      status: "active",
      version_id: pk.uuid(),
      created_at: now,
      last_updated_at: now,
    };
    pk.db.configs[rec.id] = rec;
    return { body: { id: rec.id, slug: rec.slug, version_id: rec.version_id } };
  });

  r.add("GET", base, (req) => {
    const ws = workspaceFilter(pk, req.query);
    const all = Object.values(pk.db.configs).filter((c) => ws === undefined || c.workspace_id === ws);
    return { body: pk.page(all.map((c) => summary(pk, c)), req.query, 100) };
  });

  r.add("GET", `${base}/:ref`, (req) => ({ body: detail(pk, find(pk, req.params.ref!)) }));

  r.add("PUT", `${base}/:ref`, (req) => {
    const rec = find(pk, req.params.ref!);
    const b = checkUpdate(req.body);
    // status is not a resource input, so the spec's schema does not cover it.
    if (b.status !== undefined && b.status !== "active" && b.status !== "archived") throw badRequest("status: must be active or archived");
    if (typeof b.name === "string") rec.name = b.name;
    if (b.config && typeof b.config === "object") rec.config = b.config as Bag;
    if (typeof b.status === "string") rec.status = b.status;
    rec.version_id = pk.uuid();
    rec.last_updated_at = pk.now();
    return { body: { version_id: rec.version_id } };
  });

  r.add("DELETE", `${base}/:ref`, (req) => {
    delete pk.db.configs[find(pk, req.params.ref!).id];
    return {};
  });
}
