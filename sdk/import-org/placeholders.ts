// Values the program cannot be given from the API: secrets and write-only
// fields. Each becomes a stack config value the user sets. Whether an object
// needs one follows from the description: the field is required, or required
// by a rule the object's values meet; a rule that forbids it leaves it out, and
// so does an optional value only a create takes (an invite's scopes): set on
// an adopted object, it could only replace it.
import type { FieldSpec, ResourceSpec, Schema } from "../../spec/core/types";
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
  /** What the value must hold for this object, from the rules it meets (`splunk takes credentials {"token": ...}`). */
  hint?: string;
  /** The TypeScript type of a value that is not text (`string[]`, `boolean`): read from config as JSON. */
  type?: string;
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

/** The docs of the rules the object meets that shape the field's value. */
function hintFor(spec: ResourceSpec, key: string, inputs: Bag): string | undefined {
  const shaping = rulesMet(spec, inputs).filter((r) => (r.schema.properties as Record<string, unknown> | undefined)?.[key]);
  return shaping.length ? shaping.map((r) => r.doc).join("; ") : undefined;
}

/** The TypeScript type of a schema's values, for a config read of JSON. */
export function tsType(schema: Schema): string {
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (schema.type === "string") return "string";
  if (schema.type === "number" || schema.type === "integer") return "number";
  if (schema.type === "boolean") return "boolean";
  if (schema.type === "array") {
    const item = tsType((schema.items ?? {}) as Schema);
    return /[ |]/.test(item) ? `(${item})[]` : `${item}[]`;
  }
  return "Record<string, unknown>";
}

/** Whether a write-only value can only be given at create: set on an adopted object, it would replace it. */
const createOnlyValue = (f: FieldSpec) => !f.secret && (f.replaceOnChange || f.createOnly);

export function placeholdersOf(spec: ResourceSpec, inputs: Bag, variable: string, resourceName: string): Placeholder[] {
  return Object.entries(spec.fields).flatMap(([field, f]) => {
    if (f.output || !(f.secret || f.writeOnly)) return [];
    const n = need(spec, field, f, inputs);
    if (n === "forbidden" || (n === "optional" && createOnlyValue(f))) return [];
    const hint = hintFor(spec, field, inputs);
    const type = f.json || f.schema.type === "string" ? undefined : tsType(f.schema);
    const p: Placeholder = {
      key: configKey(variable, field),
      field,
      resourceType: spec.name,
      resourceName,
      required: n === "required",
      secret: !!f.secret,
      doc: f.doc,
    };
    return [{ ...p, ...(hint ? { hint } : {}), ...(type ? { type } : {}) }];
  });
}

/** The expression reading a placeholder from stack config: text as it is, other values as JSON of their type. */
export function configRead(p: Placeholder): string {
  const fn = p.secret ? (p.required ? "requireSecret" : "getSecret") : p.required ? "require" : "get";
  return p.type ? `config.${fn}Object<${p.type}>(${JSON.stringify(p.key)})` : `config.${fn}(${JSON.stringify(p.key)})`;
}
