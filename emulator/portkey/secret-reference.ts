// Secret references: /v1/secret-references, items by slug or UUID (OpenAPI
// Secret-References; portkey-api.md §1.6, §3.15). `auth_config` is checked
// against the OpenAPI's auth config schema of its manager type and mode; GET
// masks its credentials with `masked_` prefixed keys (maskSecrets) and never
// shows `allowed_workspaces`. PUT merges `auth_config` per key, ignores
// `manager_type`, replaces the workspace list (`allow_all_workspaces: true`
// purges it). A duplicate slug, an unknown workspace, an empty list and a list
// beside `allow_all_workspaces: true` are 400 AB01; so is deleting a reference
// an integration still maps.
import { collectionRoutes } from "../core/collection";
import { badRequest } from "../errors";
import { Router } from "../router";
import { integrations, mask } from "./integration";
import { Bag, ORGANISATION_ID, own, Portkey, Stamped } from "./state";

interface SecretRefRec extends Stamped {
  description?: string | null;
  manager_type: string;
  auth_config: Bag;
  secret_path: string;
  secret_key?: string | null;
  allow_all_workspaces: boolean;
  allowed_workspaces: string[];
  tags?: Record<string, string> | null;
  status: string;
}

const ROUTE = "/secret-references";
const ITEM = "/secret-references/{secretReferenceId}";

export const secretReferences = (pk: Portkey) => pk.table<SecretRefRec>("secretReferences");

export function findSecretReference(pk: Portkey, ref: string): SecretRefRec | undefined {
  const all = secretReferences(pk);
  return own(all, ref) ?? Object.values(all).find((s) => s.slug === ref);
}

/** Each manager type's auth config schemas, by the key naming the mode (OpenAPI CreateSecretReferenceRequest). */
const AUTH_SCHEMAS: Record<string, [key: string, byMode: Record<string, string>]> = {
  aws_sm: ["aws_auth_type", { accessKey: "AwsAccessKeyAuthConfig", assumedRole: "AwsAssumedRoleAuthConfig", serviceRole: "AwsServiceRoleAuthConfig" }],
  azure_kv: ["azure_auth_mode", { entra: "AzureEntraAuthConfig", managed: "AzureManagedAuthConfig", default: "AzureDefaultAuthConfig" }],
  hashicorp_vault: [
    "vault_auth_type",
    { token: "HashicorpTokenAuthConfig", approle: "HashicorpAppRoleAuthConfig", kubernetes: "HashicorpKubernetesAuthConfig" },
  ],
};

/** Keys whose values are credentials, masked on GET; the others (modes, regions, URLs) show as stored. */
const CREDENTIALS = new Set([
  "aws_access_key_id",
  "aws_secret_access_key",
  "aws_external_id",
  "azure_entra_client_secret",
  "vault_token",
  "vault_role_id",
  "vault_secret_id",
]);

const compiled = new WeakMap<object, Map<string, ReturnType<Portkey["openApi"]["validator"]>>>();

/** The compiled check of one of the description's schemas, compiled once per description. */
function validatorOf(pk: Portkey, schema: string) {
  const mine = compiled.get(pk.openApi) ?? new Map();
  compiled.set(pk.openApi, mine);
  if (!mine.has(schema)) mine.set(schema, pk.openApi.validator({ $ref: `portkey-oas#/components/schemas/${schema}` }));
  return mine.get(schema)!;
}

/** `auth_config` as its manager type and mode document it, or 400 naming the first problem. */
function checkAuth(pk: Portkey, manager: string, auth: Bag): void {
  const [key, byMode] = AUTH_SCHEMAS[manager]!;
  const schema = byMode[String(auth[key])];
  if (!schema) throw badRequest(`auth_config.${key}: must be one of ${Object.keys(byMode).join(", ")} for ${manager}`);
  const validate = validatorOf(pk, schema);
  if (!validate(auth)) {
    const e = validate.errors![0]!;
    throw badRequest(`auth_config${e.instancePath.replace(/\//g, ".")}: ${e.message ?? "is invalid"}`);
  }
}

/** The workspaces a list names, as UUIDs; an unknown one is 400. */
function workspaceIds(pk: Portkey, list: unknown): string[] {
  return (list as string[]).map((ref) => {
    const ws = pk.findWorkspace(ref);
    if (!ws) throw badRequest(`allowed_workspaces: workspace ${ref} not found`);
    return ws.id;
  });
}

function access(pk: Portkey, rec: SecretRefRec, b: Bag): void {
  if (b.allow_all_workspaces === true && b.allowed_workspaces !== undefined)
    throw badRequest("allow_all_workspaces cannot be true when allowed_workspaces is provided");
  if (Array.isArray(b.allowed_workspaces)) [rec.allowed_workspaces, rec.allow_all_workspaces] = [workspaceIds(pk, b.allowed_workspaces), false];
  else if (b.allow_all_workspaces === true) [rec.allowed_workspaces, rec.allow_all_workspaces] = [[], true];
  else if (b.allow_all_workspaces === false) rec.allow_all_workspaces = false;
}

