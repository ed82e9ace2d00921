// Each resource's test table (tests/resources/<vendor>/<file>.ts): its
// lifecycle case and its bad-input rows. The shared runners loop over the
// registry and load the table of each resource, so none is forgotten.
import * as path from "path";
import type { ResourceSpec } from "../../spec/core/types";
import type { LifecycleCase } from "./lifecycle";

/** An invalid program: what is wrong, the args, the message expected at preview, and resource options. */
export type BadInput = [what: string, args: Record<string, unknown>, expected: RegExp, opts?: { import?: string }];

export interface ResourceTable {
  lifecycle: LifecycleCase;
  /** At least four per resource. */
  badInput: BadInput[];
}

export function tableOf(spec: ResourceSpec): ResourceTable {
  const file = path.join(__dirname, "..", "resources", spec.vendor, `${spec.file}.js`);
  return (require(file) as { table: ResourceTable }).table;
}
