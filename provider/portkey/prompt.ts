// Quirk hooks of the prompt (its description is spec/portkey/prompt.ts).
// A change to the template, model or parameters makes a new version that
// Portkey does not make the default; unless `makeDefault` is false, the new
// version is looked up by id in the versions list and made the default by its
// number (numbers can have gaps).
import { isNotFound } from "../http/errors";
import { UnfinishedUpdateError } from "../core/errors";
import { sameValue } from "../core/normalize";
import { Ctx, itemPath, ResourceHooks } from "../core/resource";
import { Bag, jsonValue } from "../core/wire";
import { promptSpec } from "../../spec/portkey/prompt";

/** The fields whose change makes a new version. */
const VERSIONED = ["string", "model", "parameters"];
/** What a PUT that makes no version may carry. */
const METADATA = ["name", "virtual_key", "version_description"];

const path = (key: string, sub = "") => `${itemPath(promptSpec, key)}${sub}`;
const keyOf = (id: string, state: Bag) => String(state.slug ?? id);

function versionChanged(olds: Bag, news: Bag): boolean {
  return VERSIONED.some((k) => {
    const f = promptSpec.fields[k]!;
    return !sameValue(f, olds[k] ?? f.default, news[k] ?? f.default);
  });
}

/** GET may add the model inside `parameters`; it is not the user's unless they wrote it. */
function withoutAddedModel(obj: Bag, state: Bag): Bag {
  const params = obj.parameters;
  if (!params || typeof params !== "object" || !("model" in params)) return obj;
  let mine: unknown;
  try {
    mine = jsonValue(state.parameters ?? {});
  } catch {
    mine = {};
  }
  if (mine && typeof mine === "object" && "model" in mine) return obj;
  const { model: _added, ...rest } = params as Bag;
  return { ...obj, parameters: rest };
}

interface VersionEntry {
  id?: unknown;
  prompt_version?: unknown;
}

/** Makes `versionId` (or, when absent, the newest version) the default, unless it already is. */
async function makeDefault({ client }: Ctx, key: string, versionId: unknown, currentDefault: unknown): Promise<void> {
  const res = await client.get<Bag | VersionEntry[]>(path(key, "/versions"));
  // Portkey's documentation shows a bare array; its Terraform provider reads {data: [...]}.
  const entries = (Array.isArray(res) ? res : Array.isArray(res.data) ? res.data : []) as VersionEntry[];
  const newest = entries.reduce<VersionEntry | undefined>((a, e) => (!a || Number(e.prompt_version) > Number(a.prompt_version) ? e : a), undefined);
  const wanted = versionId ? entries.find((e) => e.id === versionId) : newest;
  if (!wanted || typeof wanted.prompt_version !== "number") throw new Error(`the versions list does not show version ${String(versionId ?? "newest")}`);
  if (wanted.prompt_version === currentDefault) return;
  await client.put(path(key, "/makeDefault"), { body: { version: wanted.prompt_version } });
}

export const hooks: ResourceHooks = {
  async create({ client }, body) {
    const { make_default: _local, ...rest } = body;
    return (await client.post<Bag>("/prompts", { body: rest })) ?? {};
  },
  async get({ client }, id, state) {
    const key = keyOf(id, state);
    let shown: Bag;
    try {
      shown = await client.get<Bag>(path(key));
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
    const defaultVersion = shown.prompt_version;
    // Without makeDefault the prompt tracks its latest version, wherever the default is.
    if (state.makeDefault === false) shown = await client.get<Bag>(path(key), { query: { version: "latest" } });
    return withoutAddedModel({ ...shown, default_version: defaultVersion }, state);
  },
  async update(ctx, id, body, olds, news) {
    const key = keyOf(id, olds);
    const versioned = versionChanged(olds, news);
    const { make_default: _local, ...rest } = body;
    const sent = versioned ? rest : Object.fromEntries(Object.entries(rest).filter(([k]) => METADATA.includes(k)));
    const res = (await ctx.client.put<Bag>(path(key), { body: sent })) ?? {};
    if (news.makeDefault === false) return;
    // Also after an update that made no version: an earlier one may have been left unfinished.
    try {
      await makeDefault(ctx, key, versioned ? res.prompt_version_id : undefined, olds.defaultVersion);
    } catch (err) {
      throw new UnfinishedUpdateError(`making its new version the default failed: ${(err as Error).message}`);
    }
  },
};
