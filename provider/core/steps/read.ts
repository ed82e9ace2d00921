// Read: the live object in the user's terms, reconciled with state.
import { fromWireObject } from "../wire";
import type { Bag } from "../wire";
import { endpointPath, inUse } from "./endpoints";
import { inputsOf, reconcile } from "./outputs";
import type { Ctx, Parts } from "./parts";
import { itemQuery } from "./rest";

/** The live object in provider form (with its `id`), its sub-resources in use included; undefined when gone. */
export async function fetchLive(p: Parts, c: Ctx, id: string, state: Bag): Promise<Bag | undefined> {
  const { spec } = p;
  const raw = await p.api.get(c, id, state);
  if (!raw) return undefined;
  let obj = p.hooks.afterGet ? p.hooks.afterGet(raw) : raw;
  for (const e of inUse(spec, state)) {
    const path = endpointPath(spec, id, { ...state, ...fromWireObject(spec, obj) }, e);
    obj = { ...obj, ...(await c.client.get<Bag>(path, { query: itemQuery(spec, state) as never })) };
  }
  return { ...fromWireObject(spec, obj), id: obj.id };
}

export async function read(p: Parts, id: string, props: Bag = {}) {
  const live = await fetchLive(p, p.ctx(), id, props);
  if (!live) return {};
  const outs = reconcile(p.spec, props, live);
  return { id, props: outs, inputs: inputsOf(p.spec, outs) };
}
