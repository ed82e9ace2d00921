// TypeScript types from the JSON Schema fragments of the resource descriptions.
// A schema with a `typeName` becomes a declaration of its own, collected in a
// `NamedTypes` per vendor and written once to `sdk/<vendor>/types.ts`; every
// other schema becomes an inline type. Arguments take the input form: every
// member may be an Output of its own (`SecretMappingArgs`), as Pulumi's own SDKs
// have it, while outputs keep the plain form (`SecretMapping`).
import type { Schema } from "../../spec/core/types";
import { docComment } from "./docs";

/** Two schemas gave one type name two different types. */
export class TypeNameConflict extends Error {
  constructor(name: string) {
    super(`the type name ${name} is given to two different types; rename one of them in spec/`);
    this.name = "TypeNameConflict";
  }
}

/** The named types of one vendor: their declarations, by name. */
export class NamedTypes {
  private readonly decls = new Map<string, string>();
  private used = new Set<string>();

  /** Adds a declaration; the same name twice must declare the same thing. What it refers to is not the current file's use. */
  add(name: string, build: () => string): void {
    const saved = this.used;
    this.used = new Set();
    const decl = build();
    this.used = saved;
    const known = this.decls.get(name);
    if (known !== undefined && known !== decl) throw new TypeNameConflict(name);
    this.decls.set(name, decl);
  }

  /** Notes that the file being generated refers to a named type. */
  use(name: string): string {
    this.used.add(name);
    return name;
  }

  /** The names used since the last call, for the file's import; starts the next file. */
  takeUsed(): string[] {
    const names = [...this.used].sort();
    this.used = new Set();
    return names;
  }

  /** Every declaration, by name, so the file does not reorder when a resource does. */
  declarations(): string[] {
    return [...this.decls.keys()].sort().map((n) => this.decls.get(n)!);
  }
}

const IDENT = /^[A-Za-z_$][\w$]*$/;

function asSchema(value: unknown): Schema | boolean | undefined {
  return typeof value === "boolean" || (value && typeof value === "object" && !Array.isArray(value)) ? (value as Schema | boolean) : undefined;
}

function paren(t: string): string {
  return /[|&]/.test(t) && !/^[{(]/.test(t) ? `(${t})` : t;
}

/** The name under which a property is written: quoted when it is not an identifier. */
function propName(key: string): string {
  return IDENT.test(key) ? key : JSON.stringify(key);
}

/** Plain values (outputs, lookups) or arguments, whose every part may be an Output. */
type Mode = "plain" | "input";
const wrap = (t: string, mode: Mode) => (mode === "input" ? `pulumi.Input<${t}>` : t);

interface ObjectParts {
  properties: Record<string, Schema>;
  required: Set<string>;
  extra: string | undefined;
}

function objectParts(schema: Schema, types: NamedTypes, mode: Mode): ObjectParts {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const required = new Set((schema.required ?? []) as string[]);
  const ap = asSchema(schema.additionalProperties);
  const hasProps = Object.keys(properties).length > 0;
  // Keys beyond the listed ones: refused, typed (maps), or anything (open documents).
  let extra: string | undefined;
  if (ap === false) extra = undefined;
  else if (ap === undefined || ap === true || hasProps) extra = "unknown";
  else extra = wrap(tsType(ap, types, mode), mode);
  return { properties, required, extra };
}

/** Object members; with `docs`, each property's description above it. */
function members(parts: ObjectParts, types: NamedTypes, indent: string, docs: boolean, mode: Mode): string[] {
  const lines: string[] = [];
  for (const [key, prop] of Object.entries(parts.properties)) {
    const opt = parts.required.has(key) ? "" : "?";
    const doc = docs && typeof prop.description === "string" ? docComment([prop.description], indent) : [];
    lines.push(...doc, `${indent}${propName(key)}${opt}: ${wrap(tsType(prop, types, mode), mode)};`);
  }
  if (parts.extra !== undefined) lines.push(`${indent}[key: string]: ${parts.extra};`);
  return lines;
}

function objectType(schema: Schema, types: NamedTypes, mode: Mode): string {
  const parts = objectParts(schema, types, mode);
  if (!Object.keys(parts.properties).length) return `Record<string, ${parts.extra ?? "never"}>`;
  return `{ ${members(parts, types, "", false, mode)
    .map((m) => m.slice(0, -1))
    .join("; ")} }`;
}

function isObject(schema: Schema): boolean {
  return schema.type === "object" || (schema.type === undefined && (schema.properties !== undefined || schema.additionalProperties !== undefined));
}

/** The TypeScript type of a value the schema accepts, ignoring `typeName`. */
function structuralType(schema: Schema, types: NamedTypes, mode: Mode): string {
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  if ("const" in schema) return JSON.stringify(schema.const);
  for (const k of ["anyOf", "oneOf"]) {
    if (Array.isArray(schema[k])) return (schema[k] as Schema[]).map((s) => tsType(s, types, mode)).join(" | ");
  }
  if (Array.isArray(schema.type)) return (schema.type as string[]).map((t) => structuralType({ ...schema, type: t }, types, mode)).join(" | ");
  switch (schema.type) {
    case "string":
      return "string";
    case "number":
    case "integer":
      return "number";
    case "boolean":
      return "boolean";
    case "null":
      return "null";
    case "array": {
      const items = asSchema(schema.items);
      const item = items === undefined ? "unknown" : tsType(items, types, mode);
      return mode === "input" ? `pulumi.Input<${item}>[]` : `${paren(item)}[]`;
    }
  }
  return isObject(schema) ? objectType(schema, types, mode) : "unknown";
}

/** The declaration of a named type: an interface for object shapes, a type alias otherwise. */
function declaration(name: string, schema: Schema, types: NamedTypes, mode: Mode): string {
  const doc = typeof schema.description === "string" ? docComment([schema.description], "") : [];
  const inner = { ...schema, typeName: undefined };
  if (isObject(schema) && Object.keys((schema.properties ?? {}) as object).length) {
    const body = members(objectParts(inner, types, mode), types, "  ", true, mode);
    return [...doc, `export interface ${name} {`, ...body, "}"].join("\n");
  }
  return [...doc, `export type ${name} = ${structuralType(inner, types, mode)};`].join("\n");
}

/** Whether a schema's input form differs from its plain form (it has parts an Output could stand for). */
function hasParts(schema: Schema | boolean): boolean {
  if (typeof schema === "boolean") return false;
  if (schema.type === "array" || isObject(schema)) return true;
  return ["anyOf", "oneOf"].some((k) => Array.isArray(schema[k]) && (schema[k] as Schema[]).some(hasParts));
}

/** The TypeScript type of a value the schema accepts; named types are declared in `types` and referred to by name. */
export function tsType(schema: Schema | boolean, types: NamedTypes, mode: Mode = "plain"): string {
  if (schema === true) return "unknown";
  if (schema === false) return "never";
  const plainName = schema.typeName;
  if (typeof plainName === "string") {
    // An enum or a scalar alias reads the same either way: one name serves both.
    const name = mode === "input" && hasParts(schema) ? `${plainName}Args` : plainName;
    types.add(name, () => declaration(name, schema, types, name === plainName ? "plain" : "input"));
    return types.use(name);
  }
  return structuralType(schema, types, mode);
}

/** The argument type of a value: `pulumi.Input` around it and around each of its parts, so that each may be an Output of its own. */
export function inputType(schema: Schema, types: NamedTypes): string {
  return `pulumi.Input<${tsType(schema, types, "input")}>`;
}
