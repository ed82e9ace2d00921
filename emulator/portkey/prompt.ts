// Prompts: /v1/prompts, items by slug or UUID, with their versions.
// A PUT that carries template, model or parameters makes a new version and
// leaves the default where it was; /makeDefault {version: N} moves it. GET shows
// the default version unless `?version=` names another (a number, `latest` or
// `default`). Quirks: GET adds the model inside `parameters`
// (promptParamsModel) and echoes the virtual key as its slug (promptKeySlug).
import { collectionRoutes } from "../core/collection";
import { badRequest, notFound } from "../errors";
import { Router } from "../router";
import { findCollection } from "./prompt-collection";
import { Bag, own, Portkey, Stamped, workspaceFilter } from "./state";
import { providers } from "./virtual-key";

export interface PromptVersionRec {
  id: string;
  prompt_version: number;
  string: string;
  parameters: Bag;
  model?: string;
  description?: string;
  created_at: string;
}

export interface PromptRec extends Stamped {
  collection_id: string;
  workspace_id: string;
  /** The virtual key as the client sent it, and its slug (promptKeySlug). */
  virtual_key: string;
  virtual_key_slug?: string;
  versions: PromptVersionRec[];
  default_version: number;
  status: string;
}

export const prompts = (pk: Portkey) => pk.table<PromptRec>("prompts");

/** Without `patch: true`, a version change must carry every version field. */
const VERSION_FIELDS = ["string", "parameters", "model"];

function find(pk: Portkey, ref: string): PromptRec {
  const all = prompts(pk);
  const rec = own(all, ref) ?? Object.values(all).find((p) => p.slug === ref);
  if (!rec) throw notFound(`prompt ${ref} not found`);
  return rec;
}

/** The virtual key a prompt names: a live one, by UUID or slug. */
function virtualKeySlug(pk: Portkey, ref: string): string {
  const vk = own(providers(pk), ref) ?? Object.values(providers(pk)).find((p) => p.slug === ref);
  if (!vk) throw badRequest(`virtual_key: ${ref} is not a virtual key of this organisation`);
  return vk.slug;
}

function versionOf(rec: PromptRec, which: string | null): PromptVersionRec {
  const latest = rec.versions[rec.versions.length - 1]!;
  if (which === null || which === "default") return rec.versions.find((v) => v.prompt_version === rec.default_version) ?? latest;
  if (which === "latest") return latest;
  const found = rec.versions.find((v) => String(v.prompt_version) === which);
  if (!found) throw notFound(`version ${which} of prompt ${rec.slug} not found`);
  return found;
}

function summary(rec: PromptRec, v = versionOf(rec, null)): Bag {
  const { id, slug, name, collection_id, workspace_id, status, created_at, last_updated_at } = rec;
  return { id, slug, name, collection_id, workspace_id, model: v.model ?? null, status, created_at, last_updated_at, object: "prompt" };
}

function detail(pk: Portkey, rec: PromptRec, which: string | null): Bag {
  const v = versionOf(rec, which);
  const q = pk.quirks;
  const parameters = q.promptParamsModel && v.model && !("model" in v.parameters) ? { model: v.model, ...v.parameters } : v.parameters;
  const virtual_key = q.promptKeySlug ? (rec.virtual_key_slug ?? rec.virtual_key) : rec.virtual_key;
  return {
    ...summary(rec, v),
    string: v.string,
    parameters,
    virtual_key,
    prompt_version: v.prompt_version,
    prompt_version_id: v.id,
    prompt_version_status: "active",
    prompt_version_description: v.description ?? "",
    is_raw_template: 0,
  };
}

function newVersion(pk: Portkey, rec: PromptRec | undefined, b: Bag): PromptVersionRec {
  const last = rec?.versions[rec.versions.length - 1];
  const pick = <T>(k: string, fallback: T | undefined) => (b[k] !== undefined ? (b[k] as T) : fallback);
  return {
    id: pk.uuid(),
    prompt_version: (last?.prompt_version ?? 0) + 1,
    string: pick("string", last?.string)!,
    parameters: pick("parameters", last?.parameters) ?? {},
    ...(pick<string>("model", last?.model) !== undefined ? { model: pick<string>("model", last?.model)! } : {}),
    ...(typeof b.version_description === "string" ? { description: b.version_description } : {}),
    created_at: pk.now(),
  };
}

