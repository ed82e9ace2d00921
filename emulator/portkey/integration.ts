// Integrations: /v1/integrations. Addressed by slug or UUID; slugs are unique.
// GET never shows the key or configuration values in clear (maskSecrets).
// `secret_mappings` (OpenAPI SecretMapping) name secret references that fill
// `key` or `configurations.<field>`: each target once, each reference a live
// one the integration's workspace may use, else 400.
import { collectionRoutes } from "../core/collection";
import { badRequest, conflict, notFound } from "../errors";
import { Router } from "../router";
import { findSecretReference } from "./secret-reference";
import { Bag, IntegrationRec, ORGANISATION_ID, own, Portkey, ProviderRec, workspaceFilter } from "./state";

const ROUTE = "/integrations";
const ITEM = "/integrations/{slug}";

export const integrations = (pk: Portkey) => pk.table<IntegrationRec>("integrations");

export function findIntegration(pk: Portkey, ref: string): IntegrationRec | undefined {
  const all = integrations(pk);
  return own(all, ref) ?? Object.values(all).find((i) => i.slug === ref);
}

export function integration(pk: Portkey, ref: string): IntegrationRec {
  const found = findIntegration(pk, ref);
  if (!found) throw notFound(`integration ${ref} not found`);
  return found;
}

/** Deletes an integration with its workspace grants and the providers built on it. */
export function removeIntegration(pk: Portkey, rec: IntegrationRec): void {
  const providers = pk.table<ProviderRec>("providers");
  for (const p of Object.values(providers)) if (p.integration_id === rec.id) delete providers[p.id];
  delete pk.access[rec.id];
  delete integrations(pk)[rec.id];
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
  const grants = Object.values(pk.access[rec.id] ?? {}).filter((g) => g.enabled).length;
  const secrets = pk.quirks.maskSecrets
    ? { masked_key: rec.key ? mask(rec.key) : null, configurations: maskConfigurations(rec.configurations ?? {}) }
    : { key: rec.key ?? null, configurations: rec.configurations ?? {} };
  return {
    ...summary(pk, rec),
    ...secrets,
    global_workspace_access_settings: null,
    allow_all_models: rec.allow_all_models ?? true,
    workspace_count: grants,
    secret_mappings: rec.secret_mappings ?? [],
    pricing_adjustments: null,
  };
}

const TARGET = /^(key|configurations\.[A-Za-z0-9_]+)$/;

/** The mappings of a body, checked: valid targets, each once, references the integration may use. */
function mappings(pk: Portkey, rec: IntegrationRec, list: Bag[]): Bag[] {
  const seen = new Set<unknown>();
  for (const m of list) {
    if (!TARGET.test(String(m.target_field))) throw badRequest(`secret_mappings: target_field ${String(m.target_field)} is not key or configurations.<field>`);
    if (seen.has(m.target_field)) throw badRequest(`secret_mappings: target_field ${String(m.target_field)} must be unique`);
    seen.add(m.target_field);
    const ref = findSecretReference(pk, String(m.secret_reference_id));
    if (!ref) throw badRequest(`secret_mappings: secret reference ${String(m.secret_reference_id)} not found`);
    if (rec.workspace_id && !ref.allow_all_workspaces && !ref.allowed_workspaces.includes(rec.workspace_id))
      throw badRequest(`secret_mappings: secret reference ${ref.slug} is not accessible by workspace ${rec.workspace_id}`);
  }
  return list.map((m) => ({ ...m }));
}

function apply(pk: Portkey, rec: IntegrationRec, b: Bag): void {
  if (Array.isArray(b.secret_mappings)) rec.secret_mappings = mappings(pk, rec, b.secret_mappings as Bag[]);
  if (typeof b.name === "string") rec.name = b.name;
  if (typeof b.key === "string") rec.key = b.key;
  if (typeof b.description === "string") rec.description = b.description;
  if (b.configurations && typeof b.configurations === "object") rec.configurations = b.configurations as Bag;
}

function create(pk: Portkey, b: Bag): IntegrationRec {
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
  apply(pk, rec, b);
  return rec;
}

/**
 * Body overlays. description: portkey-api.md §3.5 lists it for create and PUT, the OAS schemas leave it out.
 * configurations: the OAS `oneOf` has several variants with no required field (OpenAI, Hugging Face, custom
 * host), so every body matches more than one and `oneOf` could never pass; it is read as an object, as the
 * provider-specific fields are only checked by the live controller (portkey-api.md §3.5).
 */
const OVERLAY = { properties: { description: { type: "string" }, configurations: { type: "object" } } };

export function integrationRoutes(r: Router, pk: Portkey): void {
  pk.workspaceChildren.push({
    count: (p, ws) => Object.values(integrations(p)).filter((i) => i.workspace_id === ws).length,
    cascade: (p, ws) => Object.values(integrations(p)).forEach((i) => i.workspace_id === ws && removeIntegration(p, i)),
  });
  collectionRoutes<IntegrationRec>(r, {
    path: `/v1${ROUTE}`,
    noun: "integration",
    table: () => integrations(pk),
    check: { create: pk.body("POST", ROUTE, OVERLAY), update: pk.body("PUT", ITEM, OVERLAY) },
    create: (b) => create(pk, b),
    created: (rec) => ({ body: { id: rec.id, slug: rec.slug, object: "integration" } }),
    view: (rec) => detail(pk, rec),
    summary: (rec) => summary(pk, rec),
    filter(i, query) {
      const type = query.get("type") ?? "all";
      const ws = workspaceFilter(pk, query);
      return (type === "all" || (type === "workspace") === !!i.workspace_id) && (ws === undefined || i.workspace_id === ws);
    },
    page: pk.pager(100),
    update(rec, b) {
      apply(pk, rec, b);
      rec.last_updated_at = pk.now();
    },
    remove: (rec) => removeIntegration(pk, rec),
  });
}
