// Objects whose inputs would manage the same thing twice in the adopting
// program: an integration's `models` list beside model access objects of that
// integration. The description of the overlapping type says which inputs
// (`ResourceSpec.overlaps`); those the program would refuse (`error`) are left
// out of the owner, so each model is adopted once, by its own object, and the
// owner leaves its model list to the server.
import type { Found } from "./model";
import { keyOfParent } from "./list";

export function withoutOverlaps(found: Found[]): Found[] {
  const dropped = new Map<Found, Set<string>>();
  for (const user of found) {
    for (const o of user.spec.overlaps ?? []) {
      const owners = found.filter((f) => f.spec.name === o.resource && f.spec.vendor === user.spec.vendor);
      const owner = owners.find((f) => [keyOfParent(f), f.id].includes(String(user.props[o.field])));
      if (!owner) continue;
      const keys = dropped.get(owner) ?? new Set<string>();
      for (const [k, rule] of Object.entries(o.inputs)) if (rule.severity === "error") keys.add(k);
      dropped.set(owner, keys);
    }
  }
  return found.map((f) => {
    const keys = dropped.get(f);
    return keys ? { ...f, inputs: Object.fromEntries(Object.entries(f.inputs).filter(([k]) => !keys.has(k))) } : f;
  });
}
