// What a data source runs, given a client: the description's `dataSources`
// entry says which path and query a lookup or a list takes, and the API's
// objects are mapped to the SDK's camelCase names through the description.
// The SDK runs these in the program (dynamic hosting); the native plugin runs
// them as invokes.
import type { ApiClient } from "../http/client";
import { DataSourceSpec, ListSource, LookupSource, ResourceSpec, snake, wireName } from "../../spec/core/types";
import { segment } from "../http/path";
import { CUSTOM_SOURCES } from "./custom-sources";
import { isUuid } from "./ids";
import { listCollection } from "./list";
import { Bag, fromWireObject } from "./wire";

type Query = Record<string, string | number | boolean | undefined>;
type Args = Record<string, unknown>;

/** A data source the description does not hold, or of another kind than asked: a generator or registry mistake. */
export class DataSourceError extends Error {
  constructor(spec: ResourceSpec, name: string, kind: string) {
    super(`${spec.vendor}:${spec.name} has no ${kind} data source named ${name}`);
    this.name = "DataSourceError";
  }
}

/** One object in the SDK's names, with its `id`. */
export function fromApi<T>(spec: ResourceSpec, obj: Bag): T {
  return { id: obj.id, ...fromWireObject(spec, obj) } as T;
}

function sourceOf<K extends "lookup" | "list">(spec: ResourceSpec, name: string, kind: K): Extract<LookupSource | ListSource, { kind: K }> {
  const ds = spec.dataSources?.find((d) => d.name === name);
  if (!ds || ds.kind !== kind) throw new DataSourceError(spec, name, kind);
  return ds as Extract<LookupSource | ListSource, { kind: K }>;
}

/** The query parameter an argument travels as: the field's wire name, or snake_case for `id`. */
function paramName(spec: ResourceSpec, arg: string): string {
  const field = spec.fields[arg];
  return field ? wireName(arg, field) : snake(arg);
}

/** Runs the lookup `name` of the description: one GET of its path, arguments not in the path as query parameters. */
export async function lookupWith<T>(client: ApiClient, spec: ResourceSpec, name: string, args: Args): Promise<T> {
  const ds = sourceOf(spec, name, "lookup");
  const template = ds.path ?? spec.api.item.replace("{key}", `{${ds.by[0]}}`);
  const inPath = new Set<string>();
  const path = template.replace(/\{(\w+)\}/g, (_, arg: string) => {
    inPath.add(arg);
    return segment(args[arg], `${name}: ${arg}`);
  });
  // Optional arguments left out are not sent (the client drops undefined query values).
  const rest = [...ds.by, ...(ds.optional ?? [])].filter((a) => !inPath.has(a));
  const query: Query | undefined = rest.length ? Object.fromEntries(rest.map((a) => [paramName(spec, a), args[a] as Query[string]])) : undefined;
  const obj = await client.get<Bag>(path, query ? { query } : undefined);
  return fromApi<T>(spec, obj);
}

/** Runs the list `name` of the description: every page of the collection, filters as query parameters. */
export async function listWith<T, K extends string>(client: ApiClient, spec: ResourceSpec, name: string, args: Args = {}): Promise<Record<K, T[]>> {
  const ds = sourceOf(spec, name, "list");
  // Filters the path names (a parent's id) go in the path, the others in the query.
  const inPath = new Set<string>();
  const path = (ds.path ?? spec.api.collection).replace(/\{(\w+)\}/g, (_, arg: string) => {
    inPath.add(arg);
    return segment(args[arg], `${name}: ${arg}`);
  });
  const filters = (ds.filters ?? []).filter((f) => !inPath.has(f.field));
  const query: Query = Object.fromEntries(filters.map((f) => [paramName(spec, f.field), args[f.field] as Query[string]]));
  if (spec.api.workspaceFilter === "uuid") query.workspace_id = await workspaceUuid(client, query.workspace_id);
  const items = await listCollection(client, spec, query, path, spec.api.pagination === "cursor" ? undefined : ds.pageSize);
  return { [ds.resultKey]: items.map((o) => fromApi<T>(spec, o)) } as Record<K, T[]>;
}

/** A workspace filter that matches only UUIDs: a slug is resolved to its workspace's UUID first. */
async function workspaceUuid(client: ApiClient, given: Query[string]): Promise<Query[string]> {
  if (typeof given !== "string" || isUuid(given)) return given;
  const ws = await client.get<Bag>(`/admin/workspaces/${segment(given, "workspaceId")}`);
  return typeof ws.id === "string" ? ws.id : given;
}

/** Runs any data source of the description; a `custom` one runs its hand-written code. */
export function runDataSource(client: ApiClient, spec: ResourceSpec, ds: DataSourceSpec, args: Args): Promise<unknown> {
  if (ds.kind === "lookup") return lookupWith(client, spec, ds.name, args);
  if (ds.kind === "list") return listWith(client, spec, ds.name, args);
  const run = CUSTOM_SOURCES[ds.name];
  if (!run) throw new DataSourceError(spec, ds.name, "hand-written");
  return run(client, args);
}
