// The dynamic provider of each resource: its description from the registry,
// plus its quirk hooks where `provider/<vendor>/<file>.ts` has any. The build
// writes one module per resource whose exports are this object, so the
// serialized provider is a one-line `require` of the installed package.
import * as fs from "fs";
import * as path from "path";
import { RESOURCES } from "../../spec";
import type { ResourceSpec } from "../../spec/core/types";
import { defineResource, ProviderModule, ResourceHooks } from "./resource";

const built = new Map<string, ProviderModule>();

function hooksOf(spec: ResourceSpec): ResourceHooks {
  const file = path.join(__dirname, "..", spec.vendor, `${spec.file}.js`);
  return fs.existsSync(file) ? (require(file) as { hooks: ResourceHooks }).hooks : {};
}

/** The provider for one resource, built once per process. */
export function providerFor(spec: ResourceSpec): ProviderModule {
  const key = `${spec.vendor}/${spec.file}`;
  let m = built.get(key);
  if (!m) built.set(key, (m = defineResource(spec, hooksOf(spec))));
  return m;
}

/** The provider by vendor and file name: what each built shim module exports. */
export function providerModule(vendor: string, file: string): ProviderModule {
  const spec = RESOURCES.find((r) => r.vendor === vendor && r.file === file);
  if (!spec) throw new Error(`no resource ${vendor}/${file} in the registry`);
  return providerFor(spec);
}

/** Where the build puts a resource's shim module, relative to dist/provider. */
export function shimPath(spec: ResourceSpec): string {
  return path.join("shims", spec.vendor, `${spec.file}.js`);
}
