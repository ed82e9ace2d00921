// Sub-resources of an item (`{item}/{endpoint}`) that some fields are set through.
import { sameValue } from "../normalize";
import { endpointsOf, inputFields, ResourceSpec } from "../../../spec/core/types";
import { Bag, endpointBody } from "../wire";
import type { Ctx } from "./parts";
import { itemPath, itemQuery, keyOf } from "./rest";

export function endpointPath(spec: ResourceSpec, id: string, state: Bag, endpoint: string): string {
  return `${itemPath(spec, keyOf(spec, id, state))}/${endpoint}`;
}

/** Sub-resources worth a request: those with a field the program or state sets. */
export function inUse(spec: ResourceSpec, state: Bag): string[] {
  return endpointsOf(spec).filter((e) => inputFields(spec).some(([k, f]) => f.endpoint === e && state[k] !== undefined));
}

/** PUTs the sub-resources whose fields differ from state (all in use, on create). */
export async function putEndpoints({ spec, client }: Ctx, id: string, inputs: Bag, olds?: Bag): Promise<void> {
  const state = { ...olds, ...inputs };
  for (const e of endpointsOf(spec)) {
    const fields = inputFields(spec).filter(([, f]) => f.endpoint === e);
    // A server-filled field the program leaves out is the server's to keep, whatever state read back.
    const changed = olds
      ? fields.some(([k, f]) => !(f.computed && inputs[k] === undefined) && !sameValue(f, olds[k] ?? f.default, inputs[k] ?? f.default))
      : fields.some(([k]) => inputs[k] !== undefined);
    if (changed) await client.put(endpointPath(spec, id, state, e), { body: endpointBody(spec, e, inputs, olds), query: itemQuery(spec, state) as never });
  }
}
