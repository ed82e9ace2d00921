// The data sources of a resource, from its description's `dataSources`: each
// function and its `...Output` form. What they request is read from the same
// entry at run time (sdk/core/data-source.ts), so only names and types are written here.
import type { ListSource, LookupSource, ResourceSpec } from "../../spec/core/types";
import { docComment } from "./docs";
import { NamedTypes, tsType } from "./schema-types";

/** Thrown when a data source names a field the resource does not have. */
export class UnknownArgument extends Error {
  constructor(spec: ResourceSpec, source: string, arg: string) {
    super(`${spec.vendor}:${spec.name}: data source ${source} takes ${arg}, which is neither a field nor id`);
    this.name = "UnknownArgument";
  }
}

export interface Arg {
  name: string;
  type: string;
  required: boolean;
}

export function argOf(spec: ResourceSpec, source: string, name: string, required: boolean, types: NamedTypes): Arg {
  if (name === "id") return { name, type: "string", required };
  const field = spec.fields[name];
  if (!field) throw new UnknownArgument(spec, source, name);
  return { name, type: tsType(field.schema, types), required };
}

/** `{ id: string; workspaceId?: string }`, or with each value an Input for the Output form. */
export function argsType(args: Arg[], input: boolean): string {
  return `{ ${args.map((a) => `${a.name}${a.required ? "" : "?"}: ${input ? `pulumi.Input<${a.type}>` : a.type}`).join("; ")} }`;
}

/** The function and its Output form, given the arguments, the result type and the helper call. */
function functions(name: string, doc: string, args: Arg[], result: string, call: string): string[] {
  if (!args.length) {
    return [
      ...docComment([doc], ""),
      `export function ${name}(): Promise<${result}> {`,
      `  return ${call.replace("%args", "")};`,
      "}",
      "",
      `/** {@link ${name}}, as an Output. */`,
      `export function ${name}Output(): pulumi.Output<${result}> {`,
      `  return pulumi.output(${name}());`,
      "}",
    ];
  }
  const dflt = args.every((a) => !a.required) ? " = {}" : "";
  return [
    ...docComment([doc], ""),
    `export function ${name}(args: ${argsType(args, false)}${dflt}): Promise<${result}> {`,
    `  return ${call.replace("%args", ", args")};`,
    "}",
    "",
    `/** {@link ${name}}, with arguments that may be Outputs. */`,
    `export function ${name}Output(args: ${argsType(args, true)}${dflt}): pulumi.Output<${result}> {`,
    `  return pulumi.output(args).apply(${name});`,
    "}",
  ];
}

function lookupCode(spec: ResourceSpec, ds: LookupSource, types: NamedTypes): string[] {
  const args = [...ds.by.map((a) => argOf(spec, ds.name, a, true, types)), ...(ds.optional ?? []).map((a) => argOf(spec, ds.name, a, false, types))];
  const result = `Get${spec.name}Result`;
  return functions(ds.name, ds.doc, args, result, `lookup<${result}>(impl.spec, ${JSON.stringify(ds.name)}%args)`);
}

function listCode(spec: ResourceSpec, ds: ListSource, types: NamedTypes): string[] {
  const args = (ds.filters ?? []).map((f) => argOf(spec, ds.name, f.field, !!f.required, types));
  const item = `Get${spec.name}Result`;
  const result = `{ ${ds.resultKey}: ${item}[] }`;
  return functions(ds.name, ds.doc, args, result, `list<${item}, ${JSON.stringify(ds.resultKey)}>(impl.spec, ${JSON.stringify(ds.name)}%args)`);
}

/** The code of every generated data source of a resource; hand-written ones (`custom`) live in their own module. */
export function dataSourceCode(spec: ResourceSpec, types: NamedTypes): string[] {
  return (spec.dataSources ?? []).flatMap((ds) => {
    if (ds.kind === "custom") return [];
    return ["", ...(ds.kind === "lookup" ? lookupCode(spec, ds, types) : listCode(spec, ds, types))];
  });
}
