// The native plugin's names: type tokens `aigov:<vendor>:<Type>` and invoke
// tokens `aigov:<vendor>:get<Type>`, all derived from the registry.
import { RESOURCES } from "../../spec";
import type { DataSourceSpec, ResourceSpec } from "../../spec/core/types";

export const PACKAGE = "aigov";

export function resourceToken(spec: ResourceSpec): string {
  return `${PACKAGE}:${spec.vendor}:${spec.name}`;
}

export function functionToken(spec: ResourceSpec, ds: DataSourceSpec): string {
  return `${PACKAGE}:${spec.vendor}:${ds.name}`;
}

/** The data sources the plugin serves: those held as data, and hand-written (`custom`) ones whose arguments and answer are described. */
export function servedSources(spec: ResourceSpec): DataSourceSpec[] {
  return (spec.dataSources ?? []).filter((d) => d.kind !== "custom" || d.served);
}

export function specOfToken(token: string): ResourceSpec | undefined {
  return RESOURCES.find((r) => resourceToken(r) === token);
}

export function sourceOfToken(token: string): { spec: ResourceSpec; ds: DataSourceSpec } | undefined {
  for (const spec of RESOURCES) for (const ds of servedSources(spec)) if (functionToken(spec, ds) === token) return { spec, ds };
  return undefined;
}
