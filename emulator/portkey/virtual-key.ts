// Providers (virtual keys): /v1/providers, items by UUID or slug with
// ?workspace_id=. Create answers 403 AB03 unless the integration is enabled for
// the workspace; slugs are unique per workspace.
import { wireBodySchema } from "../../provider/core/wire";
import { virtualKeySpec } from "../../spec/portkey/virtual-key";
import { conflict, forbidden, notFound } from "../errors";
import { ApiRequest, Router } from "../router";
import { bodyValidator } from "../validate";
import { findIntegration } from "./integration";
import { isEnabled } from "./integration-workspace-access";
import { Bag, own, Portkey, ProviderRec, workspaceFilter } from "./state";

const checkCreate = bodyValidator(wireBodySchema(virtualKeySpec, "create"));
const checkUpdate = bodyValidator(wireBodySchema(virtualKeySpec, "update"));

/** Rate limits are an object on create and an array on read. */
const asList = (v: unknown) => (v == null ? undefined : Array.isArray(v) ? v : [v]);

function view(pk: Portkey, rec: ProviderRec): Bag {
  const { id, slug, name, ai_provider_name, created_at, last_updated_at } = rec;
  const [integration_id, workspace_id] = [rec.integration_slug, pk.echoWorkspace(rec.workspace_id, rec.workspace_given)];
  const [note, usage_limits, rate_limits] = [pk.str(rec.note), rec.usage_limits ?? null, pk.list(asList(rec.rate_limits))];
  const expires_at = rec.expires_at ?? null;
  const identity = { id, slug, name, integration_id, ai_provider_name, workspace_id };
  return { ...identity, note, status: "active", usage_limits, rate_limits, reset_usage: 0, expires_at, created_at, last_updated_at, object: "provider" };
}

/** The provider a path names, within the workspace the query or body names, if any. */
function find(pk: Portkey, req: ApiRequest): ProviderRec {
  const ref = req.params.ref!;
  const wsRef = req.query.get("workspace_id") || (req.body as Bag | undefined)?.workspace_id;
  const ws = typeof wsRef === "string" && wsRef ? (pk.findWorkspace(wsRef)?.id ?? null) : undefined;
  const all = Object.values(pk.db.providers);
  const rec = own(pk.db.providers, ref) ?? all.find((p) => p.slug === ref && (ws === undefined || p.workspace_id === ws));
  if (!rec || (ws !== undefined && rec.workspace_id !== ws)) throw notFound(`provider ${ref} not found`);
  return rec;
}

function apply(rec: ProviderRec, b: Bag): void {
  if (typeof b.name === "string") rec.name = b.name;
  for (const k of ["note", "usage_limits", "rate_limits", "expires_at"] as const) {
    if (k in b) (rec as unknown as Bag)[k] = b[k] ?? undefined;
  }
}

export function virtualKeyRoutes(r: Router, pk: Portkey): void {
  const base = "/v1/providers";

  r.add("POST", base, (req) => {
    // workspace_id may come in the query instead of the body.
    const given = req.query.get("workspace_id");
    const body = (req.body && typeof req.body === "object" && given ? { workspace_id: given, ...(req.body as Bag) } : req.body) as unknown;
    const b = checkCreate(body);
    const wsRef = String(b.workspace_id);
    const ws = pk.workspace(wsRef);
    const integ = findIntegration(pk, String(b.integration_id));
    if (!integ) throw notFound(`integration ${String(b.integration_id)} not found`);
    if (!isEnabled(pk, integ, ws.id)) {
      throw forbidden(`Integration ${integ.slug} is not enabled for workspace ${ws.slug}`);
    }
    const slug = typeof b.slug === "string" ? b.slug : pk.nameSlug(String(b.name), "provider");
    if (Object.values(pk.db.providers).some((p) => p.workspace_id === ws.id && p.slug === slug)) {
      throw conflict(`provider with slug ${slug} already exists in this workspace`);
    }
    const now = pk.now();
    const rec: ProviderRec = {
      id: pk.uuid(),
      slug,
      name: "",
      workspace_id: ws.id,
      workspace_given: wsRef,
      integration_id: integ.id,
      integration_slug: integ.slug,
      ai_provider_name: integ.ai_provider_id,
      created_at: now,
      last_updated_at: now,
    };
    apply(rec, b);
    pk.db.providers[rec.id] = rec;
    return { body: { id: rec.id, slug: rec.slug, object: "provider" } };
  });

  r.add("GET", base, (req) => {
    const ws = workspaceFilter(pk, req.query);
    const all = Object.values(pk.db.providers).filter((p) => ws === undefined || p.workspace_id === ws);
    return { body: pk.page(all.map((p) => view(pk, p)), req.query, 50) };
  });

  r.add("GET", `${base}/:ref`, (req) => ({ body: view(pk, find(pk, req)) }));

  r.add("PUT", `${base}/:ref`, (req) => {
    const rec = find(pk, req);
    apply(rec, checkUpdate(req.body));
    rec.last_updated_at = pk.now();
    return { body: { id: rec.id, slug: rec.slug } };
  });

  r.add("DELETE", `${base}/:ref`, (req) => {
    delete pk.db.providers[find(pk, req).id];
    return {};
  });
}
