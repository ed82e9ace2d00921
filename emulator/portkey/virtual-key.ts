// Providers (virtual keys): /v1/providers, items by UUID or slug with
// ?workspace_id=. Create answers 403 AB03 unless the integration is enabled for
// the workspace; slugs are unique per workspace.
import { collectionRoutes } from "../core/collection";
import { conflict, forbidden, notFound } from "../errors";
import { ApiRequest, Router } from "../router";
import { findIntegration } from "./integration";
import { isEnabled } from "./integration-workspace-access";
import { Bag, own, Portkey, ProviderRec, workspaceFilter } from "./state";

const ROUTE = "/providers";
const ITEM = "/providers/{slug}";

export const providers = (pk: Portkey) => pk.table<ProviderRec>("providers");

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

/** The provider a path names, within the workspace the query or body names, if any (portkey-api.md §6 #4: both). */
function find(pk: Portkey, ref: string, req: ApiRequest): ProviderRec | undefined {
  const wsRef = req.query.get("workspace_id") || (req.body as Bag | undefined)?.workspace_id;
  const ws = typeof wsRef === "string" && wsRef ? (pk.findWorkspace(wsRef)?.id ?? null) : undefined;
  const all = providers(pk);
  const rec = own(all, ref) ?? Object.values(all).find((p) => p.slug === ref && (ws === undefined || p.workspace_id === ws));
  return rec && (ws === undefined || rec.workspace_id === ws) ? rec : undefined;
}

function apply(rec: ProviderRec, b: Bag): void {
  if (typeof b.name === "string") rec.name = b.name;
  for (const k of ["note", "usage_limits", "rate_limits", "expires_at"] as const) {
    if (k in b) (rec as unknown as Bag)[k] = b[k] ?? undefined;
  }
}

function create(pk: Portkey, b: Bag): ProviderRec {
  const wsRef = String(b.workspace_id);
  const ws = pk.workspace(wsRef);
  const integ = findIntegration(pk, String(b.integration_id));
  if (!integ) throw notFound(`integration ${String(b.integration_id)} not found`);
  if (!isEnabled(pk, integ, ws.id)) throw forbidden(`Integration ${integ.slug} is not enabled for workspace ${ws.slug}`);
  const slug = typeof b.slug === "string" ? b.slug : pk.nameSlug(String(b.name), "provider");
  if (Object.values(providers(pk)).some((p) => p.workspace_id === ws.id && p.slug === slug)) {
    throw conflict(`provider with slug ${slug} already exists in this workspace`);
  }
  const now = pk.now();
  const identity = { id: pk.uuid(), slug, name: "", workspace_id: ws.id, workspace_given: wsRef };
  const rec: ProviderRec = {
    ...identity,
    integration_id: integ.id,
    integration_slug: integ.slug,
    ai_provider_name: integ.ai_provider_id,
    created_at: now,
    last_updated_at: now,
  };
  apply(rec, b);
  return rec;
}

export function virtualKeyRoutes(r: Router, pk: Portkey): void {
  pk.workspaceChildren.push({
    count: (p, ws) => Object.values(providers(p)).filter((v) => v.workspace_id === ws).length,
    cascade: (p, ws) => Object.values(providers(p)).forEach((v) => v.workspace_id === ws && delete providers(p)[v.id]),
  });
  // workspace_id: OAS says "needed when using organisation admin API keys" (the emulator's kind of key) and TF always sends it (§3.7).
  const checkCreate = pk.body("POST", ROUTE, { required: ["workspace_id"] });
  // note: the create schema documents it as nullable; the PUT schema's omission is read as the same field, so null clears it.
  const checkUpdate = pk.body("PUT", ITEM, { nullable: ["note"] });
  collectionRoutes<ProviderRec>(r, {
    path: `/v1${ROUTE}`,
    noun: "provider",
    table: () => providers(pk),
    // workspace_id may come in the query instead of the body.
    check: {
      create: (body, req) => {
        const given = req.query.get("workspace_id");
        return checkCreate(body && typeof body === "object" && given ? { workspace_id: given, ...(body as Bag) } : body);
      },
      update: (body) => checkUpdate(body),
    },
    find: (ref, req) => find(pk, ref, req),
    create: (b) => create(pk, b),
    created: (rec) => ({ body: { id: rec.id, slug: rec.slug, object: "provider" } }),
    view: (rec) => view(pk, rec),
    filter(p, query) {
      const ws = workspaceFilter(pk, query);
      return ws === undefined || p.workspace_id === ws;
    },
    page: pk.pager(50),
    update(rec, b) {
      apply(rec, b);
      rec.last_updated_at = pk.now();
      return { body: { id: rec.id, slug: rec.slug } };
    },
  });
}
