// `--workspace`: one workspace, what lives in it, and the organisation-level
// objects those use. An object placed in a workspace (a parent field naming
// one) is kept when that is the chosen one; one that hangs off other objects
// only is kept when they all are; one with no parent (organisation-level) is
// kept when a kept object refers to it.
import { ImportOrgError } from "./errors";
import { Found } from "./model";
import { parentsOf } from "./refs";

/** The resource type `--workspace` names an object of. */
export const SCOPE_TYPE = "Workspace";

/** The chosen workspace among those listed, by id, slug or name; refused when none matches. */
export function chosenWorkspace(workspace: string, listed: Found[]): Found {
  const match = listed.find((f) => f.id === workspace || f.props.slug === workspace || f.props.name === workspace);
  if (!match) {
    const known = listed.map((f) => `${f.props.slug ?? f.id} (${f.props.name})`).join(", ") || "none";
    throw new ImportOrgError(`--workspace ${workspace}: no such workspace; the organisation has: ${known}`);
  }
  return match;
}

export function narrowToWorkspace(ws: Found, found: Found[]): Found[] {
  const kept = new Set<Found>([ws]);
  const orgLevel: Found[] = [];
  for (const obj of found) {
    if (obj.spec.name === SCOPE_TYPE) continue;
    const parents = parentsOf(obj, found);
    const placed = parents.filter((p) => p.ref.resource === SCOPE_TYPE);
    if (placed.length) {
      if (placed.every((p) => p.to.parent === ws) && parents.every((p) => p.ref.resource === SCOPE_TYPE || !isPlacedElsewhere(p.to.parent, ws, found)))
        kept.add(obj);
    } else if (parents.length) {
      if (parents.every((p) => kept.has(p.to.parent))) kept.add(obj);
    } else if (!(obj.spec.parents ?? []).some((r) => r.resource === SCOPE_TYPE && obj.inputs[r.field] !== undefined)) {
      orgLevel.push(obj);
    }
  }
  // Organisation-level objects a kept object uses, children before parents so chains are followed.
  for (const obj of [...orgLevel].reverse()) {
    if ([...kept].some((k) => parentsOf(k, found).some((p) => p.to.parent === obj))) kept.add(obj);
  }
  return found.filter((f) => kept.has(f));
}

/** A parent that itself lives in another workspace (an integration scoped to it). */
function isPlacedElsewhere(obj: Found, ws: Found, found: Found[]): boolean {
  return parentsOf(obj, found).some((p) => p.ref.resource === SCOPE_TYPE && p.to.parent !== ws);
}
