// Recovery after an interrupted run: the ids of live objects a pending create
// may have made, found the way the description's lost-create protection would.
import { carriesMarker } from "../marker";
import { findCreated } from "../recover";
import { Bag, fromWireObject } from "../wire";
import { differences, strip } from "./outputs";
import type { Parts } from "./parts";
import { fetchLive } from "./read";

export interface LocateOptions {
  /** Objects older than this (ms since the epoch) predate the run. */
  since?: number;
  /** Ids of objects other resources own. */
  owned: Set<string>;
}

/** Ids of live objects the pending create (whose checked inputs are `news`) may have made. */
export async function locate(p: Parts, news: Bag, opts: LocateOptions): Promise<string[]> {
  const { spec } = p;
  const c = p.ctx();
  const inputs = strip(news);
  const fits = (live: Bag | undefined): live is Bag => live !== undefined && !opts.owned.has(String(live.id)) && differences(spec, live, inputs).length === 0;
  if (spec.lostCreate === "upsert") {
    // The create is an idempotent PUT whose id follows from the inputs.
    const id = p.idOf({}, inputs);
    return fits(await fetchLive(p, c, id, inputs)) ? [id] : [];
  }
  if (spec.autoSlug && inputs[spec.autoSlug] !== undefined) {
    const live = await fetchLive(p, c, String(inputs[spec.autoSlug]), inputs);
    return fits(live) ? [p.idOf(live, inputs)] : [];
  }
  // Where the description keeps an ownership marker, only objects carrying this resource's are candidates.
  const mine = spec.ownerMarker ? (o: Bag) => carriesMarker(spec, o, news) : undefined;
  const found = await findCreated(c.client, spec, inputs, opts.since ?? 0, p.hooks.afterGet, mine);
  const ids: string[] = [];
  for (const item of found) {
    // List items may leave fields out (a config's body); compare whole objects.
    const live = await fetchLive(p, c, String(item.id), { ...inputs, ...fromWireObject(spec, item) });
    if (fits(live)) ids.push(p.idOf(live, inputs));
  }
  return ids;
}
