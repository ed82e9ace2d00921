// What every native resource class does with its args, derived from the
// resource description: secret inputs are wrapped as secrets, output-only
// keys are declared, and a slug the provider derives gets its stable seed.
// Unlike the dynamic classes, `import` stays an engine option: the plugin
// serves the engine's own import.
import * as pulumi from "@pulumi/pulumi";
import { ResourceSpec, secretFields } from "../../spec/core/types";
import { SEED_KEY } from "../../provider/core/keys";
import { noteOverlaps } from "../core/overlaps";

export interface NativePrepared {
  props: pulumi.Inputs;
  opts: pulumi.CustomResourceOptions;
}

export function nativeProps(spec: ResourceSpec, name: string, args: object | undefined, opts: pulumi.CustomResourceOptions = {}): NativePrepared {
  const given = (args ?? {}) as Record<string, unknown>;
  const props: pulumi.Inputs = {};
  for (const [key, field] of Object.entries(spec.fields)) {
    const value = given[key];
    props[key] = field.secret && value !== undefined ? pulumi.secret(value) : value;
  }
  // Unknown arguments travel on, so that `check` names them instead of dropping them.
  for (const [key, value] of Object.entries(given)) if (!(key in spec.fields)) props[key] = value;
  if (spec.autoSlug) props[SEED_KEY] = `${pulumi.getProject()}/${pulumi.getStack()}/${spec.vendor}:${spec.name}/${name}`;
  noteOverlaps(spec, name, given, props[SEED_KEY]);
  const secrets = secretFields(spec);
  return { props, opts: secrets.length ? { ...opts, additionalSecretOutputs: [...(opts.additionalSecretOutputs ?? []), ...secrets] } : opts };
}

/** Provider arguments: secret settings wrapped as secrets. */
export function providerProps(args: Record<string, unknown> | undefined, secrets: string[]): pulumi.Inputs {
  const props: pulumi.Inputs = {};
  for (const [key, value] of Object.entries(args ?? {})) props[key] = secrets.includes(key) && value !== undefined ? pulumi.secret(value) : value;
  return props;
}
