// `diff`: decided from state and inputs alone, never from the network.
import { isFingerprint, matches, sealed } from "./fingerprint";
import { sameValue } from "./normalize";
import { inputFields, ResourceSpec } from "../../spec/core/types";
import { UNKNOWN } from "./keys";
import { hasUnknown } from "./validate";
import { Bag } from "./wire";

export interface DiffOutcome {
  changes: boolean;
  replaces: string[];
  changed: string[];
  deleteBeforeReplace: boolean;
}

export function diffFromSpec(spec: ResourceSpec, olds: Bag, news: Bag): DiffOutcome {
  const changed: string[] = [];
  const replaces: string[] = [];
  for (const [key, field] of inputFields(spec)) {
    const next = news[key];
    // A server-filled field the user leaves out keeps whatever the server chose.
    if (field.computed && next === undefined) continue;
    const old = olds[key];
    const same = sealed(field) && isFingerprint(old) ? next !== undefined && matches(old, next) : sameValue(field, old, next);
    const differs = next === UNKNOWN || hasUnknown(next) || !same;
    if (!differs) continue;
    changed.push(key);
    if (field.replaceOnChange) replaces.push(key);
  }
  // Replacing while a unique key stays the same would collide: delete first.
  const keepsUnique = (spec.uniqueKeys ?? []).some((k) => news[k] !== undefined && !changed.includes(k));
  return { changes: changed.length > 0, replaces, changed, deleteBeforeReplace: replaces.length > 0 && keepsUnique };
}
