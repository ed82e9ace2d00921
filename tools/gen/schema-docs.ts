// `docs/`: one page per resource (with its data sources), written from the
// package schema the plugin serves plus the import-id format of the
// description, so the pages change exactly when the schema does.
import { RESOURCES } from "../../spec";
import type { ResourceSpec } from "../../spec/core/types";
import { functionToken, resourceToken, servedSources } from "../../provider/native/tokens";
import { importIdShape } from "./docs";
import { packageSchema } from "./package-schema";

type Prop = { type?: string; $ref?: string; items?: Prop; additionalProperties?: Prop; description?: string; secret?: boolean; willReplaceOnChanges?: boolean };
type Res = { description: string; properties: Record<string, Prop>; inputProperties: Record<string, Prop>; requiredInputs: string[] };
type Fn = { description: string; inputs: { properties: Record<string, Prop>; required?: string[] }; outputs: { properties: Record<string, Prop> } };

function typeOf(p: Prop): string {
  if (p.$ref) return p.$ref === "pulumi.json#/Any" ? "any (object or JSON string)" : p.$ref.slice(p.$ref.lastIndexOf(":") + 1);
  if (p.type === "array") return `${typeOf(p.items ?? {})}[]`;
  if (p.type === "object" && p.additionalProperties) return `map of ${typeOf(p.additionalProperties)}`;
  return p.type ?? "any";
}

function cell(text: string | undefined): string {
  return (text ?? "").replace(/\n+/g, " ").replace(/\|/g, "\\|");
}

function table(props: Record<string, Prop>, required: string[], flags: boolean): string[] {
  const head = flags
    ? ["| Name | Type | Required | Secret | Replaces | Description |", "| --- | --- | --- | --- | --- | --- |"]
    : ["| Name | Type | Description |", "| --- | --- | --- |"];
  const rows = Object.entries(props).map(([k, p]) => {
    const marks = flags ? ` ${required.includes(k) ? "yes" : ""} | ${p.secret ? "yes" : ""} | ${p.willReplaceOnChanges ? "yes" : ""} |` : "";
    return `| \`${k}\` | ${typeOf(p)} |${marks} ${cell(p.description)} |`;
  });
  return [...head, ...rows];
}

function functionSection(spec: ResourceSpec, fns: Record<string, Fn>): string[] {
  return servedSources(spec).flatMap((ds) => {
    const fn = fns[functionToken(spec, ds)]!;
    const args = Object.keys(fn.inputs.properties).length ? table(fn.inputs.properties, fn.inputs.required ?? [], false) : ["None."];
    return [
      "",
      `### \`${ds.name}\` (\`${functionToken(spec, ds)}\`)`,
      "",
      cell(fn.description),
      "",
      "Arguments:",
      "",
      ...args,
      "",
      "Result:",
      "",
      ...table(fn.outputs.properties, [], false),
    ];
  });
}

function page(spec: ResourceSpec, res: Res, fns: Record<string, Fn>): string {
  const token = resourceToken(spec);
  const outputsOnly = Object.fromEntries(Object.entries(res.properties).filter(([k]) => !(k in res.inputProperties)));
  return [
    "<!-- Generated from the package schema by `npm run gen`; do not edit. -->",
    `# ${spec.vendor}.${spec.name}`,
    "",
    `\`${token}\`${spec.terraform ? `, the Terraform provider's \`${spec.terraform}\`` : ""}.`,
    "",
    ...res.description.split("\n\n").flatMap((p) => [p, ""]),
    "## Import",
    "",
    "```sh",
    `pulumi import ${token} <name> '${spec.importId.example}'`,
    "```",
    "",
    `The id is \`${importIdShape(spec.importId)}\`.`,
    "",
    "## Arguments",
    "",
    ...table(res.inputProperties, res.requiredInputs, true),
    "",
    "## Outputs",
    "",
    "Every argument, and:",
    "",
    ...table(outputsOnly, [], false),
    ...(servedSources(spec).length ? ["", "## Data sources", ...functionSection(spec, fns)] : []),
    "",
  ].join("\n");
}

/** Every page of docs/, as text. */
export function docsFiles(): { path: string; text: string }[] {
  const schema = packageSchema("0.0.0") as { resources: Record<string, Res>; functions: Record<string, Fn> };
  return RESOURCES.map((spec) => ({ path: `docs/${spec.vendor}/${spec.file}.md`, text: page(spec, schema.resources[resourceToken(spec)]!, schema.functions) }));
}
