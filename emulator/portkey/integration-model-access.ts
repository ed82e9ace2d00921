// Model access of an integration: GET/PUT/DELETE /v1/integrations/{slug}/models.
// PUT is a bulk update: each entry it names is set (absent keys keep their
// value, null clears a nullable one), the others stay; `allow_all_models`
// changes only when given. DELETE removes custom models only (OAS: "Removes
// multiple custom models"); a built-in model it names stays as it is.
import { badRequest } from "../errors";
import { Router } from "../router";
import { integration } from "./integration";
import { Bag, IntegrationRec, ModelRec, Portkey } from "./state";

const ROUTE = "/integrations/{slug}/models";

function view(slug: string, m: ModelRec): Bag {
  return { slug, name: slug, ...m };
}

function put(pk: Portkey, rec: IntegrationRec, b: Bag): void {
  if (typeof b.allow_all_models === "boolean") rec.allow_all_models = b.allow_all_models;
  const models = (rec.models = { ...rec.models });
  for (const e of b.models as Bag[]) {
    const slug = String(e.slug);
    const m = (models[slug] ??= { enabled: false, is_custom: false, is_finetune: false, base_model_slug: null, pricing_config: null });
    m.enabled = e.enabled === true;
    if ("is_custom" in e) m.is_custom = e.is_custom === true;
    if ("is_finetune" in e) m.is_finetune = e.is_finetune === true;
    if ("base_model_slug" in e) m.base_model_slug = (e.base_model_slug as string | null) ?? null;
    if (e.pricing_config !== undefined) m.pricing_config = e.pricing_config as Bag;
  }
  rec.last_updated_at = pk.now();
}

/**
 * The slugs a DELETE names: the OAS documents a `slugs` query (comma separated),
 * Portkey's Terraform provider sends a JSON body `{models: [...]}` (portkey-api.md §6 #5). Both are taken.
 */
function slugsOf(query: URLSearchParams, body: unknown): string[] {
  const fromQuery = (query.get("slugs") ?? "").split(",").filter(Boolean);
  const listed = body && typeof body === "object" ? (body as Bag).models : undefined;
  if (listed !== undefined && (!Array.isArray(listed) || listed.some((s) => typeof s !== "string" || !s))) {
    throw badRequest("models: must be a list of model slugs");
  }
  const slugs = [...fromQuery, ...((listed as string[] | undefined) ?? [])];
  if (!slugs.length) throw badRequest("slugs: name at least one model to delete");
  return slugs;
}

export function modelAccessRoutes(r: Router, pk: Portkey): void {
  const path = `/v1${ROUTE.replace("{slug}", ":ref")}`;
  const checkPut = pk.body("PUT", ROUTE);
  r.add("GET", path, (req) => {
    const rec = integration(pk, req.params.ref!);
    const models = Object.entries(rec.models ?? {}).map(([slug, m]) => view(slug, m));
    // allow_all_models is not in the OAS list answer, but Portkey's Terraform provider reads it there (portkey-api.md §6 #6).
    return { body: { total: models.length, allow_all_models: rec.allow_all_models ?? true, models } };
  });
  r.add("PUT", path, (req) => {
    put(pk, integration(pk, req.params.ref!), checkPut(req.body));
    return {};
  });
  r.add("DELETE", path, (req) => {
    const rec = integration(pk, req.params.ref!);
    const models = { ...rec.models };
    for (const slug of slugsOf(req.query, req.body)) if (models[slug]?.is_custom) delete models[slug];
    rec.models = models;
    rec.last_updated_at = pk.now();
    return {};
  });
}
