// Resources of one program that manage the same thing on the same object (an
// integration's `models` list and an IntegrationModelAccess of one of its
// models), found as the program declares them: before any API call, so that
// `preview` says so, naming both resources and the fix. The description of
// the resource that overlaps says with what (`ResourceSpec.overlaps`).
// Both are compared by the object's slug once the program's values are known:
// the other's own slug, or the one the provider derives for it.
import * as pulumi from "@pulumi/pulumi";
import { derivedSlug } from "../../provider/core/autoslug";
import { SEED_KEY } from "../../provider/core/keys";
import type { Overlap, ResourceSpec } from "../../spec/core/types";

/** A RunError: the engine shows its message alone, without the program's stack trace. */
export class OverlapError extends pulumi.RunError {
  override readonly name = "OverlapError";
}

interface Declared {
  spec: ResourceSpec;
  name: string;
  args: Record<string, unknown>;
}

/** What each running program declared so far; a new run (a new root stack resource) starts afresh. */
const declared = new WeakMap<object, Declared[]>();
const outsideAStack = {};

function declaredSoFar(): Declared[] {
  const root = pulumi.runtime.getStackResource() ?? outsideAStack;
  let list = declared.get(root);
  if (!list) declared.set(root, (list = []));
  return list;
}

/** Notes a resource the program declares, and compares it with those it overlaps. */
export function noteOverlaps(spec: ResourceSpec, name: string, args: Record<string, unknown>, seed?: unknown): void {
  const list = declaredSoFar();
  const me: Declared = { spec, name, args: seed === undefined ? args : { ...args, [SEED_KEY]: seed } };
  for (const other of list) {
    for (const o of spec.overlaps ?? []) if (o.resource === other.spec.name && other.spec.vendor === spec.vendor) compare(me, o, other);
    for (const o of other.spec.overlaps ?? []) if (o.resource === spec.name && other.spec.vendor === spec.vendor) compare(other, o, me);
  }
  list.push(me);
}

/** The slug of the object `owner` declares: its own, or the one the provider derives from its seed. */
function slugOf(owner: Declared): pulumi.Output<string | undefined> {
  const key = owner.spec.autoSlug ?? "slug";
  if (owner.args[key] !== undefined) return pulumi.output(owner.args[key] as pulumi.Input<string>);
  return pulumi.output(owner.args).apply((resolved) => derivedSlug(owner.spec, resolved as Record<string, unknown>));
}

function compare(user: Declared, overlap: Overlap, owner: Declared): void {
  const set = Object.keys(overlap.inputs).filter((k) => owner.args[k] !== undefined);
  if (!set.length) return;
  const ref = pulumi.output(user.args[overlap.field] as pulumi.Input<string>);
  // Unknown values (an object not created yet) skip the callback; known ones are compared.
  pulumi.all([ref, slugOf(owner)]).apply(([named, slug]) => {
    if (named === undefined || named !== slug) return;
    for (const key of set) report(user, overlap, owner, key, String(slug));
  });
}

function report(user: Declared, overlap: Overlap, owner: Declared, key: string, slug: string): void {
  const { severity, why } = overlap.inputs[key]!;
  const both =
    `${owner.spec.name} "${owner.name}" sets \`${key}\`, and ${user.spec.name} "${user.name}" names the same ` +
    `${owner.spec.name.toLowerCase()} (${slug}) in \`${overlap.field}\`: ${why}.`;
  if (severity === "warning") {
    void pulumi.log.warn(both);
    return;
  }
  throw new OverlapError(`${both} Nothing was changed. Fix: ${overlap.fix}.`);
}
