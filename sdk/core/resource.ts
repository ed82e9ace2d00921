// What every SDK resource class does with its args, derived from the resource
// description: secret inputs are wrapped as secrets, outputs are declared, and
// the `import` option becomes an adoption the provider performs.
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import { shimPath } from "../../provider/core/module";
import type { ProviderModule } from "../../provider/core/resource";
import { ResourceSpec, secretFields } from "../../spec/core/types";
import { IMPORT_KEY, SECRET_INPUTS_KEY, SEED_KEY } from "../../provider/core/keys";
import { TOO_DEEP, tooDeep } from "../../provider/core/structure";
import { noteOverlaps } from "./overlaps";

export interface Prepared {
  props: Record<string, unknown>;
  opts: pulumi.CustomResourceOptions;
}

export function prepare(spec: ResourceSpec, name: string, args: object | undefined, opts: pulumi.CustomResourceOptions = {}): Prepared {
  const given = (args ?? {}) as Record<string, unknown>;
  // Output-only keys must be present (as undefined) for the engine to resolve them.
  const props: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(spec.fields)) {
    const value = given[key];
    // Pulumi's serializer recurses: a value 2,000 levels deep would overflow it before `check` could name it.
    const sendable = tooDeep(value) ? TOO_DEEP : value;
    props[key] = field.secret && sendable !== undefined ? pulumi.secret(sendable) : sendable;
  }
  // Unknown arguments travel on, so that `check` names them instead of dropping them.
  for (const [key, value] of Object.entries(given)) if (!(key in spec.fields)) props[key] = tooDeep(value) ? TOO_DEEP : value;
  // From props, not args: a value too deep is already the marker there, and walking it would overflow.
  const arrived = secretInputs(spec, props);
  if (arrived) props[SECRET_INPUTS_KEY] = arrived;
  // What a client-chosen slug or an ownership marker derives from: stable across runs of this stack.
  if (spec.autoSlug || spec.ownerMarker) props[SEED_KEY] = `${pulumi.getProject()}/${pulumi.getStack()}/${spec.vendor}:${spec.name}/${name}`;
  noteOverlaps(spec, name, given, props[SEED_KEY]);
  const { import: importId, ...rest } = opts;
  // The engine cannot import dynamic resources; the provider adopts instead.
  if (importId !== undefined) props[IMPORT_KEY] = importId;
  const secrets = secretFields(spec);
  return {
    props,
    opts: secrets.length ? { ...rest, additionalSecretOutputs: [...(rest.additionalSecretOutputs ?? []), ...secrets] } : rest,
  };
}

/**
 * The names of the arguments that are Pulumi secrets, or hold one, and that
 * the description does not declare secret. The dynamic provider receives every
 * value in plaintext, so this list is how its `check` knows never to echo them.
 * Undefined when no argument could be one (plain strings and numbers).
 */
function secretInputs(spec: ResourceSpec, given: Record<string, unknown>): pulumi.Output<string[]> | undefined {
  const maybe = Object.entries(given).filter(([k, v]) => !spec.fields[k]?.secret && v !== null && (typeof v === "object" || typeof v === "function"));
  if (!maybe.length) return undefined;
  const flags = Promise.all(maybe.map(async ([k, v]) => ((await pulumi.isSecret(pulumi.output(v as object))) ? [k] : [])));
  return pulumi.output(flags.then((f) => f.flat()));
}

/**
 * The dynamic provider of a resource: the build's shim module, whose exports are
 * the provider, so that the engine records a `require` of it rather than its code.
 */
export function providerOf(spec: ResourceSpec): ProviderModule {
  return require(path.join(__dirname, "..", "..", "provider", shimPath(spec))) as ProviderModule;
}
