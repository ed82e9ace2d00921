// Update: PUT the item where a field of its own changed, then the sub-resources
// whose fields changed, then read back the server-set outputs.
import { isDerived } from "../autoslug";
import { diffFromSpec } from "../diff";
import { seal } from "../fingerprint";
import { inputFields } from "../../../spec/core/types";
import { Bag, toWireBody } from "../wire";
import { putEndpoints } from "./endpoints";
import { guardSecrets, pickOutputs, strip, writtenOutputs } from "./outputs";
import type { Parts } from "./parts";
import { fetchLive } from "./read";

export async function update(p: Parts, id: string, olds: Bag, news: Bag) {
  const { spec } = p;
  const c = p.ctx();
  const inputs = strip(news);
  // A derived slug never renames an object that already has one.
  if (spec.autoSlug && isDerived(spec, news) && olds[spec.autoSlug] !== undefined) inputs[spec.autoSlug] = olds[spec.autoSlug];
  const removed = inputFields(spec)
    .map(([k]) => k)
    .filter((k) => olds[k] !== undefined && inputs[k] === undefined);
  guardSecrets(c, news);
  // A change only to fields set through sub-resources needs no PUT of the item itself.
  const changed = diffFromSpec(spec, olds, news).changed;
  if (!changed.length || changed.some((k) => !spec.fields[k]?.endpoint)) {
    await p.api.update(c, id, toWireBody(spec, inputs, "update", removed), olds, inputs);
  }
  await putEndpoints(c, id, inputs, olds);
  const live = (await fetchLive(p, c, id, { ...olds, ...inputs })) ?? {};
  return { outs: seal(spec, writtenOutputs(spec, inputs, { ...pickOutputs(spec, olds), ...live })) };
}
