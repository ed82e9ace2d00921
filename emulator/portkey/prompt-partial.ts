// Prompt partials: /v1/prompts/partials, items by slug or UUID, with their
// versions (OpenAPI PromptPartials; portkey-api.md §3.15). A PUT that carries
// `string` makes a new version and leaves the default where it was;
// /makeDefault {version: N} moves it. GET shows the default version unless
// `?version=` names another (a number, `latest` or `default`), as for prompts.
// Where the OpenAPI and the Terraform provider disagree, the emulator answers
// as the Terraform provider reads: the list and the versions list in
// {object, total, data} rather than bare arrays, the version number as a
// number, and `version_description` taken on PUT (the OpenAPI lists
// `description`, which is taken too).
import { collectionRoutes } from "../core/collection";
import { badRequest, notFound } from "../errors";
import { Router } from "../router";
import { Bag, own, Portkey, Stamped, workspaceFilter } from "./state";

interface PartialVersionRec {
  id: string;
  version: number;
  string: string;
  description?: string;
  created_at: string;
}

interface PartialRec extends Stamped {
  workspace_id: string;
  versions: PartialVersionRec[];
  default_version: number;
  status: string;
}

const ROUTE = "/prompts/partials";
const ITEM = "/prompts/partials/{promptPartialId}";

const partials = (pk: Portkey) => pk.table<PartialRec>("promptPartials");

function findPartial(pk: Portkey, ref: string): PartialRec | undefined {
  const all = partials(pk);
  return own(all, ref) ?? Object.values(all).find((p) => p.slug === ref);
}

function versionOf(rec: PartialRec, which: string | null): PartialVersionRec {
  const latest = rec.versions[rec.versions.length - 1]!;
  if (which === null || which === "default") return rec.versions.find((v) => v.version === rec.default_version) ?? latest;
  if (which === "latest") return latest;
  const found = rec.versions.find((v) => String(v.version) === which);
  if (!found) throw notFound(`version ${which} of prompt partial ${rec.slug} not found`);
  return found;
}

function summary(rec: PartialRec): Bag {
  const { id, slug, name, status, created_at, last_updated_at } = rec;
  return { id, slug, name, status, created_at, last_updated_at, object: "partial" };
}

function detail(rec: PartialRec, which: string | null): Bag {
  const v = versionOf(rec, which);
  return {
    ...summary(rec),
    string: v.string,
    version: v.version,
    version_description: v.description ?? "",
    prompt_partial_version_id: v.id,
    prompt_partial_version_status: "active",
  };
}

function newVersion(pk: Portkey, rec: PartialRec | undefined, b: Bag): PartialVersionRec {
  const last = rec?.versions[rec.versions.length - 1];
  const description = b.version_description ?? b.description;
  return {
    id: pk.uuid(),
    version: (last?.version ?? 0) + 1,
    string: typeof b.string === "string" ? b.string : last!.string,
    ...(typeof description === "string" ? { description } : {}),
    created_at: pk.now(),
  };
}

function create(pk: Portkey, b: Bag): PartialRec {
  // "Required for Admin keys" (OpenAPI): the emulator's key is an organisation's Admin API key.
  if (typeof b.workspace_id !== "string") throw badRequest("workspace_id: required with an Admin API key");
  const ws = pk.workspace(b.workspace_id);
  const now = pk.now();
  const name = String(b.name);
  const base = { id: pk.uuid(), slug: pk.nameSlug(name, "partial"), name, created_at: now, last_updated_at: now };
  return { ...base, workspace_id: ws.id, versions: [newVersion(pk, undefined, b)], default_version: 1, status: "active" };
}

function update(pk: Portkey, rec: PartialRec, b: Bag): Bag {
  if (typeof b.name === "string") rec.name = b.name;
  rec.last_updated_at = pk.now();
  if (typeof b.string !== "string") {
    const description = b.version_description ?? b.description;
    if (typeof description === "string") rec.versions[rec.versions.length - 1]!.description = description;
    return {};
  }
  const v = newVersion(pk, rec, b);
  rec.versions.push(v);
  return { id: rec.id, slug: rec.slug, prompt_partial_version_id: v.id };
}

export function promptPartialRoutes(r: Router, pk: Portkey): void {
  const base = `/v1${ROUTE}`;
  pk.workspaceChildren.push({
    count: (p, ws) => Object.values(partials(p)).filter((x) => x.workspace_id === ws).length,
    cascade: (p, ws) => Object.values(partials(p)).forEach((x) => x.workspace_id === ws && delete partials(p)[x.id]),
  });
  const overlay = { properties: { version_description: { type: "string" } } };
  collectionRoutes<PartialRec>(r, {
    path: base,
    noun: "prompt partial",
    table: () => partials(pk),
    find: (ref) => findPartial(pk, ref),
    check: { create: pk.body("POST", ROUTE), update: pk.body("PUT", ITEM, overlay) },
    create: (b) => create(pk, b),
    created: (rec) => ({ body: { id: rec.id, slug: rec.slug, version_id: rec.versions[0]!.id } }),
    view: (rec, req) => detail(rec, req.query.get("version")),
    summary: (rec) => summary(rec),
    filter(rec, query) {
      const ws = workspaceFilter(pk, query);
      return ws === undefined || rec.workspace_id === ws;
    },
    page: pk.pager(100),
    update: (rec, b) => ({ body: update(pk, rec, b) }),
  });
  versionRoutes(r, pk, base);
}

/** The versions list, newest first, and the default version's switch. */
function versionRoutes(r: Router, pk: Portkey, base: string): void {
  const checkMakeDefault = pk.body("PUT", `${ITEM}/makeDefault`);
  const find = (ref: string) => {
    const rec = findPartial(pk, ref);
    if (!rec) throw notFound(`prompt partial ${ref} not found`);
    return rec;
  };
  r.add("GET", `${base}/:ref/versions`, (req) => {
    const rec = find(req.params.ref!);
    const data = [...rec.versions].reverse().map((v) => ({
      prompt_partial_id: rec.id,
      prompt_partial_version_id: v.id,
      slug: rec.slug,
      version: v.version,
      string: v.string,
      description: v.description ?? "",
      created_at: v.created_at,
      prompt_version_status: "active",
      object: "partial",
    }));
    return { body: { object: "list", total: data.length, data } };
  });
  r.add("PUT", `${base}/:ref/makeDefault`, (req) => {
    const rec = find(req.params.ref!);
    const { version } = checkMakeDefault(req.body);
    if (!rec.versions.some((v) => v.version === version)) throw badRequest(`version: prompt partial ${rec.slug} has no version ${String(version)}`);
    rec.default_version = version as number;
    rec.last_updated_at = pk.now();
    return { body: {} };
  });
}
