// Bad-input rows every resource gets from its description, beside its own
// table: what no field schema can catch (non-finite numbers, repeated JSON
// keys, deep nesting, blank names, dot-segment import ids). Derived, so a
// resource added later is covered without a line of its own.
import { inputFields, ResourceSpec } from "../../spec/core/types";
import type { BadInput } from "./tables";

/** A value nested `depth` levels, objects and arrays by turns. */
export function nested(depth: number): unknown {
  let v: unknown = "leaf";
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { level: v };
  return v;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function structuralRows(spec: ResourceSpec): BadInput[] {
  const fields = inputFields(spec);
  const plainRequired = fields.filter(
    ([, f]) => f.required && f.schema.type === "string" && ["format", "pattern", "enum"].every((k) => f.schema[k] === undefined),
  );
  const json = fields.filter(([, f]) => f.json);
  const numbers = fields.filter(([, f]) => f.schema.type === "number" || f.schema.type === "integer");
  const at = (key: string) => `${spec.name}\\.${key}`;
  const rows: BadInput[] = [];
  // Blank names: spaces, a tab and a newline, by turns over the required names.
  plainRequired.forEach(([key], i) => {
    const blank = ["   ", "\t", " \n "][i % 3]!;
    rows.push([`blank ${key}`, { [key]: blank }, new RegExp(`${at(key)} must not be blank`)]);
  });
  // Non-finite numbers: in a number field where there is one, else in whatever field comes first, and inside a JSON document.
  const [numberKey] = numbers[0] ?? fields[0]!;
  rows.push([`${numberKey} = Infinity`, { [numberKey]: Infinity }, new RegExp(`${at(numberKey)} must be a finite number, not Infinity`)]);
  rows.push([`${numberKey} = NaN`, { [numberKey]: NaN }, new RegExp(`${at(numberKey)} must be a finite number, not NaN`)]);
  const [jsonKey] = json[0] ?? fields[0]!;
  rows.push([
    `-Infinity inside ${jsonKey}`,
    { [jsonKey]: [{ inner: { n: -Infinity } }] },
    new RegExp(`${at(jsonKey)}\\[0\\]\\.inner\\.n must be a finite number, not -Infinity`),
  ]);
  // Deep nesting, as an object and (for JSON fields) as a JSON string.
  rows.push([`${jsonKey} nested 2,000 levels`, { [jsonKey]: nested(2_000) }, new RegExp(`${at(jsonKey)} nests deeper than 64 levels`)]);
  for (const [key, f] of json) {
    rows.push([`${key} as JSON nested 2,000 levels`, { [key]: "[".repeat(2_000) + "]".repeat(2_000) }, new RegExp(`${at(key)} nests deeper than 64 levels`)]);
    const shown = f.secret ? "" : '"limit" ';
    rows.push([`${key} with a repeated key`, { [key]: '{"limit": 1, "limit": 2}' }, new RegExp(`${at(key)} has the key ${shown}twice in one object`)]);
  }
  // Dot segments in each part of the import id.
  spec.importId.parts.forEach((part, i) => {
    for (const dots of [".", ".."]) {
      const id = spec.importId.parts.map((p, j) => (j === i ? dots : `${p}-1`)).join(spec.importId.separator ?? "");
      rows.push([`import id ${id}`, {}, new RegExp(`${spec.name}\\.import id "${esc(id)}": its ${part} must not be "${esc(dots)}"`), { import: id }]);
    }
  });
  return rows;
}
