// Mapping between the user's camelCase fields and the API's snake_case wire
// bodies, derived from the resource description.
import { unmarked } from "./marker";
import { camel, FieldSpec, inputFields, ResourceRule, ResourceSpec, Schema, snake, wireName } from "../../spec/core/types";

export type Bag = Record<string, unknown>;

export function mapKeys(value: unknown, fn: (k: string) => string): unknown {
  if (Array.isArray(value)) return value.map((v) => mapKeys(v, fn));
  if (value && typeof value === "object") {
    const out: Bag = {};
    for (const [k, v] of Object.entries(value)) out[fn(k)] = mapKeys(v, fn);
    return out;
  }
  return value;
}

/** A JSON field's value as data: JSON strings are parsed, objects pass through. */
export function jsonValue(value: unknown): unknown {
  return typeof value === "string" ? JSON.parse(value) : value;
}

function getPath(obj: Bag, path: string): unknown {
  let cur: unknown = obj;
  for (const part of path.split(".")) {
    if (!cur || typeof cur !== "object") return undefined;
    cur = (cur as Bag)[part];
  }
  return cur;
}

function setPath(obj: Bag, path: string, value: unknown): void {
  const parts = path.split(".");
  let cur = obj;
  for (const part of parts.slice(0, -1)) {
    if (!cur[part] || typeof cur[part] !== "object") cur[part] = {};
    cur = cur[part] as Bag;
  }
  cur[parts[parts.length - 1]!] = value;
}

export function fieldToWire(field: FieldSpec, value: unknown, old?: unknown): unknown {
  let v = field.json ? jsonValue(value) : value;
  if (field.json?.keys === "camel") v = mapKeys(v, snake);
  return field.toWire ? field.toWire(v, old) : v;
}

export function fieldFromWire(field: FieldSpec, value: unknown): unknown {
  let v = value;
  if (field.json && typeof v === "string" && v !== "") {
    try {
      v = JSON.parse(v);
    } catch {
      // Leave it as text; the comparison will report the difference.
    }
  }
  if (field.json?.keys === "camel") v = mapKeys(v, camel);
  return field.fromWire ? field.fromWire(v) : v;
}

/**
 * The request body for a create or an update. On update only mutable fields are
 * sent; fields the user removed are cleared where the API allows it.
 */
export function toWireBody(spec: ResourceSpec, inputs: Bag, op: "create" | "update", removed: string[] = []): Bag {
  const body: Bag = {};
  for (const [key, field] of inputFields(spec)) {
    if (field.endpoint || field.trigger || field.providerOnly || (op === "update" && (field.createOnly || field.replaceOnChange))) continue;
    // A default is sent on update too: it is what the program means, and it repairs drift.
    const value = inputs[key] ?? field.default;
    if (value === undefined) {
      if (op === "update" && removed.includes(key) && field.clearWith !== undefined) {
        setPath(body, wireName(key, field), field.clearWith);
      }
      continue;
    }
    setPath(body, wireName(key, field), fieldToWire(field, value));
  }
  return body;
}

/**
 * The PUT body for one of an item's sub-resources: every field set through it,
 * absent ones at their defaults, so the body states the whole desired setting.
 */
export function endpointBody(spec: ResourceSpec, endpoint: string, inputs: Bag, olds: Bag = {}): Bag {
  const body: Bag = {};
  for (const [key, field] of inputFields(spec)) {
    if (field.endpoint !== endpoint) continue;
    const value = inputs[key] ?? field.default;
    // A server-filled field the program leaves out changes nothing: what state read back is not the program's to undo.
    const old = field.computed && inputs[key] === undefined ? undefined : olds[key];
    if (value !== undefined) setPath(body, wireName(key, field), fieldToWire(field, value, old));
  }
  return body;
}

/** JSON Schema of a sub-resource's PUT body, as the emulator enforces it. */
export function endpointBodySchema(spec: ResourceSpec, endpoint: string): Schema {
  const properties: Bag = {};
  for (const [key, field] of inputFields(spec)) if (field.endpoint === endpoint) properties[wireName(key, field)] = field.wireSchema ?? wireSchemaOf(field);
  return { type: "object", properties, required: Object.keys(properties), additionalProperties: false };
}

