// API keys: POST /v1/api-keys/{type}/{sub-type}, items at /v1/api-keys/{id},
// POST /v1/api-keys/{id}/rotate. The value is shown by create and rotate only;
// GET masks it (maskApiKeys). A create without scopes answers 502 (apiKeyScopes502).
// Bodies are checked against CreateApiKeyObject / UpdateApiKeyObject of Portkey's
// OpenAPI, after the scopes check that answers 502.
import { collectionRoutes } from "../core/collection";
import { BodyCheck } from "../core/collection";
import { own, Table } from "../core/table";
import { ApiError, badRequest, notFound } from "../errors";
import { ApiRequest, Router } from "../router";
import { Bag, ORGANISATION_ID, Portkey } from "./state";

export interface ApiKeyRec {
  id: string;
  key: string;
  name: string;
  description?: string;
  /** Combined kind, as GET shows it: `workspace-service`. */
  type: string;
  workspace_id?: string;
  workspace_given?: string;
  user_id?: string;
  scopes: string[];
  usage_limits?: Bag | null;
  rate_limits?: Bag[] | null;
  defaults?: Bag;
  alert_emails?: string[] | null;
  created_at: string;
  last_updated_at: string;
}

export const apiKeys = (pk: Portkey): Table<ApiKeyRec> => pk.table<ApiKeyRec>("api_keys");

function mask(pk: Portkey, key: string): string {
  return pk.quirks.maskApiKeys ? `${key.slice(0, 2)}*******${key.slice(-2)}` : key;
}

function view(pk: Portkey, rec: ApiKeyRec): Bag {
  // user_id and usage_limits stay absent when unset: the documented schema types them as a string and an object.
  const { workspace_given, defaults, usage_limits, ...rest } = rec;
  return {
    ...rest,
    key: mask(pk, rec.key),
    description: pk.str(rec.description),
    organisation_id: ORGANISATION_ID,
    workspace_id: pk.echoWorkspace(rec.workspace_id, workspace_given),
    status: "active",
    creation_mode: "api",
    rate_limits: pk.list(rec.rate_limits),
    alert_emails: pk.list(rec.alert_emails),
    ...(usage_limits ? { usage_limits } : {}),
    defaults: { metadata: {}, ...defaults },
    object: "api-key",
  };
}

function apply(rec: ApiKeyRec, b: Bag): void {
  for (const k of ["name", "description", "scopes", "usage_limits", "rate_limits", "alert_emails"] as const) {
    if (k in b) (rec as unknown as Bag)[k] = b[k] ?? undefined;
  }
  if (b.defaults) rec.defaults = { ...rec.defaults, ...(b.defaults as Bag) };
}

function create(pk: Portkey, req: ApiRequest, checkCreate: BodyCheck): ApiKeyRec {
  const { type, subType } = req.params as { type: string; subType: string };
  if (!["organisation", "workspace"].includes(type) || !["service", "user"].includes(subType))
    throw badRequest(`type: ${type}/${subType} is not a kind of API key`);
  const scopes = (req.body as Bag | undefined)?.scopes;
  if (!Array.isArray(scopes) || scopes.length === 0) {
    if (pk.quirks.apiKeyScopes502) throw new ApiError(502, "Bad Gateway", "AB04");
    throw badRequest("scopes: must have at least 1 item");
  }
  const b = checkCreate(req.body, req);
  if (subType === "user" && typeof b.user_id !== "string") throw badRequest("user_id: is required for a user key");
  if (type === "workspace" && typeof b.workspace_id !== "string") throw badRequest("workspace_id: is required for a workspace key");
  const ws = type === "workspace" ? pk.workspace(String(b.workspace_id)) : undefined;
  const now = pk.now();
  const rec: ApiKeyRec = { id: pk.uuid(), key: newKey(pk), name: "", type: `${type}-${subType}`, scopes: [], created_at: now, last_updated_at: now };
  if (ws) Object.assign(rec, { workspace_id: ws.id, workspace_given: String(b.workspace_id) });
  if (typeof b.user_id === "string") rec.user_id = b.user_id;
  apply(rec, b);
  return rec;
}

const newKey = (pk: Portkey) => `pk-${pk.uuid().replace(/-/g, "")}`;

export function apiKeyRoutes(r: Router, pk: Portkey): void {
  const base = "/v1/api-keys";
  pk.workspaceChildren.push({
    count: (p, ws) => Object.values(apiKeys(p)).filter((k) => k.workspace_id === ws).length,
    cascade: (p, ws) => Object.values(apiKeys(p)).forEach((k) => k.workspace_id === ws && delete apiKeys(p)[k.id]),
  });
  const checkCreate = pk.body("POST", "/api-keys/{type}/{sub-type}");
  // TF clears limits and alert emails with null (portkey-api.md §1.7); the documented schema omits it.
  const checkUpdate = pk.body("PUT", "/api-keys/{id}", { nullable: ["usage_limits", "alert_emails"] });
  // Registered before the create route, whose two segments it would also match.
  r.add("POST", `${base}/:ref/rotate`, (req) => {
    const rec = own(apiKeys(pk), req.params.ref!);
    if (!rec) throw notFound(`api key ${req.params.ref} not found`);
    rec.key = newKey(pk);
    rec.last_updated_at = pk.now();
    // No transition period was asked for, so no key_transition_expires_at.
    return { body: { id: rec.id, key: rec.key, object: "api-key" } };
  });
  r.add("POST", `${base}/:type/:subType`, (req) => {
    const rec = create(pk, req, checkCreate);
    apiKeys(pk)[rec.id] = rec;
    return { body: { id: rec.id, key: rec.key, object: "api-key" } };
  });
  collectionRoutes<ApiKeyRec>(r, {
    path: base,
    noun: "api key",
    verbs: ["list", "read", "update", "delete"],
    table: () => apiKeys(pk),
    find: (ref) => own(apiKeys(pk), ref),
    check: { update: checkUpdate },
    view: (rec) => view(pk, rec),
    filter: (rec, q) => !q.get("workspace_id") || rec.workspace_id === pk.findWorkspace(q.get("workspace_id")!)?.id,
    page: (items, q) => pk.page(items, q, 100),
    update(rec, b) {
      apply(rec, b);
      rec.last_updated_at = pk.now();
    },
  });
}
