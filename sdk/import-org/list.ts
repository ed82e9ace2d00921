// Lists every object of one resource type, derived from its description: the
// collection path (with `{parent}` placeholders filled from parent objects),
// the list data source's required filters (one listing per parent), its page
// size and the API's pagination. Each object is then read as the provider
// reads it, so the arguments are what a `read` or an adoption compares.
import type { ApiClient } from "../../provider/http";
import { listCollection } from "../../provider/core/list";
import { providerFor } from "../../provider/core/module";
import { fromWireObject } from "../../provider/core/wire";
import { ListSource, ParentRef, ResourceSpec, snake, wireName } from "../../spec/core/types";
import { ImportOrgError } from "./errors";
import { Bag, Found } from "./model";

/** One listing: a path, its query, and the fields it fixes for every object in it. */
interface Scope {
  path: string;
  query: Record<string, string>;
  fixed: Bag;
}

export interface ListOptions {
  /** Overrides the page size of page-numbered and cursor lists. */
  pageSize?: number;
}

function listSource(spec: ResourceSpec): ListSource | undefined {
  return spec.dataSources?.find((d): d is ListSource => d.kind === "list");
}

/** The parent a collection placeholder (`{integration}`) or a required filter (`workspaceId`) names. */
function parentFor(spec: ResourceSpec, name: string): ParentRef | undefined {
  return spec.parents?.find((p) => p.field === name || p.field === `${name}Id`);
}

/** The value that addresses a parent in a path or a filter: its path key. */
export function keyOfParent(parent: Found): string {
  return String(parent.props[parent.spec.api.pathKey] ?? parent.id);
}

/** Every listing the type needs: one, or one per parent object when the path or a required filter names a parent. */
export function scopesOf(spec: ResourceSpec, found: Found[]): Scope[] {
  let scopes: Scope[] = [{ path: spec.api.collection, query: {}, fixed: {} }];
  const placeholders = [...spec.api.collection.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const required = (listSource(spec)?.filters ?? []).filter((f) => f.required).map((f) => f.field);
  for (const name of [...placeholders, ...required]) {
    const ref = parentFor(spec, name);
    if (!ref) throw new ImportOrgError(`${spec.name}: cannot list it: "${name}" names no parent in its description`);
    const parents = found.filter((f) => f.spec.name === ref.resource);
    const inPath = placeholders.includes(name);
    const field = spec.fields[ref.field]!;
    scopes = scopes.flatMap((s) =>
      parents.map((p) => {
        const key = keyOfParent(p);
        const path = inPath ? s.path.replace(`{${name}}`, encodeURIComponent(key)) : s.path;
        const query = inPath ? s.query : { ...s.query, [wireName(ref.field, field)]: key };
        return { path, query, fixed: { ...s.fixed, [ref.field]: key } };
      }),
    );
  }
  return scopes;
}

async function listScope(client: ApiClient, spec: ResourceSpec, scope: Scope, opts: ListOptions): Promise<Bag[]> {
  const size = opts.pageSize ?? listSource(spec)?.pageSize ?? 100;
  return listCollection(client, spec, scope.query, scope.path, size);
}

/** The import id: each part from the object, a part the listing cannot name taken from the entry's own id. */
export function importIdOf(spec: ResourceSpec, id: string, values: Bag): string {
  return spec.importId.parts.map((p) => String(p === "id" ? id : (values[p] ?? id))).join(spec.importId.separator ?? "");
}

/** The state a read starts from: the fields the listing fixes and shows, sub-resources asked for at their defaults. */
function stateOf(spec: ResourceSpec, raw: Bag, scope: Scope): { id: string; state: Bag } {
  const id = String(raw.id ?? raw[snake(spec.api.pathKey)] ?? "");
  const state: Bag = { ...fromWireObject(spec, raw), ...scope.fixed };
  // An import id part the entry does not carry is the entry's id (the access list names workspaces by `id`).
  for (const part of spec.importId.parts) if (part !== "id" && state[part] === undefined) state[part] = id;
  for (const [k, f] of Object.entries(spec.fields)) if (f.endpoint && state[k] === undefined && f.default !== undefined) state[k] = f.default;
  return { id, state };
}

/** Every object of a type the API has, each read as the provider reads it; objects the read finds gone are left out. */
export async function listType(client: ApiClient, spec: ResourceSpec, found: Found[], opts: ListOptions = {}, onObject?: () => void): Promise<Found[]> {
  const provider = providerFor(spec);
  const out: Found[] = [];
  for (const scope of scopesOf(spec, found)) {
    const listed = await listScope(client, spec, scope, opts).catch((err: Error) => {
      throw new ImportOrgError(`${spec.name}: listing ${scope.path} failed: ${err.message}`);
    });
    const reads = await inParallel(listed, READS_AT_ONCE, async (raw): Promise<Found | undefined> => {
      const { id, state } = stateOf(spec, raw, scope);
      const read = (await provider.read!(id, state)) as { id?: string; props?: Bag; inputs?: Bag };
      if (!read.props || Object.keys(read.props).length === 0) return undefined;
      const props = { ...state, ...read.props };
      onObject?.();
      return { spec, id, importId: importIdOf(spec, id, props), inputs: read.inputs ?? {}, props };
    });
    out.push(...reads.filter((f): f is Found => f !== undefined));
  }
  return out;
}

/** Item reads in flight at once: a large organisation reads in minutes, and the HTTP core slows down on 429s. */
const READS_AT_ONCE = 4;

/** `fn` over `items`, at most `limit` at a time, results in the items' order. */
export async function inParallel<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
