// Everything `npm run gen` writes, as text: per vendor, one module per resource,
// the shared types and the index; and the README's resource table. Nothing here
// touches the disk but reading the README, so the staleness test can compare.
import * as fs from "fs";
import * as path from "path";
import { RESOURCES, resourcesOf, VENDORS } from "../../spec";
import type { Vendor } from "../../spec/core/types";
import { nativeFiles } from "./native";
import { docsFiles } from "./schema-docs";
import { withResourceTable } from "./readme";
import { GENERATED_MARK, header, resourceModule } from "./resource";
import { NamedTypes } from "./schema-types";

export interface GeneratedFile {
  /** Relative to the repository root, with forward slashes. */
  path: string;
  text: string;
}

function typesModule(vendor: Vendor, types: NamedTypes): string {
  const decls = types.declarations();
  const pulumi = decls.some((d) => d.includes("pulumi.")) ? ['import * as pulumi from "@pulumi/pulumi";', ""] : [];
  return [header(`spec/${vendor}/*.ts`), `// Value types of ${vendor} resources, each declared once.`, ...pulumi, decls.join("\n\n"), ""].join("\n");
}

function indexModule(vendor: Vendor, withTypes: boolean): string {
  const modules = resourcesOf(vendor).flatMap((spec) => [spec.file, ...(spec.dataSources ?? []).flatMap((d) => (d.kind === "custom" ? [d.module] : []))]);
  const lines = [...(withTypes ? ["types"] : []), ...new Set(modules)].map((m) => `export * from "./${m}";`);
  return [header("spec/index.ts"), ...lines, ""].join("\n");
}

function vendorFiles(vendor: Vendor): GeneratedFile[] {
  const types = new NamedTypes();
  const files = resourcesOf(vendor).map((spec) => ({ path: `sdk/${vendor}/${spec.file}.ts`, text: resourceModule(spec, types) }));
  const withTypes = types.declarations().length > 0;
  if (withTypes) files.push({ path: `sdk/${vendor}/types.ts`, text: typesModule(vendor, types) });
  files.push({ path: `sdk/${vendor}/index.ts`, text: indexModule(vendor, withTypes) });
  return files;
}

/** Every generated file, with its text as the descriptions make it now. */
export function generate(root: string): GeneratedFile[] {
  const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
  return [...VENDORS.flatMap(vendorFiles), ...nativeFiles(), ...docsFiles(), { path: "README.md", text: withResourceTable(readme, RESOURCES) }];
}

/** Files under sdk/<vendor>/ marked as generated that the generator no longer makes (a resource removed or renamed). */
export function leftovers(root: string, files: GeneratedFile[]): string[] {
  const made = new Set(files.map((f) => f.path));
  const dirs = [...VENDORS.map((v) => `sdk/${v}`), ...VENDORS.map((v) => `sdk/native/${v}`), ...VENDORS.map((v) => `docs/${v}`)];
  return dirs.flatMap((dir) => {
    if (!fs.existsSync(path.join(root, dir))) return [];
    return fs
      .readdirSync(path.join(root, dir))
      .map((name) => `${dir}/${name}`)
      .filter((rel) => /\.(ts|md)$/.test(rel) && !made.has(rel) && fs.readFileSync(path.join(root, rel), "utf8").includes(GENERATED_MARK));
  });
}
