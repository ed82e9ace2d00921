// What the generated data sources run: the description's `dataSources` entry
// says which path and query a lookup or a list takes, and the API's objects are
// mapped to the SDK's camelCase names through the resource description.
import * as pulumi from "@pulumi/pulumi";
import { ListSource, LookupSource, ResourceSpec, snake, wireName } from "../../spec/core/types";
import { listAll, listByCursor } from "../../provider/core/list";
import { segment } from "../../provider/http/path";
import { Bag, fromWireObject } from "../../provider/core/wire";
import { programClient } from "./client";

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
export async function lookup<T>(spec: ResourceSpec, name: string, args: Args): Promise<T> {
  const ds = sourceOf(spec, name, "lookup");
  const template = ds.path ?? spec.api.item.replace("{key}", `{${ds.by[0]}}`);
  const inPath = new Set<string>();
  const path = template.replace(/\{(\w+)\}/g, (_, arg: string) => {
    inPath.add(arg);
    return segment(args[arg], `${name}: ${arg}`);
  });
  const rest = ds.by.filter((a) => !inPath.has(a));
  const query: Query | undefined = rest.length ? Object.fromEntries(rest.map((a) => [paramName(spec, a), args[a] as Query[string]])) : undefined;
  const obj = await programClient(spec.vendor).get<Bag>(path, query ? { query } : undefined);
  return fromApi<T>(spec, obj);
}

/** Runs the list `name` of the description: every page of the collection, filters as query parameters. */
export async function list<T, K extends string>(spec: ResourceSpec, name: string, args: Args = {}): Promise<Record<K, T[]>> {
  const ds = sourceOf(spec, name, "list");
  const query: Query = Object.fromEntries((ds.filters ?? []).map((f) => [paramName(spec, f.field), args[f.field] as Query[string]]));
  const client = programClient(spec.vendor);
  const items =
    spec.api.pagination === "cursor"
      ? await listByCursor(client, spec.api.collection, query, spec.api.listKey)
      : await listAll(client, spec.api.collection, query, spec.api.listKey, ds.pageSize);
  return { [ds.resultKey]: items.map((o) => fromApi<T>(spec, o)) } as Record<K, T[]>;
}

/** The Output form of a data source: its args may be Outputs. */
export function outputOf<A, R>(fn: (args: A) => Promise<R>) {
  return (args: pulumi.Inputs | A): pulumi.Output<R> =>
    pulumi.output(args as pulumi.Input<object>).apply((a) => fn(a as A)) as pulumi.Output<R>;
}
