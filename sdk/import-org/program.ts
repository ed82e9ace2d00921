// The generated index.ts: one resource per object, parents first, each with
// the `import` option and its current values; parent fields as references to
// the parent's variable; secrets and write-only values read from stack config.
import { inputFields } from "../../spec/core/types";
import { keyLiteral, literal, stringLiteral } from "./literal";
import { Found, parentsFirst } from "./model";
import { Named, nameAll } from "./naming";
import { configRead, Placeholder, placeholdersOf } from "./placeholders";
import { parentsOf } from "./refs";

export interface Program {
  source: string;
  placeholders: Placeholder[];
  named: Named[];
}

/**
 * The resource options. Under the native provider the engine's import diffs the
 * program's inputs against what the API returns, which never holds a write-only
 * value: those are left to the object as it is (`ignoreChanges`) until the user
 * drops the option to manage them.
 */
function options(importId: string, placeholders: Placeholder[], native: boolean): string {
  const ignored = native ? placeholders.map((p) => stringLiteral(p.field)) : [];
  return `{ import: ${stringLiteral(importId)}${ignored.length ? `, ignoreChanges: [${ignored.join(", ")}]` : ""} }`;
}

function declaration(n: Named, byObject: Map<Found, Named>, found: Found[], native: boolean): { text: string; placeholders: Placeholder[] } {
  const { obj } = n;
  const refs = new Map(parentsOf(obj, found).map((p) => [p.ref.field, `${byObject.get(p.to.parent)!.variable}.${p.to.property}`]));
  const placeholders = placeholdersOf(obj.spec, obj.inputs, n.variable, n.resourceName);
  const lines: string[] = [];
  for (const [key, field] of inputFields(obj.spec)) {
    const p = placeholders.find((x) => x.field === key);
    if (p) lines.push(`  ${keyLiteral(key)}: ${configRead(p)},`);
    else if (field.secret || field.writeOnly) continue;
    else if (refs.has(key)) lines.push(`  ${keyLiteral(key)}: ${refs.get(key)},`);
    else if (obj.inputs[key] !== undefined) lines.push(`  ${keyLiteral(key)}: ${literal(obj.inputs[key], "  ")},`);
  }
  const ctor = `${obj.spec.vendor}.${obj.spec.name}`;
  const text = `const ${n.variable} = new ${ctor}(\n  ${stringLiteral(n.resourceName)},\n  {\n${lines.map((l) => "  " + l).join("\n")}\n  },\n  ${options(obj.importId, placeholders, native)},\n);`;
  return { text, placeholders };
}

/** Types parents first, objects of a type sorted by name. */
function ordered(found: Found[]): Found[] {
  const types = parentsFirst([...new Set(found.map((f) => f.spec))]).map((s) => s.name);
  const label = (f: Found) => String(f.props.slug ?? f.inputs.name ?? f.importId);
  return types.flatMap((t) => found.filter((f) => f.spec.name === t).sort((a, b) => label(a).localeCompare(label(b)) || a.importId.localeCompare(b.importId)));
}

/** `native`: the classes of `pulumi-aigov/native`, served by the `aigov` plugin, instead of the dynamic ones. */
export function generateProgram(found: Found[], header: string, native = false): Program {
  const named = nameAll(ordered(found));
  const byObject = new Map(named.map((n) => [n.obj, n]));
  const vendors = [...new Set(found.map((f) => f.spec.vendor))].sort();
  const parts = named.map((n) => declaration(n, byObject, found, native));
  const placeholders = parts.flatMap((p) => p.placeholders);
  const source = [
    header,
    ...(placeholders.length ? [`import * as pulumi from "@pulumi/pulumi";`] : []),
    `import { ${vendors.join(", ")} } from "pulumi-aigov${native ? "/native" : ""}";`,
    "",
    ...(placeholders.length ? ["const config = new pulumi.Config();", ""] : []),
    ...parts.map((p) => p.text + "\n"),
  ].join("\n");
  return { source, placeholders, named };
}
