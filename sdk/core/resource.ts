// What every SDK resource class does with its args, derived from the resource
// description: secret inputs are wrapped as secrets, outputs are declared, and
// the `import` option becomes an adoption the provider performs.
import * as pulumi from "@pulumi/pulumi";
import { IMPORT_KEY, ResourceSpec, secretFields, SEED_KEY } from "../../provider/core/spec";

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
    props[key] = field.secret && value !== undefined ? pulumi.secret(value) : value;
  }
  // Unknown arguments travel on, so that `check` names them instead of dropping them.
  for (const [key, value] of Object.entries(given)) if (!(key in spec.fields)) props[key] = value;
  // What a client-chosen slug derives from: stable across runs of this stack.
  if (spec.autoSlug) props[SEED_KEY] = `${pulumi.getProject()}/${pulumi.getStack()}/${spec.vendor}:${spec.name}/${name}`;
  const { import: importId, ...rest } = opts;
  // The engine cannot import dynamic resources; the provider adopts instead.
  if (importId !== undefined) props[IMPORT_KEY] = importId;
  const secrets = secretFields(spec);
  return {
    props,
    opts: secrets.length
      ? { ...rest, additionalSecretOutputs: [...(rest.additionalSecretOutputs ?? []), ...secrets] }
      : rest,
  };
}
