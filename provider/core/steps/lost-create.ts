// The lost-create protection the description chooses (`spec.lostCreate`),
// applied around whatever create the resource makes: the REST default or a
// hook's. A create that may have been committed before its answer was lost is
// never simply sent again.
import { ConflictError } from "../../http/errors";
import { isDerived } from "../autoslug";
import { MissingIdError, SlugTakenError } from "../errors";
import { quote } from "../quote";
import { findCreated, maybeCommitted } from "../recover";
import { Bag, toWireBody } from "../wire";
import { differences } from "./outputs";
import type { Ctx, Parts } from "./parts";
import { fetchLive } from "./read";

/** How one strategy finds what a lost attempt made, and what it does on a 409. */
interface Guard {
  /** The object a lost attempt made, in the create's answer's form, or undefined. */
  find(since: number): Promise<Bag | undefined>;
  /** Look before each retry (a derived slug needs no look: the repeat itself is the lookup). */
  lookFirst: boolean;
  onConflict?(err: ConflictError): Promise<Bag>;
}

/** Creates the object once, whatever happens to the answers. `news` are the checked inputs (slug seed included). */
export function protectedCreate(p: Parts, c: Ctx, body: Bag, inputs: Bag, news: Bag): Promise<Bag> {
  const create = () => p.api.create(c, body, inputs);
  switch (p.spec.lostCreate) {
    case "upsert":
      return create();
    case "derivedSlug":
      if (isDerived(p.spec, news)) return retryLooking(p, c, create, inputs, slugGuard(p, c, inputs));
      return retryLooking(p, c, create, inputs, naturalKeyGuard(p, c, inputs));
    case "naturalKey":
      return retryLooking(p, c, create, inputs, naturalKeyGuard(p, c, inputs));
  }
}

/** Tries the create, and after an answer that may hide a committed create, looks before trying again. */
async function retryLooking(p: Parts, c: Ctx, create: () => Promise<Bag>, inputs: Bag, guard: Guard): Promise<Bag> {
  const { spec } = p;
  const since = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      const created = await create();
      if (p.idOf(created, inputs)) return created;
      // An answer without the id is as good as lost: find what the create made.
      const found = await guard.find(since);
      if (found) return { id: found.id, [spec.api.pathKey]: found[spec.api.pathKey] };
      const keys = Object.keys(created).join(", ") || "none";
      throw new MissingIdError(`${spec.name}: the ${spec.vendor} API answered the create without an id (keys: ${keys}), and no object it may have made was found`);
    } catch (err) {
      if (guard.onConflict && err instanceof ConflictError) return guard.onConflict(err);
      if (!maybeCommitted(err) || attempt > c.client.maxRetries) throw err;
      const found = guard.lookFirst ? await guard.find(since) : undefined;
      if (found) return found;
      await c.client.pause(attempt, err);
    }
  }
}

function naturalKeyGuard(p: Parts, c: Ctx, inputs: Bag): Guard {
  return { lookFirst: true, find: (since) => findCreated(c.client, p.spec, inputs, since, p.hooks.afterGet) };
}

function slugGuard(p: Parts, c: Ctx, inputs: Bag): Guard {
  return { lookFirst: false, find: () => bySlug(p, c, inputs), onConflict: (err) => adoptRepeat(p, c, inputs, err) };
}

/** The object our derived slug names, as the create's answer would give it. */
async function bySlug(p: Parts, c: Ctx, inputs: Bag): Promise<Bag | undefined> {
  const slugKey = p.spec.autoSlug!;
  const slug = inputs[slugKey];
  const live = await fetchLive(p, c, String(slug), inputs);
  return live && { ...live, [slugKey]: live[slugKey] ?? slug };
}

/**
 * The object an earlier attempt made with our derived slug: in this run, or in
 * a run that was killed before it recorded the create. The slug encodes this
 * stack and resource, so the object is ours; it is brought up to the program.
 */
async function adoptRepeat(p: Parts, c: Ctx, inputs: Bag, conflict: ConflictError): Promise<Bag> {
  const { spec } = p;
  const slugKey = spec.autoSlug!;
  const live = await bySlug(p, c, inputs);
  if (!live) throw conflict;
  const differing = differences(spec, live, inputs, (key, f) => f.replaceOnChange === true && key !== slugKey);
  if (differing.length) {
    throw new SlugTakenError(`${spec.name}: slug ${quote(live[slugKey])} is taken by an object that differs in ${differing.join(", ")}; give this resource its own \`slug\``);
  }
  await p.api.update(c, String(live.id), toWireBody(spec, inputs, "update"), { ...inputs, ...live }, inputs);
  return { id: live.id, [slugKey]: live[slugKey] };
}
