// Comparison by meaning. JSON documents are equal when they hold the same data,
// whatever their key order, whitespace or form (object or string), and keys the
// server adds with their default value do not count unless the user wrote them.
import { FieldSpec, Schema } from "../../spec/core/types";
import { Bag, isEmpty, jsonValue } from "./wire";

/** Stable text of a value: object keys sorted, no whitespace. */
export function canonical(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    const out: Bag = {};
    for (const k of Object.keys(value).sort()) out[k] = sortKeys((value as Bag)[k]);
    return out;
  }
  return value;
}

/** Parses a JSON field's value; text that is not JSON stays text so it still compares. */
export function asData(value: unknown): unknown {
  try {
    return jsonValue(value);
  } catch {
    return value;
  }
}

/**
 * The server's document with the defaults it injected removed, where the user's
 * document does not mention them. Recurses into nested default objects.
 */
export function stripServerDefaults(server: unknown, user: unknown, defaults: Bag | undefined): unknown {
  if (defaults && Array.isArray(server)) {
    const mine = Array.isArray(user) ? user : [];
    return server.map((s, i) => stripServerDefaults(s, mine[i], defaults));
  }
  if (!defaults || !isObject(server)) return server;
  const out: Bag = { ...server };
  const mine = isObject(user) ? user : {};
  for (const [k, dv] of Object.entries(defaults)) {
    if (!(k in out)) continue;
    if (!(k in mine)) {
      if (canonical(out[k]) === canonical(dv)) delete out[k];
      else if (isObject(dv) && isObject(out[k])) {
        const inner = stripServerDefaults(out[k], {}, dv) as Bag;
        if (Object.keys(inner).length === 0) delete out[k];
      }
    } else if (isObject(dv)) {
      out[k] = stripServerDefaults(out[k], mine[k], dv);
    }
  }
  return out;
}

function isObject(v: unknown): v is Bag {
  return !!v && typeof v === "object" && !Array.isArray(v);
}

/**
 * A server document limited to what the field's schema describes: in closed
 * object schemas (limits), members the schema does not name and empty members
 * ("" or null, the API's "unset") are dropped. Open documents pass as they are.
 */
export function projectToSchema(value: unknown, schema: Schema): unknown {
  if (Array.isArray(value)) {
    const items = schema.items as Schema | undefined;
    return items ? value.map((v) => projectToSchema(v, items)) : value;
  }
  if (!isObject(value)) return value;
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  const closed = schema.additionalProperties === false;
  const out: Bag = {};
  for (const [k, v] of Object.entries(value)) {
    if (closed && (v === "" || v === null || !(k in props))) continue;
    out[k] = props[k] ? projectToSchema(v, props[k]!) : v;
  }
  return out;
}

/** The server's value of a JSON field in the user's terms: projected, defaults the user did not write removed. */
export function serverJson(field: FieldSpec, server: unknown, user: unknown): unknown {
  const projected = projectToSchema(server, field.schema);
  return stripServerDefaults(projected, asData(user), field.json?.serverDefaults);
}

/** Normal form of a field value for comparison. Unset, "", [] and {} are all "unset". */
export function comparable(field: FieldSpec, value: unknown): string | undefined {
  let v = field.json ? asData(value) : value;
  if (v === undefined && field.default !== undefined) v = field.default;
  if (isEmpty(v)) return undefined;
  return canonical(v);
}

export function sameValue(field: FieldSpec, a: unknown, b: unknown): boolean {
  return comparable(field, a) === comparable(field, b);
}

/**
 * True when the server's value means what the user wrote. `server` is already in
 * the user's terms (camelCase keys, parsed JSON).
 */
export function sameAsServer(field: FieldSpec, server: unknown, user: unknown): boolean {
  const defaults = field.json?.serverDefaults;
  // A key the user wrote at its default means what the server's omission of it means.
  if (defaults) return sameValue(field, stripServerDefaults(serverJson(field, server, user), {}, defaults), stripServerDefaults(asData(user), {}, defaults));
  if (field.json) return sameValue(field, serverJson(field, server, user), user);
  return sameValue(field, server, user);
}
