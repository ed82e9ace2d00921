// Versioned templates (Portkey prompts and prompt partials). A PUT that changes the
// content makes a new version that Portkey does not make the default; unless
// `makeDefault` is false, the new version is looked up by id in the versions
// list and made the default by its number (numbers can have gaps). Without
// makeDefault the object tracks its latest version, wherever the default is.
import { isNotFound } from "../http/errors";
import { UnfinishedUpdateError } from "./errors";
import { sameValue } from "./normalize";
import type { Ctx, ResourceHooks } from "./steps/parts";
import { itemPath } from "./steps/rest";
import type { Bag } from "./wire";
import type { ResourceSpec } from "../../spec/core/types";

/** How one kind of versioned template names its versions on the wire. */
export interface Versioning {
  spec: ResourceSpec;
  /** Input fields whose change makes a new version. */
  versioned: string[];
  /** Wire fields a PUT that makes no version may carry. */
  metadata: string[];
  /** In a versions-list entry: the version's id and its number. */
  entryId: string;
  entryNumber: string;
  /** In a PUT's answer: the new version's id. */
  answerId: string;
  /** In a GET: the number of the version shown. */
  shownNumber: string;
  /** Adjusts a fetched object (a prompt's GET adds the model inside its parameters). */
  afterFetch?(obj: Bag, state: Bag): Bag;
}

const keyOf = (id: string, state: Bag) => String(state.slug ?? id);

function versionChanged(v: Versioning, olds: Bag, news: Bag): boolean {
  return v.versioned.some((k) => {
    const f = v.spec.fields[k]!;
    return !sameValue(f, olds[k] ?? f.default, news[k] ?? f.default);
  });
}

/** The list's entries: Portkey's documentation shows a bare array, its Terraform provider reads {data: [...]}. */
function entriesOf(res: Bag | Bag[]): Bag[] {
  return (Array.isArray(res) ? res : Array.isArray(res.data) ? res.data : []) as Bag[];
}

/** Makes `versionId` (or, when absent, the newest version) the default, unless it already is. */
async function makeDefault(v: Versioning, { client }: Ctx, key: string, versionId: unknown, currentDefault: unknown): Promise<void> {
  const path = itemPath(v.spec, key);
  const entries = entriesOf(await client.get<Bag | Bag[]>(`${path}/versions`));
  // A number may arrive as text (the OpenAPI types a partial's version as a string).
  const num = (e: Bag | undefined) => (e === undefined || e[v.entryNumber] === undefined ? NaN : Number(e[v.entryNumber]));
  const newest = entries.reduce<Bag | undefined>((a, e) => (!a || num(e) > num(a) ? e : a), undefined);
  const wanted = versionId ? entries.find((e) => e[v.entryId] === versionId) : newest;
  const number = num(wanted);
  if (!Number.isInteger(number)) throw new Error(`the versions list does not show version ${String(versionId ?? "newest")}`);
  if (number === currentDefault) return;
  await client.put(`${path}/makeDefault`, { body: { version: number } });
}

/** The hooks of a versioned template: create, get and update; delete is the REST default. */
export function versionedHooks(v: Versioning): ResourceHooks {
  const { spec } = v;
  return {
    async create({ client }, body) {
      const { make_default: _local, ...rest } = body;
      return (await client.post<Bag>(spec.api.collection, { body: rest })) ?? {};
    },
    async get({ client }, id, state) {
      const path = itemPath(spec, keyOf(id, state));
      let shown: Bag;
      try {
        shown = await client.get<Bag>(path);
      } catch (err) {
        if (isNotFound(err)) return undefined;
        throw err;
      }
      const defaultVersion = shown[v.shownNumber];
      if (state.makeDefault === false) shown = await client.get<Bag>(path, { query: { version: "latest" } });
      const obj = { ...shown, default_version: defaultVersion };
      return v.afterFetch ? v.afterFetch(obj, state) : obj;
    },
    async update(ctx, id, body, olds, news) {
      const key = keyOf(id, olds);
      const versioned = versionChanged(v, olds, news);
      const { make_default: _local, ...rest } = body;
      const sent = versioned ? rest : Object.fromEntries(Object.entries(rest).filter(([k]) => v.metadata.includes(k)));
      const res = (await ctx.client.put<Bag>(itemPath(spec, key), { body: sent })) ?? {};
      if (news.makeDefault === false) return;
      // Also after an update that made no version: an earlier one may have been left unfinished.
      try {
        await makeDefault(v, ctx, key, versioned ? res[v.answerId] : undefined, olds.defaultVersion);
      } catch (err) {
        throw new UnfinishedUpdateError(`making its new version the default failed: ${(err as Error).message}`);
      }
    },
  };
}
