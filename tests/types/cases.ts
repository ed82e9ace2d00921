// TypeScript programs that construct each resource of the registry, right and
// wrong, for the type test: one line per construction, so that a compiler error
// can be told apart by its line.
import { inputFields, ResourceSpec, Schema } from "../../spec/core/types";

export interface Case {
  resource: string;
  /** What the case checks, for the test's name. */
  label: string;
  /** Text the compiler's error at this line must match; undefined when the line must compile. */
  error?: RegExp;
  line: number;
}

const same = (text: string) => text;

/** A TypeScript expression of a value the schema accepts; `leaf` wraps each scalar (in an Output, for one case). */
export function sample(schema: Schema, leaf: (text: string) => string = same): string {
  if (Array.isArray(schema.enum)) return leaf(JSON.stringify(schema.enum[0]));
  if ("const" in schema) return leaf(JSON.stringify(schema.const));
  for (const k of ["anyOf", "oneOf"]) if (Array.isArray(schema[k])) return sample((schema[k] as Schema[])[0]!, leaf);
  switch (schema.type) {
    case "number":
    case "integer":
      return leaf("1");
    case "boolean":
      return leaf("true");
    case "array":
      return `[${sample((schema.items ?? {}) as Schema, leaf)}]`;
    case "string":
      return leaf('"x"');
  }
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  if (schema.type === "object" || schema.properties) {
    const required = (schema.required ?? []) as string[];
    return `{ ${required.map((k) => `${JSON.stringify(k)}: ${sample(props[k] ?? {}, leaf)}`).join(", ")} }`;
  }
  return leaf('"x"');
}

/** Whether a field's value has parts of its own that a program may fill with Outputs. */
const structured = (schema: Schema) => (schema.type === "array" && !!(schema.items as Schema | undefined)?.properties) || !!schema.properties;

/** A field name with its last letter doubled, e.g. `namee`: a misspelling no resource has. */
export function misspelled(spec: ResourceSpec): string {
  const first = inputFields(spec)[0]![0];
  const typo = first + first[first.length - 1];
  return typo in spec.fields ? first[0] + first : typo;
}

function args(entries: [string, Schema][], leaf?: (text: string) => string): string {
  return `{ ${entries.map(([k, s]) => `${k}: ${sample(s, leaf)}`).join(", ")} }`;
}

/** The program's source and its cases, for every resource given. */
export function program(specs: readonly ResourceSpec[], sdkPath: string): { source: string; cases: Case[] } {
  const lines = [`import * as pulumi from "@pulumi/pulumi";`, `import * as sdk from ${JSON.stringify(sdkPath)};`, ""];
  const cases: Case[] = [];
  const add = (spec: ResourceSpec, label: string, argText: string, error?: RegExp) => {
    lines.push(`new sdk.${spec.vendor}.${spec.name}("r", ${argText});`);
    cases.push({ resource: `${spec.vendor}.${spec.name}`, label, error, line: lines.length });
  };
  for (const spec of specs) {
    const required = inputFields(spec)
      .filter(([, f]) => f.required)
      .map(([k, f]): [string, Schema] => [k, f.schema]);
    for (const [key] of required) {
      add(spec, `without ${key} does not compile`, args(required.filter(([k]) => k !== key)), new RegExp(`Property '${key}' is missing`));
    }
    const typo = misspelled(spec);
    add(
      spec,
      `with a misspelled ${typo} does not compile`,
      args([...required, [typo, { type: "string" }]]),
      new RegExp(`Object literal may only specify known properties.*'${typo}'`),
    );
    add(spec, "with every required argument compiles", args(required));
    // As in Pulumi's own SDKs, a part of an argument may be another resource's output.
    const nested = inputFields(spec).filter(([k, f]) => structured(f.schema) && !required.some(([r]) => r === k));
    if (nested.length || required.some(([, sc]) => structured(sc))) {
      const entries = [...required, ...nested.map(([k, f]): [string, Schema] => [k, f.schema])];
      add(
        spec,
        "with an Output in every part of its structured arguments compiles",
        args(entries, (t) => `pulumi.output(${t})`),
      );
    }
  }
  return { source: lines.join("\n") + "\n", cases };
}
