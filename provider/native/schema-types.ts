// A field's JSON Schema as a Pulumi package-schema type. Objects a description
// names (`typeName`) become named object types of the vendor's module; other
// shapes Pulumi cannot express (unions, unnamed nested objects) are `Any`.
import type { Schema, Vendor } from "../../spec/core/types";
import { PACKAGE } from "./tokens";

export type TypeSpec = Record<string, unknown>;
export type ObjectTypes = Record<string, TypeSpec>;

const ANY = { $ref: "pulumi.json#/Any" };

function isObject(s: Schema): boolean {
  return s.type === "object" || (s.type === undefined && (s.properties !== undefined || s.additionalProperties !== undefined));
}

function hasProperties(s: Schema): boolean {
  return Object.keys((s.properties ?? {}) as object).length > 0;
}

function primitive(s: Schema): TypeSpec | undefined {
  if (Array.isArray(s.enum)) {
    const kinds = new Set(s.enum.map((v) => typeof v));
    return kinds.size === 1 ? { type: kinds.has("number") ? "number" : kinds.has("boolean") ? "boolean" : "string" } : ANY;
  }
  switch (s.type) {
    case "string":
      return { type: "string" };
    case "integer":
      return { type: "integer" };
    case "number":
      return { type: "number" };
    case "boolean":
      return { type: "boolean" };
  }
  return undefined;
}

/** Declares a named object type once and refers to it. */
function named(vendor: Vendor, name: string, s: Schema, types: ObjectTypes): TypeSpec {
  const token = `${PACKAGE}:${vendor}:${name}`;
  if (!types[token]) {
    types[token] = { type: "object" }; // placeholder against recursion
    const props = (s.properties ?? {}) as Record<string, Schema>;
    types[token] = {
      type: "object",
      ...(typeof s.description === "string" ? { description: s.description } : {}),
      properties: Object.fromEntries(Object.entries(props).map(([k, p]) => [k, { ...pulumiType(vendor, p, types), description: docOf(p, k) }])),
      ...(Array.isArray(s.required) && s.required.length ? { required: s.required } : {}),
    };
  }
  return { $ref: `#/types/${token}` };
}

function docOf(s: Schema, key: string): string {
  return typeof s.description === "string" && s.description ? s.description : `The \`${key}\` value.`;
}

export function pulumiType(vendor: Vendor, s: Schema, types: ObjectTypes): TypeSpec {
  const p = primitive(s);
  if (p) return p;
  if (Array.isArray(s.type) || s.anyOf || s.oneOf || "const" in s) return ANY;
  if (s.type === "array") {
    const items = s.items && typeof s.items === "object" ? pulumiType(vendor, s.items as Schema, types) : ANY;
    return { type: "array", items };
  }
  if (isObject(s)) {
    if (typeof s.typeName === "string" && hasProperties(s)) return named(vendor, s.typeName, s, types);
    const ap = s.additionalProperties;
    if (!hasProperties(s) && ap && typeof ap === "object") return { type: "object", additionalProperties: pulumiType(vendor, ap as Schema, types) };
  }
  return ANY;
}