function update(pk: Portkey, rec: PromptRec, b: Bag): Bag {
  const versioned = VERSION_FIELDS.some((k) => b[k] !== undefined);
  if (versioned && b.patch !== true) {
    const missing = VERSION_FIELDS.filter((k) => b[k] === undefined);
    if (missing.length) throw badRequest(`${missing.join(", ")}: required with a version change unless patch is true`);
  }
  if (typeof b.name === "string") rec.name = b.name;
  if (typeof b.virtual_key === "string") [rec.virtual_key, rec.virtual_key_slug] = [b.virtual_key, virtualKeySlug(pk, b.virtual_key)];
  rec.last_updated_at = pk.now();
  if (!versioned) {
    if (typeof b.version_description === "string") rec.versions[rec.versions.length - 1]!.description = b.version_description;
    return {};
  }
  const v = newVersion(pk, rec, b);
  rec.versions.push(v);
  return { id: rec.id, slug: rec.slug, prompt_version_id: v.id };
}

export function promptRoutes(r: Router, pk: Portkey): void {
  const base = "/v1/prompts";
  pk.workspaceChildren.push({
    count: (p, ws) => Object.values(prompts(p)).filter((x) => x.workspace_id === ws).length,
    cascade: (p, ws) => Object.values(prompts(p)).forEach((x) => x.workspace_id === ws && delete prompts(p)[x.id]),
  });
  const checkCreate = pk.body("POST", "/prompts");
  const checkUpdate = pk.body("PUT", "/prompts/{promptId}");
  collectionRoutes<PromptRec>(r, {
    path: base,
    noun: "prompt",
    table: () => prompts(pk),
    find: (ref) => own(prompts(pk), ref) ?? Object.values(prompts(pk)).find((p) => p.slug === ref),
    check: { create: checkCreate, update: checkUpdate },
    create(b): PromptRec {
      const col = findCollection(pk, String(b.collection_id));
      if (!col) throw notFound(`collection ${String(b.collection_id)} not found`);
      const now = pk.now();
      const v = newVersion(pk, undefined, b);
      const vk = String(b.virtual_key);
      const rec = { id: pk.uuid(), slug: pk.nameSlug(String(b.name), "prompt"), name: String(b.name), created_at: now, last_updated_at: now };
      return {
        ...rec,
        collection_id: col.id,
        workspace_id: col.workspace_id,
        virtual_key: vk,
        virtual_key_slug: virtualKeySlug(pk, vk),
        versions: [v],
        default_version: 1,
        status: "active",
      };
    },
    created: (rec) => ({ body: { id: rec.id, slug: rec.slug, version_id: rec.versions[0]!.id, object: "prompt" } }),
    view: (rec, req) => detail(pk, rec, req.query.get("version")),
    summary: (rec) => summary(rec),
    filter(rec, query) {
      const ws = workspaceFilter(pk, query);
      const col = query.get("collection_id");
      const colId = col ? (findCollection(pk, col)?.id ?? null) : undefined;
      return (ws === undefined || rec.workspace_id === ws) && (colId === undefined || rec.collection_id === colId);
    },
    page: pk.pager(100),
    update: (rec, b) => ({ body: update(pk, rec, b) }),
  });
  versionRoutes(r, pk, base);
}

/** The versions list and the default version's switch. */
function versionRoutes(r: Router, pk: Portkey, base: string): void {
  const checkMakeDefault = pk.body("PUT", "/prompts/{promptId}/makeDefault", { required: ["version"] });
  r.add("GET", `${base}/:ref/versions`, (req) => {
    const rec = find(pk, req.params.ref!);
    const data = [...rec.versions].reverse().map((v) => ({
      id: v.id,
      prompt_id: rec.id,
      prompt_template: { string: v.string, parameters: v.parameters },
      prompt_version: v.prompt_version,
      prompt_description: v.description ?? "",
      created_at: v.created_at,
      status: "active",
      object: "prompt",
    }));
    return { body: { object: "list", total: data.length, data } };
  });

  r.add("PUT", `${base}/:ref/makeDefault`, (req) => {
    const rec = find(pk, req.params.ref!);
    const { version } = checkMakeDefault(req.body);
    if (!rec.versions.some((v) => v.prompt_version === version)) throw badRequest(`version: prompt ${rec.slug} has no version ${String(version)}`);
    rec.default_version = version as number;
    rec.last_updated_at = pk.now();
    return { body: {} };
  });
}
