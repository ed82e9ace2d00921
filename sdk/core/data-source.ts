// Shared shape of data sources: fetch one object or a list and map it to the
// SDK's camelCase names through the resource description.
import * as pulumi from "@pulumi/pulumi";
import { ResourceSpec } from "../../spec/core/types";
import { listAll, listCollection } from "../../provider/core/list";
import { Bag, fromWireObject } from "../../provider/core/wire";
import { programClient } from "./client";

type Query = Record<string, string | number | boolean | undefined>;

/** One object in the SDK's names, with its `id`. */
export function fromApi<T>(spec: ResourceSpec, obj: Bag): T {
  return { id: obj.id, ...fromWireObject(spec, obj) } as T;
}

export async function fetchOne<T>(spec: ResourceSpec, path: string, query?: Query, adjust?: (o: Bag) => Bag): Promise<T> {
  const obj = await programClient(spec.vendor).get<Bag>(path, query ? { query } : undefined);
  return fromApi<T>(spec, adjust ? adjust(obj) : obj);
}

/** Every page of a list endpoint. */
export function fetchAll(spec: ResourceSpec, path: string, query: Query = {}, listKey = "data", pageSize = 100): Promise<Bag[]> {
  return listAll(programClient(spec.vendor), path, query, listKey, pageSize);
}

/** The Output form of a data source: its args may be Outputs. */
export function outputOf<A, R>(fn: (args: A) => Promise<R>) {
  return (args: pulumi.Inputs | A): pulumi.Output<R> =>
    pulumi.output(args as pulumi.Input<object>).apply((a) => fn(a as A)) as pulumi.Output<R>;
}

/**
 * Data sources of a resource addressed by id alone (Toktra's): one object by
 * id, and every object of its collection under `listName`, paged as its API pages.
 */
export function byIdSources<T, K extends string>(spec: ResourceSpec, listName: K) {
  const one = (args: { id: string }): Promise<T> => fetchOne<T>(spec, spec.api.item.replace("{key}", encodeURIComponent(args.id)));
  const all = async (): Promise<Record<K, T[]>> => {
    const items = await listCollection(programClient(spec.vendor), spec);
    return { [listName]: items.map((o) => fromApi<T>(spec, o)) } as Record<K, T[]>;
  };
  return { one, oneOutput: outputOf(one), all, allOutput: (): pulumi.Output<Record<K, T[]>> => pulumi.output(all()) as pulumi.Output<Record<K, T[]>> };
}
