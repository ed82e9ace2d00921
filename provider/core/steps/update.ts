// Update: PUT the item where a field of its own changed, then the sub-resources
// whose fields changed, then read back the server-set outputs.
import { isDerived } from "../autoslug";
import { diffFromSpec } from "../diff";
import { InitFailedError, UnfinishedUpdateError } from "../errors";
import { marked } from "../marker";
import { seal } from "../fingerprint";
import { inputFields } from "../../../spec/core/types";
import { Bag, shownOnceOf, toWireBody } from "../wire";
import { putEndpoints } from "./endpoints";
import { guardSecrets, pickOutputs, strip, writtenOutputs } from "./outputs";
import type { Ctx, Parts } from "./parts";
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
  // A change only to fields set through sub-resources, or to the provider's own settings, needs no PUT of the item itself.
  const changed = diffFromSpec(spec, olds, news).changed;
  let answer: Bag | void = undefined;
  if (!changed.length || changed.some((k) => !spec.fields[k]?.endpoint && !spec.fields[k]?.providerOnly)) {
    try {
      answer = await p.api.update(c, id, marked(spec, toWireBody(spec, inputs, "update", removed), news), olds, inputs);
    } catch (err) {
      if (err instanceof UnfinishedUpdateError) throw await unfinished(p, c, id, olds, inputs, news, err);
      throw err;
    }
  }
  await putEndpoints(c, id, inputs, olds);
  const live = (await fetchLive(p, c, id, { ...olds, ...inputs })) ?? {};
  return { outs: seal(spec, writtenOutputs(spec, inputs, { ...pickOutputs(spec, olds), ...live, ...shownOnceOf(spec, answer) })) };
}

/** The object changed but is not whole: record it as it now is, so the next up finishes it. */
async function unfinished(p: Parts, c: Ctx, id: string, olds: Bag, inputs: Bag, news: Bag, err: Error): Promise<InitFailedError> {
  const { spec } = p;
  const live = (await fetchLive(p, c, id, { ...olds, ...inputs }).catch(() => undefined)) ?? {};
  const outs = seal(spec, writtenOutputs(spec, inputs, { ...pickOutputs(spec, olds), ...live }));
  return new InitFailedError(`${spec.name} "${id}" was updated, but ${err.message}. The next \`pulumi up\` finishes it.`, id, {
    ...outs,
    __provider: news.__provider,
  });
}