/** An API object in the user's terms. Empty strings, lists and maps count as unset. */
export function fromWireObject(spec: ResourceSpec, wire: Bag): Bag {
  const obj = unmarked(spec, wire);
  const out: Bag = {};
  for (const [key, field] of Object.entries(spec.fields)) {
    if (field.writeOnly || field.trigger || field.providerOnly || field.shownOnce) continue;
    const raw = getPath(obj, field.readWire ?? wireName(key, field));
    if (isEmpty(raw)) continue;
    const v = fieldFromWire(field, raw);
    if (!isEmpty(v)) out[key] = v;
  }
  return out;
}

/** The fields an answer shows only once (a new API key's value), in the user's terms. */
export function shownOnceOf(spec: ResourceSpec, answer: Bag | void): Bag {
  const out: Bag = {};
  for (const [key, field] of Object.entries(spec.fields)) {
    const raw = field.shownOnce && answer ? getPath(answer, field.readWire ?? wireName(key, field)) : undefined;
    if (!isEmpty(raw)) out[key] = fieldFromWire(field, raw);
  }
  return out;
}

export function isEmpty(v: unknown): boolean {
  if (v === undefined || v === null || v === "") return true;
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === "object") return Object.keys(v as Bag).length === 0;
  return false;
}

function wireSchemaOf(field: FieldSpec): Schema {
  // A converted boolean (isDefault) travels as 0/1.
  if (field.toWire && field.schema.type === "boolean") return { enum: [0, 1, true, false] };
  return snakeSchema(field.schema, field.json?.keys === "camel");
}

/**
 * JSON Schema of a request body, as the emulator enforces it. Limits and other
 * camel-keyed JSON documents are checked with snake_case property names.
 */
export function wireBodySchema(spec: ResourceSpec, op: "create" | "update"): Schema {
  const root: Bag = { type: "object", properties: {}, required: [] as string[] };
  for (const [key, field] of inputFields(spec)) {
    if (field.endpoint || field.trigger || field.providerOnly || (op === "update" && (field.createOnly || field.replaceOnChange))) continue;
    const path = wireName(key, field).split(".");
    let node = root;
    for (const part of path.slice(0, -1)) {
      const props = node.properties as Bag;
      props[part] ??= { type: "object", properties: {}, required: [] };
      node = props[part] as Bag;
    }
    const leaf = path[path.length - 1]!;
    const schema = wireSchemaOf(field);
    (node.properties as Bag)[leaf] = field.clearWith === null ? { anyOf: [schema, { type: "null" }] } : schema;
    if (op === "create" && field.required && path.length === 1) (node.required as string[]).push(leaf);
  }
  // Rules read fields an update does not send (the type), so they hold for whole objects only.
  const rules = op === "create" ? (spec.rules ?? []).map((r) => wireRule(spec, r)) : [];
  if (rules.length) root.allOf = rules;
  return root;
}

/** A cross-field rule in wire terms: `if` the body holds the `when` values, `then` the rule's schema. */
function wireRule(spec: ResourceSpec, rule: ResourceRule): Schema {
  const name = (k: string) => wireName(k, spec.fields[k]!);
  const props = Object.entries((rule.schema.properties ?? {}) as Record<string, Schema>).map(([k, v]) => [
    name(k),
    snakeSchema(v, spec.fields[k]!.json?.keys === "camel"),
  ]);
  return {
    if: { required: Object.keys(rule.when).map(name), properties: Object.fromEntries(Object.entries(rule.when).map(([k, v]) => [name(k), { const: v }])) },
    then: { ...rule.schema, properties: Object.fromEntries(props), required: ((rule.schema.required ?? []) as string[]).map(name) },
  };
}

/** Rewrites `properties` and `required` of a schema to snake_case names. */
function snakeSchema(schema: Schema, convert: boolean): Schema {
  if (!convert) return schema;
  const walk = (s: unknown): unknown => {
    if (Array.isArray(s)) return s.map(walk);
    if (!s || typeof s !== "object") return s;
    const out: Bag = {};
    for (const [k, v] of Object.entries(s as Bag)) {
      if (k === "properties" && v && typeof v === "object") {
        out[k] = Object.fromEntries(Object.entries(v as Bag).map(([pk, pv]) => [snake(pk), walk(pv)]));
      } else if (k === "required" && Array.isArray(v)) {
        out[k] = v.map((x) => snake(String(x)));
      } else {
        out[k] = walk(v);
      }
    }
    return out;
  };
  return walk(schema) as Schema;
}
