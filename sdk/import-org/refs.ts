// Which listed object a parent field's value names, and through which of its
// values: a child keeps a reference (`workspaceId: ws.id`), never a pasted string.
import { resourcesOf } from "../../spec";
import { inputFields, ParentRef, ResourceSpec } from "../../spec/core/types";
import type { Found } from "./model";

export interface Resolved {
  parent: Found;
  /** The parent's property the value equals: `id`, `slug`, ... */
  property: string;
}

/** The properties of a parent a child may name it by: its id, its path key, and the identifiers the server sets. */
export function identityKeys(spec: ResourceSpec): string[] {
  const server = Object.entries(spec.fields)
    .filter(([, f]) => (f.output || f.computed) && f.schema.type === "string" && !f.secret)
    .map(([k]) => k)
    .filter((k) => !/At$/.test(k));
  return [...new Set(["id", spec.api.pathKey, ...server])];
}

export function resolveRef(ref: ParentRef, value: unknown, found: Found[]): Resolved | undefined {
  if (typeof value !== "string" || value === "") return undefined;
  for (const parent of found) {
    if (parent.spec.name !== ref.resource) continue;
    for (const property of identityKeys(parent.spec)) {
      const own = property === "id" ? parent.id : parent.props[property];
      if (own === value) return { parent, property };
    }
  }
  return undefined;
}

/**
 * The fields that name another object: the description's parents, and an input
 * named after a resource of the vendor (`integrationId` names an Integration,
 * a prompt's `virtualKey` a VirtualKey).
 */
export function referencesOf(spec: ResourceSpec): ParentRef[] {
  const refs = [...(spec.parents ?? [])];
  const named = (r: ResourceSpec) => r.name[0]!.toLowerCase() + r.name.slice(1);
  for (const [field, f] of inputFields(spec)) {
    if (f.schema.type !== "string") continue;
    const target = resourcesOf(spec.vendor).find((r) => r !== spec && (field === named(r) + "Id" || field === named(r)));
    if (target && !refs.some((r) => r.field === field)) refs.push({ resource: target.name, field, blocksDelete: false });
  }
  return refs;
}

/** Each reference field of an object that names a listed object. */
export function parentsOf(obj: Found, found: Found[]): { ref: ParentRef; to: Resolved }[] {
  return referencesOf(obj.spec).flatMap((ref) => {
    const to = resolveRef(
      ref,
      obj.inputs[ref.field],
      found.filter((f) => f.spec.vendor === obj.spec.vendor),
    );
    return to ? [{ ref, to }] : [];
  });
}
