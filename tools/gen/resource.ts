// `sdk/<vendor>/<file>.ts` from one resource description: the args interface,
// the resource class with its outputs, the data-source result type and the
// data sources.
import { FieldSpec, inputFields, ResourceSpec } from "../../spec/core/types";
import { dataSourceCode } from "./data-sources";
import { argDoc, classDoc, docComment, outputDoc, sealed } from "./docs";
import { inputType, NamedTypes, tsType } from "./schema-types";

export const GENERATED_MARK = "by `npm run gen`; do not edit.";

export function header(source: string): string {
  return `// Generated from ${source} ${GENERATED_MARK}`;
}

/** The name the spec module exports its description under: `integration-workspace-access` -> `integrationWorkspaceAccessSpec`. */
export function specExport(spec: ResourceSpec): string {
  return `${spec.file.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())}Spec`;
}

export function article(word: string): string {
  return /^[AEIOU]/.test(word) ? "an" : "a";
}

function cap(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

/** An argument's type: JSON-valued fields also take a JSON string; a named input type where the description gives one. */
function argType(field: FieldSpec, types: NamedTypes): string {
  const plain = () => inputType(field.schema, types) + (field.json ? " | pulumi.Input<string>" : "");
  if (!field.inputTypeName) return plain();
  const doc = field.json ? docComment(["Typed values, or a JSON string of the same shape."], "") : [];
  // Built inside `add`: the types it names are the declaration's, not this file's imports.
  types.add(field.inputTypeName, () => [...doc, `export type ${field.inputTypeName} = ${plain()};`].join("\n"));
  return types.use(field.inputTypeName);
}

function argsInterface(spec: ResourceSpec, types: NamedTypes): string[] {
  const lines = [`/** The arguments of ${article(spec.name)} {@link ${spec.name}}. */`, `export interface ${spec.name}Args {`];
  for (const [key, field] of inputFields(spec)) {
    lines.push(...docComment(argDoc(field), "  "), `  ${key}${field.required ? "" : "?"}: ${argType(field, types)};`);
  }
  return [...lines, "}"];
}

/** An output's type: write-only secrets hold a fingerprint; JSON fields keep the string form a user gave. */
function outputType(field: FieldSpec, types: NamedTypes): string {
  const value = sealed(field) ? "string" : tsType(field.schema, types) + (field.json ? " | string" : "");
  const maybeAbsent = (!field.required && !field.output && !field.computed) || !!field.shownOnce;
  return `pulumi.Output<${value}${maybeAbsent ? " | undefined" : ""}>`;
}

/** The class's output declarations, one per field; shared by both hostings' classes. */
export function outputDeclarations(spec: ResourceSpec, types: NamedTypes): string[] {
  return Object.entries(spec.fields).flatMap(([key, field]) => [
    ...docComment(outputDoc(field), "  "),
    `  declare public readonly ${key}: ${outputType(field, types)};`,
  ]);
}

function resourceClass(spec: ResourceSpec, types: NamedTypes): string[] {
  const lines = [...docComment(classDoc(spec), ""), `export class ${spec.name} extends pulumi.dynamic.Resource {`, ...outputDeclarations(spec, types)];
  const optional = inputFields(spec).some(([, f]) => f.required) ? "" : "?";
  return [
    ...lines,
    "",
    `  constructor(name: string, args${optional}: ${spec.name}Args, opts?: pulumi.CustomResourceOptions) {`,
    "    const p = prepare(impl.spec, name, args, opts);",
    `    super(impl, name, p.props, p.opts, ${JSON.stringify(spec.vendor)}, ${JSON.stringify(spec.name)});`,
    "  }",
    "}",
  ];
}

/** What the data sources answer: every field the API shows (not the write-only ones), with the object's id. */
function resultInterface(spec: ResourceSpec, types: NamedTypes): string[] {
  const lines = [
    `/** ${cap(article(spec.name))} ${spec.name} as the API shows it, from its data sources. */`,
    `export interface Get${spec.name}Result {`,
    "  /** The object's id. */",
    "  id: string;",
  ];
  for (const [key, field] of Object.entries(spec.fields)) {
    if (field.writeOnly || field.trigger || field.providerOnly || field.shownOnce) continue;
    const always = field.required || field.alwaysPresent;
    lines.push(...docComment([field.doc], "  "), `  ${key}${always ? "" : "?"}: ${tsType(field.schema, types)};`);
  }
  return [...lines, "}"];
}

/** The whole module of one resource. */
export function resourceModule(spec: ResourceSpec, types: NamedTypes): string {
  types.takeUsed();
  const sources = spec.dataSources ?? [];
  const body = [
    `const impl = providerOf(${specExport(spec)});`,
    "",
    ...argsInterface(spec, types),
    "",
    ...resourceClass(spec, types),
    ...(sources.some((d) => d.kind !== "custom") ? ["", ...resultInterface(spec, types)] : []),
    ...dataSourceCode(spec, types),
  ];
  const used = types.takeUsed();
  const helpers = [...new Set(sources.flatMap((d) => (d.kind === "custom" ? [] : [d.kind])))].sort();
  const imports = [
    header(`spec/${spec.vendor}/${spec.file}.ts`),
    'import * as pulumi from "@pulumi/pulumi";',
    `import { ${specExport(spec)} } from "../../spec/${spec.vendor}/${spec.file}";`,
    ...(helpers.length ? [`import { ${helpers.join(", ")} } from "../core/data-source";`] : []),
    'import { prepare, providerOf } from "../core/resource";',
    ...(used.length ? [`import type { ${used.join(", ")} } from "./types";`] : []),
  ];
  return [...imports, "", ...body, ""].join("\n");
}
