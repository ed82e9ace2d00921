// Values the program cannot be given from the API: secrets and write-only
// fields. Each becomes a stack config value the user sets. Whether an object
// needs one follows from the description: the field is required, or required
// by a rule the object's values meet; a rule that forbids it leaves it out.
import type { FieldSpec, ResourceSpec } from "../../spec/core/types";
import type { Bag } from "./model";
import { configKey } from "./naming";

export interface Placeholder {
  /** The stack config key, e.g. `integrationOpenaiProdKey`. */
  key: string;
  field: string;
  resourceType: string;
  resourceName: string;
  required: boolean;
  secret: boolean;
  doc: string;
}

function rulesMet(spec: ResourceSpec, inputs: Bag) {
  return (spec.rules ?? []).filter((r) => Object.entries(r.when).every(([k, v]) => inputs[k] === v));
}

/** `required`, `optional`, or `forbidden` by a rule the object meets. */
export function need(spec: ResourceSpec, key: string, field: FieldSpec, inputs: Bag): "required" | "optional" | "forbidden" {
  const rules = rulesMet(spec, inputs);
  if (rules.some((r) => (r.schema.properties as Record<string, unknown> | undefined)?.[key] === false)) return "forbidden";
  if (field.required || rules.some((r) => ((r.schema.required as string[] | undefined) ?? []).includes(key))) return "required";
  return "optional";
}

export function placeholdersOf(spec: ResourceSpec, inputs: Bag, variable: string, resourceName: string): Placeholder[] {
  return Object.entries(spec.fields).flatMap(([field, f]) => {
    if (f.output || !(f.secret || f.writeOnly)) return [];
    const n = need(spec, field, f, inputs);
    if (n === "forbidden") return [];
    return [{ key: configKey(variable, field), field, resourceType: spec.name, resourceName, required: n === "required", secret: !!f.secret, doc: f.doc }];
  });
}

/** The expression reading a placeholder from stack config. */
export function configRead(p: Placeholder): string {
  const fn = p.secret ? (p.required ? "requireSecret" : "getSecret") : p.required ? "require" : "get";
  return `config.${fn}(${JSON.stringify(p.key)})`;
}
