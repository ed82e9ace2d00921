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
  const plain = fields.find(([, f]) => f.required && f.schema.type === "string" && ["format", "pattern", "enum"].every((k) => f.schema[k] === undefined));
  const [jsonKey, json] = fields.find(([, f]) => f.json) ?? [];
  const [numberKey] = fields.find(([, f]) => f.schema.type === "number" || f.schema.type === "integer") ?? fields[0]!;
  const at = (key: string) => `${spec.name}\\.${key}`;
  const rows: BadInput[] = [];
  // A blank name, where one is required.
  if (plain) rows.push([`blank ${plain[0]}`, { [plain[0]]: " \t " }, new RegExp(`${at(plain[0])} must not be blank`)]);
  // A non-finite number: in a number field where there is one, else in whatever field comes first.
  rows.push([`${numberKey} = Infinity`, { [numberKey]: Infinity }, new RegExp(`${at(numberKey)} must be a finite number, not Infinity`)]);
  // Deep nesting, as an object (which Pulumi's serializer could not even take).
  const deepKey = jsonKey ?? fields[0]![0];
  rows.push([`${deepKey} nested 2,000 levels`, { [deepKey]: nested(2_000) }, new RegExp(`${at(deepKey)} nests deeper than 64 levels`)]);
  // A repeated key in a JSON string.
  if (jsonKey) {
    const shown = json!.secret ? "" : '"limit" ';
    rows.push([
      `${jsonKey} with a repeated key`,
      { [jsonKey]: '{"limit": 1, "limit": 2}' },
      new RegExp(`${at(jsonKey)} has the key ${shown}twice in one object`),
    ]);
  }
  // A dot segment in the import id's last part (unit tests try every part).
  const parts = spec.importId.parts;
  const id = parts.map((p, j) => (j === parts.length - 1 ? ".." : `${p}-1`)).join(spec.importId.separator ?? "");
  rows.push([`import id ${id}`, {}, new RegExp(`${spec.name}\\.import id "${esc(id)}": its ${parts[parts.length - 1]} must not be "\\.\\."`), { import: id }]);
  return rows;
}
