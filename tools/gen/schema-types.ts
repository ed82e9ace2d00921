// TypeScript types from the JSON Schema fragments of the resource descriptions.
// A schema with a `typeName` becomes a declaration of its own, collected in a
// `NamedTypes` per vendor and written once to `sdk/<vendor>/types.ts`; every
// other schema becomes an inline type.
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

interface ObjectParts {
  properties: Record<string, Schema>;
  required: Set<string>;
  extra: string | undefined;
}

function objectParts(schema: Schema, types: NamedTypes): ObjectParts {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const required = new Set((schema.required ?? []) as string[]);
  const ap = asSchema(schema.additionalProperties);
  const hasProps = Object.keys(properties).length > 0;
  // Keys beyond the listed ones: refused, typed (maps), or anything (open documents).
  let extra: string | undefined;
  if (ap === false) extra = undefined;
  else if (ap === undefined || ap === true || hasProps) extra = "unknown";
  else extra = tsType(ap, types);
  return { properties, required, extra };
}

/** Object members; with `docs`, each property's description above it. */
function members(parts: ObjectParts, types: NamedTypes, indent: string, docs: boolean): string[] {
  const lines: string[] = [];
  for (const [key, prop] of Object.entries(parts.properties)) {
    const opt = parts.required.has(key) ? "" : "?";
    const doc = docs && typeof prop.description === "string" ? docComment([prop.description], indent) : [];
    lines.push(...doc, `${indent}${propName(key)}${opt}: ${tsType(prop, types)};`);
  }
  if (parts.extra !== undefined) lines.push(`${indent}[key: string]: ${parts.extra};`);
  return lines;
}

function objectType(schema: Schema, types: NamedTypes): string {
  const parts = objectParts(schema, types);
  if (!Object.keys(parts.properties).length) return `Record<string, ${parts.extra ?? "never"}>`;
  return `{ ${members(parts, types, "", false)
    .map((m) => m.slice(0, -1))
    .join("; ")} }`;
}

function isObject(schema: Schema): boolean {
  return schema.type === "object" || (schema.type === undefined && (schema.properties !== undefined || schema.additionalProperties !== undefined));
}

/** The TypeScript type of a value the schema accepts, ignoring `typeName`. */
function structuralType(schema: Schema, types: NamedTypes): string {
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  if ("const" in schema) return JSON.stringify(schema.const);
  for (const k of ["anyOf", "oneOf"]) {
    if (Array.isArray(schema[k])) return (schema[k] as Schema[]).map((s) => tsType(s, types)).join(" | ");
  }
  if (Array.isArray(schema.type)) return (schema.type as string[]).map((t) => structuralType({ ...schema, type: t }, types)).join(" | ");
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
      return `${paren(items === undefined ? "unknown" : tsType(items, types))}[]`;
    }
  }
  return isObject(schema) ? objectType(schema, types) : "unknown";
}

/** The declaration of a named type: an interface for object shapes, a type alias otherwise. */
function declaration(name: string, schema: Schema, types: NamedTypes): string {
  const doc = typeof schema.description === "string" ? docComment([schema.description], "") : [];
  const inner = { ...schema, typeName: undefined };
  if (isObject(schema) && Object.keys((schema.properties ?? {}) as object).length) {
    const body = members(objectParts(inner, types), types, "  ", true);
    return [...doc, `export interface ${name} {`, ...body, "}"].join("\n");
  }
  return [...doc, `export type ${name} = ${structuralType(inner, types)};`].join("\n");
}

/** The TypeScript type of a value the schema accepts; named types are declared in `types` and referred to by name. */
export function tsType(schema: Schema | boolean, types: NamedTypes): string {
  if (schema === true) return "unknown";
  if (schema === false) return "never";
  const name = schema.typeName;
  if (typeof name === "string") {
    types.add(name, () => declaration(name, schema, types));
    return types.use(name);
  }
  return structuralType(schema, types);
}

/**
 * The argument type of a value: `pulumi.Input` around it, and around the items
 * of arrays and the values of maps, so that each may be an Output of its own.
 */
export function inputType(schema: Schema, types: NamedTypes): string {
  if (typeof schema.typeName !== "string" && schema.type === "array") {
    const items = asSchema(schema.items);
    return `pulumi.Input<pulumi.Input<${items === undefined ? "unknown" : tsType(items, types)}>[]>`;
  }
  if (typeof schema.typeName !== "string" && isObject(schema) && !Object.keys((schema.properties ?? {}) as object).length) {
    const ap = asSchema(schema.additionalProperties);
    if (ap !== undefined && ap !== true && ap !== false) return `pulumi.Input<Record<string, pulumi.Input<${tsType(ap, types)}>>>`;
  }
  return `pulumi.Input<${tsType(schema, types)}>`;
}
