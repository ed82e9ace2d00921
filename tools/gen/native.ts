// `sdk/native/`: the native hosting's SDK, from the same descriptions: per
// resource a CustomResource class with the native token and the same args and
// outputs as the dynamic class, its data sources as real invokes, and the
// `Provider` class with the plugin's settings.
import { resourcesOf, VENDORS } from "../../spec";
import type { DataSourceSpec, ResourceSpec, Vendor } from "../../spec/core/types";
import { settings } from "../../provider/native/settings";
import { functionToken, resourceToken, servedSources } from "../../provider/native/tokens";
import { Arg, argOf, argsType } from "./data-sources";
import { classDoc, docComment } from "./docs";
import { header, outputDeclarations, specExport } from "./resource";
import { NamedTypes } from "./schema-types";

interface GeneratedFile {
  path: string;
  text: string;
}

function sourceArgs(spec: ResourceSpec, ds: DataSourceSpec, types: NamedTypes): Arg[] {
  if (ds.kind === "lookup") return ds.by.map((a) => argOf(spec, ds.name, a, true, types));
  if (ds.kind === "list") return (ds.filters ?? []).map((f) => argOf(spec, ds.name, f.field, !!f.required, types));
  return (ds.served?.args ?? []).map((a) => argOf(spec, ds.name, a, true, types));
}

/** The answer's type: the resource's result type, or the one a hand-written source's module exports. */
function resultOf(spec: ResourceSpec, ds: DataSourceSpec): string {
  const item = `Get${spec.name}Result`;
  if (ds.kind === "custom") return String(ds.served?.result.typeName);
  return ds.kind === "list" ? `{ ${ds.resultKey}: ${item}[] }` : item;
}

function invokeCode(spec: ResourceSpec, ds: DataSourceSpec, types: NamedTypes): string[] {
  const args = sourceArgs(spec, ds, types);
  const result = resultOf(spec, ds);
  const token = JSON.stringify(functionToken(spec, ds));
  const dflt = args.every((a) => !a.required) ? " = {}" : "";
  const shape = (input: boolean) => (args.length ? argsType(args, input) : "Record<string, never>");
  return [
    "",
    ...docComment([ds.doc, "Served by the plugin as an invoke."], ""),
    `export function ${ds.name}(args: ${shape(false)}${dflt}, opts?: pulumi.InvokeOptions): Promise<${result}> {`,
    `  return pulumi.runtime.invoke(${token}, args, opts);`,
    "}",
    "",
    `/** {@link ${ds.name}}, with arguments that may be Outputs; a secret argument or answer stays secret. */`,
    `export function ${ds.name}Output(args: ${shape(true)}${dflt}, opts?: pulumi.InvokeOutputOptions): pulumi.Output<${result}> {`,
    `  return pulumi.runtime.invokeOutput(${token}, args, opts);`,
    "}",
  ];
}

function resourceFile(spec: ResourceSpec): GeneratedFile {
  const types = new NamedTypes();
  const optional = Object.values(spec.fields).some((f) => f.required && !f.output) ? "" : "?";
  const sources = servedSources(spec);
  const body = [
    ...docComment([...classDoc(spec), "Served by the native plugin `aigov`."], ""),
    `export class ${spec.name} extends pulumi.CustomResource {`,
    ...outputDeclarations(spec, types),
    "",
    `  constructor(name: string, args${optional}: ${spec.name}Args, opts?: pulumi.CustomResourceOptions) {`,
    `    const p = nativeProps(${specExport(spec)}, name, args, opts);`,
    `    super(${JSON.stringify(resourceToken(spec))}, name, p.props, p.opts);`,
    "  }",
    "}",
    ...sources.flatMap((ds) => invokeCode(spec, ds, types)),
  ];
  const used = types.takeUsed();
  const own = [`${spec.name}Args`, ...(sources.some((d) => d.kind !== "custom") ? [`Get${spec.name}Result`] : [])];
  const custom = sources.flatMap((d) => (d.kind === "custom" && d.served ? [{ module: d.module, type: String(d.served.result.typeName) }] : []));
  const imports = [
    header(`spec/${spec.vendor}/${spec.file}.ts`),
    'import * as pulumi from "@pulumi/pulumi";',
    `import { ${specExport(spec)} } from "../../../spec/${spec.vendor}/${spec.file}";`,
    'import { nativeProps } from "../core";',
    `import type { ${own.join(", ")} } from "../../${spec.vendor}/${spec.file}";`,
    ...custom.map((c) => `import type { ${c.type} } from "../../${spec.vendor}/${c.module}";`),
    ...(used.length ? [`import type { ${used.join(", ")} } from "../../${spec.vendor}/types";`] : []),
    "",
    `export type { ${[...own, ...custom.map((c) => c.type)].join(", ")} };`,
  ];
  return { path: `sdk/native/${spec.vendor}/${spec.file}.ts`, text: [...imports, "", ...body, ""].join("\n") };
}

function vendorIndex(vendor: Vendor): GeneratedFile {
  const lines = resourcesOf(vendor).map((spec) => `export * from "./${spec.file}";`);
  return { path: `sdk/native/${vendor}/index.ts`, text: [header("spec/index.ts"), ...lines, ""].join("\n") };
}

function providerFile(): GeneratedFile {
  const all = settings();
  const members = all.flatMap((s) => [
    ...docComment([`Overrides the stack's \`aigov:${s.name}\` (the dynamic hosting's \`${s.dynamicKey}\`) and its environment fallback.`], "  "),
    `  ${s.name}?: pulumi.Input<${s.integer ? "number" : "string"}>;`,
  ]);
  const secrets = `[${all
    .filter((s) => s.secret)
    .map((s) => JSON.stringify(s.name))
    .join(", ")}]`;
  const text = [
    header("provider/core/config.ts"),
    'import * as pulumi from "@pulumi/pulumi";',
    'import { providerProps } from "./core";',
    "",
    "/** The settings of an explicit {@link Provider}; each one left out falls back to stack config, then the environment. */",
    "export interface ProviderArgs {",
    ...members,
    "}",
    "",
    "/** An instance of the native plugin `aigov` with its own credentials and endpoints; pass it as the `provider` option. */",
    "export class Provider extends pulumi.ProviderResource {",
    "  constructor(name: string, args?: ProviderArgs, opts?: pulumi.ResourceOptions) {",
    `    super("aigov", name, providerProps(args as Record<string, unknown> | undefined, ${secrets}), opts);`,
    "  }",
    "}",
    "",
  ].join("\n");
  return { path: "sdk/native/provider.ts", text };
}

function rootIndex(): GeneratedFile {
  const lines = ['export * from "./provider";', ...VENDORS.map((v) => `export * as ${v} from "./${v}";`)];
  return { path: "sdk/native/index.ts", text: [header("spec/index.ts"), ...lines, ""].join("\n") };
}

/** Every file of sdk/native/ the generator writes. */
export function nativeFiles(): GeneratedFile[] {
  return [...VENDORS.flatMap((v) => [...resourcesOf(v).map(resourceFile), vendorIndex(v)]), providerFile(), rootIndex()];
}
