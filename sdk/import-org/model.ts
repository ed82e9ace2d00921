// What import-org reads from an organisation and writes a program from.
import type { ResourceSpec } from "../../spec/core/types";
import { referencesOf } from "./refs";

export type Bag = Record<string, unknown>;

/** One live object, as the provider's read sees it. */
export interface Found {
  spec: ResourceSpec;
  /** The object's own id (a UUID, an opaque id or the access entry's workspace). */
  id: string;
  /** The import id in the description's format (`workspaceId:id`). */
  importId: string;
  /** The program's arguments: the object's current values in the user's terms. */
  inputs: Bag;
  /** Every value the read answered, outputs included: what a reference can point at. */
  props: Bag;
}

/** Resource types in an order where each comes after the types it refers to. */
export function parentsFirst(specs: ResourceSpec[]): ResourceSpec[] {
  const out: ResourceSpec[] = [];
  const visit = (s: ResourceSpec, path: string[]) => {
    if (out.includes(s) || path.includes(s.name)) return;
    for (const p of referencesOf(s)) {
      const parent = specs.find((x) => x.name === p.resource);
      if (parent) visit(parent, [...path, s.name]);
    }
    out.push(s);
  };
  for (const s of specs) visit(s, []);
  return out;
}
