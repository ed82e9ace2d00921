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

/** A TypeScript expression of a value the schema accepts. */
export function sample(schema: Schema): string {
  if (Array.isArray(schema.enum)) return JSON.stringify(schema.enum[0]);
  if ("const" in schema) return JSON.stringify(schema.const);
  for (const k of ["anyOf", "oneOf"]) if (Array.isArray(schema[k])) return sample((schema[k] as Schema[])[0]!);
  switch (schema.type) {
    case "number":
    case "integer":
      return "1";
    case "boolean":
      return "true";
    case "array":
      return `[${sample((schema.items ?? {}) as Schema)}]`;
    case "string":
      return '"x"';
  }
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  if (schema.type === "object" || schema.properties) {
    const required = (schema.required ?? []) as string[];
    return `{ ${required.map((k) => `${JSON.stringify(k)}: ${sample(props[k] ?? {})}`).join(", ")} }`;
  }
  return '"x"';
}

/** A field name with its last letter doubled, e.g. `namee`: a misspelling no resource has. */
export function misspelled(spec: ResourceSpec): string {
  const first = inputFields(spec)[0]![0];
  const typo = first + first[first.length - 1];
  return typo in spec.fields ? first[0] + first : typo;
}

function args(entries: [string, Schema][]): string {
  return `{ ${entries.map(([k, s]) => `${k}: ${sample(s)}`).join(", ")} }`;
}

/** The program's source and its cases, for every resource given. */
export function program(specs: readonly ResourceSpec[], sdkPath: string): { source: string; cases: Case[] } {
  const lines = [`import * as sdk from ${JSON.stringify(sdkPath)};`, ""];
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
  }
  return { source: lines.join("\n") + "\n", cases };
}
