// Delete: an object already gone is what delete wanted. A delete the API
// would cascade to objects inside this one is only asked for when the
// description's `deleteCascade` setting is on in state; without it, a refusal
// because of dependents says what they are and how to proceed.
import { ConflictError, isNotFound } from "../../http/errors";
import { DependentsError } from "../errors";
import { subjectOf } from "../log";
import type { ResourceSpec } from "../../../spec/core/types";
import type { Bag } from "../wire";
import type { Parts } from "./parts";

export async function remove(p: Parts, id: string, props: Bag): Promise<void> {
  try {
    await p.api.delete(p.ctx(), id, props);
  } catch (err) {
    if (err instanceof ConflictError && p.spec.deleteCascade && !forcing(p.spec, props))
      throw holdsDependents(p.spec, id, props, err.vendorMessage && `${p.spec.vendor}: ${err.vendorMessage}`);
    if (!isNotFound(err, { forbiddenMeansGone: p.spec.forbiddenMeansGone })) throw err;
  }
}

/** True when state opts in to the delete's cascade. */
export function forcing(spec: ResourceSpec, state: Bag): boolean {
  return !!spec.deleteCascade && state[spec.deleteCascade.field] === true;
}

/** The refusal of a delete that would cascade; `detail` says what the object holds, where known. */
export function holdsDependents(spec: ResourceSpec, id: string, state: Bag, detail?: string): DependentsError {
  const { field, dependents } = spec.deleteCascade!;
  const said = detail ? ` (${detail})` : "";
  return new DependentsError(
    `${subjectOf(spec, state, id)} was not deleted: it still holds objects${said}, and deleting it would delete them too (${dependents}), ` +
      `including any that Pulumi does not manage. Nothing was deleted. Move or delete what it holds and run destroy again, ` +
      `or set \`${field}: true\` on the resource, run \`pulumi up\`, then destroy.`,
  );
}

/** The warning `preview` shows while the cascade is on, or undefined. */
export function cascadeWarning(spec: ResourceSpec, news: Bag): string | undefined {
  if (!forcing(spec, news)) return undefined;
  const { field, dependents } = spec.deleteCascade!;
  return (
    `warning: ${subjectOf(spec, news)} has ${field}: true: destroying or replacing it also deletes everything it holds ` +
    `(${dependents}), including objects Pulumi does not manage.`
  );
}
