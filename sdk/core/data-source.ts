// What the generated data sources run in the program: the provider core's
// lookup and list (provider/core/data-source.ts) with the program's client.
import * as pulumi from "@pulumi/pulumi";
import type { ResourceSpec } from "../../spec/core/types";
import { listWith, lookupWith } from "../../provider/core/data-source";
import { programClient } from "./client";

export { DataSourceError, fromApi } from "../../provider/core/data-source";

type Args = Record<string, unknown>;

/** Runs the lookup `name` of the description: one GET of its path, arguments not in the path as query parameters. */
export function lookup<T>(spec: ResourceSpec, name: string, args: Args): Promise<T> {
  return lookupWith<T>(programClient(spec.vendor), spec, name, args);
}

/** Runs the list `name` of the description: every page of the collection, filters as query parameters. */
export function list<T, K extends string>(spec: ResourceSpec, name: string, args: Args = {}): Promise<Record<K, T[]>> {
  return listWith<T, K>(programClient(spec.vendor), spec, name, args);
}

/** The Output form of a data source: its args may be Outputs. */
export function outputOf<A, R>(fn: (args: A) => Promise<R>) {
  return (args: pulumi.Inputs | A): pulumi.Output<R> => pulumi.output(args as pulumi.Input<object>).apply((a) => fn(a as A)) as pulumi.Output<R>;
}
