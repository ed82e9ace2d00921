// Integrations: /v1/integrations. Addressed by slug or UUID; slugs are unique.
// GET never shows the key or configuration values in clear (maskSecrets).
import { endpointBodySchema, wireBodySchema } from "../../provider/core/wire";
import { integrationSpec } from "../../spec/portkey/integration";
import { conflict, notFound } from "../errors";
import { Router } from "../router";
import { bodyValidator } from "../validate";
import { Bag, IntegrationRec, ORGANISATION_ID, own, Portkey, workspaceFilter } from "./state";

const checkCreate = bodyValidator(wireBodySchema(integrationSpec, "create"));
const checkUpdate = bodyValidator(wireBodySchema(integrationSpec, "update"));
// Portkey requires `models` in a models PUT; `allow_all_models` may be left out.
const checkModels = bodyValidator({ ...endpointBodySchema(integrationSpec, "models"), required: ["models"] });

export function findIntegration(pk: Portkey, ref: string): IntegrationRec | undefined {
  const all = pk.db.integrations;
  return own(all, ref) ?? Object.values(all).find((i) => i.slug === ref);
}

export function integration(pk: Portkey, ref: string): IntegrationRec {
  const found = findIntegration(pk, ref);
  if (!found) throw notFound(`integration ${ref} not found`);
  return found;
}

/** Deletes an integration with its workspace grants and the providers built on it. */
export function removeIntegration(pk: Portkey, rec: IntegrationRec): void {
  const db = pk.db;
  for (const p of Object.values(db.providers)) if (p.integration_id === rec.id) delete db.providers[p.id];
  delete db.access[rec.id];
  delete db.integrations[rec.id];
}

/** `sk-****abcd`: a short prefix and the last four characters; short values show nothing. */
export function mask(secret: string): string {
  if (secret.length < 12) return "****";
  const dash = secret.indexOf("-");
  const prefix = dash > 0 && dash <= 3 ? secret.slice(0, dash + 1) : "";
  return `${prefix}****${secret.slice(-4)}`;
}

function maskConfigurations(c: Bag): Bag {
  return Object.fromEntries(Object.entries(c).map(([k, v]) => [`masked_${k}`, typeof v === "string" ? mask(v) : v]));
}

function summary(pk: Portkey, rec: IntegrationRec): Bag {
  const { id, slug, name, ai_provider_id, status, created_at, last_updated_at } = rec;
  const type = rec.workspace_id ? "workspace" : "organisation";
  const [description, workspace_id] = [pk.str(rec.description), rec.workspace_id ?? null];
  const identity = { id, slug, name, organisation_id: ORGANISATION_ID, ai_provider_id };
  return { ...identity, description, status, type, workspace_id, created_at, last_updated_at, object: "integration" };
}

function detail(pk: Portkey, rec: IntegrationRec): Bag {
  const grants = Object.values(pk.db.access[rec.id] ?? {}).filter((g) => g.enabled).length;
  const secrets = pk.quirks.maskSecrets
    ? { masked_key: rec.key ? mask(rec.key) : null, configurations: maskConfigurations(rec.configurations ?? {}) }
    : { key: rec.key ?? null, configurations: rec.configurations ?? {} };
  return {
    ...summary(pk, rec),
    ...secrets,
    global_workspace_access_settings: null,
    allow_all_models: rec.allow_all_models ?? true,
    workspace_count: grants,
    secret_mappings: [],
    pricing_adjustments: null,
  };
}

function apply(rec: IntegrationRec, b: Bag): void {
  if (typeof b.name === "string") rec.name = b.name;
  if (typeof b.key === "string") rec.key = b.key;
  if (typeof b.description === "string") rec.description = b.description;
  if (b.configurations && typeof b.configurations === "object") rec.configurations = b.configurations as Bag;
}

export function integrationRoutes(r: Router, pk: Portkey): void {
  const base = "/v1/integrations";

  r.add("POST", base, (req) => {
    const b = checkCreate(req.body);
    const slug = typeof b.slug === "string" ? b.slug : pk.nameSlug(String(b.name), "integration");
    if (findIntegration(pk, slug)) throw conflict(`integration with slug ${slug} already exists`);
    const ws = typeof b.workspace_id === "string" ? pk.workspace(b.workspace_id) : undefined;
    const now = pk.now();
    const rec: IntegrationRec = {
      id: pk.uuid(),
      slug,
      name: "",
      ai_provider_id: String(b.ai_provider_id),
      ...(ws ? { workspace_id: ws.id } : {}),
      status: "active",
      created_at: now,
      last_updated_at: now,
    };
    apply(rec, b);
    pk.db.integrations[rec.id] = rec;
    return { body: { id: rec.id, slug: rec.slug, object: "integration" } };
  });

  r.add("GET", base, (req) => {
    const type = req.query.get("type") ?? "all";
    const ws = workspaceFilter(pk, req.query);
    const all = Object.values(pk.db.integrations).filter(
      (i) => (type === "all" || (type === "workspace") === !!i.workspace_id) && (ws === undefined || i.workspace_id === ws),
    );
    return { body: pk.page(all.map((i) => summary(pk, i)), req.query, 100) };
  });

  r.add("GET", `${base}/:ref`, (req) => ({ body: detail(pk, integration(pk, req.params.ref!)) }));

  r.add("PUT", `${base}/:ref`, (req) => {
    const rec = integration(pk, req.params.ref!);
    apply(rec, checkUpdate(req.body));
    rec.last_updated_at = pk.now();
    return {};
  });

  r.add("GET", `${base}/:ref/models`, (req) => {
    const rec = integration(pk, req.params.ref!);
    const models = Object.entries(rec.models ?? {}).map(([slug, enabled]) => ({ slug, name: slug, enabled, is_custom: false, is_finetune: false, base_model_slug: null }));
    return { body: { total: models.length, allow_all_models: rec.allow_all_models ?? true, models } };
  });

  r.add("PUT", `${base}/:ref/models`, (req) => {
    const rec = integration(pk, req.params.ref!);
    const b = checkModels(req.body);
    if (typeof b.allow_all_models === "boolean") rec.allow_all_models = b.allow_all_models;
    rec.models = { ...rec.models };
    for (const m of b.models as Bag[]) rec.models[String(m.slug)] = m.enabled === true;
    rec.last_updated_at = pk.now();
    return {};
  });

  r.add("DELETE", `${base}/:ref`, (req) => {
    removeIntegration(pk, integration(pk, req.params.ref!));
    return {};
  });
}