function view(pk: Portkey, rec: SecretRefRec): Bag {
  const { id, slug, name, manager_type, secret_path, allow_all_workspaces, status, created_at, last_updated_at } = rec;
  const shown = (k: string, v: unknown) => (pk.quirks.maskSecrets && CREDENTIALS.has(k) ? [`masked_${k}`, typeof v === "string" ? mask(v) : v] : [k, v]);
  const auth_config = Object.fromEntries(Object.entries(rec.auth_config).map(([k, v]) => shown(k, v)));
  const [description, secret_key, tags] = [rec.description ?? null, rec.secret_key ?? null, rec.tags ?? null];
  const more = { secret_key, allow_all_workspaces, tags, status, created_by: "emulator-admin", created_at, last_updated_at, auth_config };
  return { id, organisation_id: ORGANISATION_ID, name, slug, description, manager_type, secret_path, ...more, object: "secret-reference" };
}

function summary(rec: SecretRefRec): Bag {
  const { id, name, slug, manager_type, status, created_at, last_updated_at } = rec;
  return { id, name, slug, manager_type, status, created_at, last_updated_at, object: "secret-reference" };
}

function create(pk: Portkey, b: Bag): SecretRefRec {
  const slug = typeof b.slug === "string" ? b.slug : pk.nameSlug(String(b.name), "secret");
  if (findSecretReference(pk, slug)) throw badRequest(`slug: a secret reference with slug ${slug} already exists`);
  const manager = String(b.manager_type);
  checkAuth(pk, manager, b.auth_config as Bag);
  const now = pk.now();
  const rec: SecretRefRec = {
    id: pk.uuid(),
    slug,
    name: String(b.name),
    manager_type: manager,
    auth_config: { ...(b.auth_config as Bag) },
    secret_path: String(b.secret_path),
    allow_all_workspaces: true,
    allowed_workspaces: [],
    status: "ACTIVE",
    created_at: now,
    last_updated_at: now,
  };
  update(pk, rec, b);
  return rec;
}

function update(pk: Portkey, rec: SecretRefRec, b: Bag): void {
  if (b.auth_config !== undefined) {
    const merged = { ...rec.auth_config, ...(b.auth_config as Bag) };
    checkAuth(pk, rec.manager_type, merged);
    rec.auth_config = merged;
  }
  access(pk, rec, b);
  for (const k of ["name", "secret_path"] as const) if (typeof b[k] === "string") rec[k] = b[k];
  if (b.description !== undefined) rec.description = b.description as string | null;
  if (b.secret_key !== undefined) rec.secret_key = b.secret_key as string | null;
  if (b.tags !== undefined) rec.tags = b.tags as Record<string, string> | null;
  rec.last_updated_at = pk.now();
}

/** Integrations whose secret mappings name the reference. */
function mappedBy(pk: Portkey, rec: SecretRefRec): string[] {
  const names = (m: Bag) => m.secret_reference_id === rec.id || m.secret_reference_id === rec.slug;
  return Object.values(integrations(pk))
    .filter((i) => (i.secret_mappings ?? []).some(names))
    .map((i) => i.slug);
}

export function secretReferenceRoutes(r: Router, pk: Portkey): void {
  // auth_config: the OpenAPI's oneOf has a discriminator (aws_auth_type) that Azure and Vault configs lack, so no
  // body could pass it; it is read as an object here and checked by checkAuth against its manager type's schemas.
  const overlay = { properties: { auth_config: { type: "object" } } };
  collectionRoutes<SecretRefRec>(r, {
    path: `/v1${ROUTE}`,
    noun: "secret reference",
    table: () => secretReferences(pk),
    find: (ref) => findSecretReference(pk, ref),
    check: { create: pk.body("POST", ROUTE, overlay), update: pk.body("PUT", ITEM) },
    create: (b) => create(pk, b),
    created: (rec) => ({ body: { id: rec.id, slug: rec.slug, object: "secret-reference" } }),
    view: (rec) => view(pk, rec),
    summary: (rec) => summary(rec),
    filter(rec, query) {
      const [manager, search] = [query.get("manager_type"), query.get("search")];
      return (!manager || rec.manager_type === manager) && (!search || rec.name.toLowerCase().includes(search.toLowerCase()));
    },
    page: pk.pager(20),
    update: (rec, b) => update(pk, rec, b),
    remove(rec) {
      const users = mappedBy(pk, rec);
      if (users.length) throw badRequest(`secret reference ${rec.slug} is in use by integrations: ${users.join(", ")}`);
      delete secretReferences(pk)[rec.id];
    },
  });
}
