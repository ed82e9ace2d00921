// The lost-create protection the description chooses (`spec.lostCreate`),
// applied around whatever create the resource makes: the REST default or a
// hook's. A create that may have been committed before its answer was lost is
// never simply sent again, and only an object that is provably this
// resource's is adopted.
import { ConflictError } from "../../http/errors";
import { isDerived } from "../autoslug";
import { InitFailedError, LostCreateError, SlugTakenError } from "../errors";
import { seal } from "../fingerprint";
import { subjectOf } from "../log";
import { carriesMarker, markerOf } from "../marker";
import { quote } from "../quote";
import { findCreated, maybeCommitted } from "../recover";
import { Bag, toWireBody } from "../wire";
import { differences, writtenOutputs } from "./outputs";
import type { Ctx, Parts } from "./parts";
import { fetchLive } from "./read";

/**
 * Waits between the looks for what a lost create made, in ms. A create still
 * running at the server when its answer was lost (a timeout) may commit later;
 * these looks cover 30 s after the lost answer.
 */
export const lookSchedule = { delaysMs: [0, 2_000, 4_000, 8_000, 16_000] };

/** The window the looks cover, in whole seconds, for messages. */
const windowSeconds = () => Math.round(lookSchedule.delaysMs.reduce((a, b) => a + b, 0) / 1000);

/** Creates the object once, whatever happens to the answers. `news` are the checked inputs (slug seed included). */
export function protectedCreate(p: Parts, c: Ctx, body: Bag, inputs: Bag, news: Bag): Promise<Bag> {
  const create = () => p.api.create(c, body, inputs);
  switch (p.spec.lostCreate) {
    case "upsert":
      return create();
    case "derivedSlug":
      if (isDerived(p.spec, news)) return repeatingSlug(p, c, create, inputs, news);
      return onceLooking(p, c, create, inputs, news);
    case "naturalKey":
      return onceLooking(p, c, create, inputs, news);
  }
}

/**
 * A derived slug is this stack's resource's own, and the API refuses a second
 * object with it: a repeat after a lost answer is safe, even while the first
 * attempt is still in flight at the server. A 409 on the repeat means an
 * earlier attempt went through; that object is ours and is adopted.
 */
async function repeatingSlug(p: Parts, c: Ctx, create: () => Promise<Bag>, inputs: Bag, news: Bag): Promise<Bag> {
  for (let attempt = 1; ; attempt++) {
    try {
      const created = await create();
      if (p.idOf(created, inputs)) return created;
      const found = await bySlug(p, c, inputs);
      if (found) return { id: found.id, [p.spec.api.pathKey]: found[p.spec.api.pathKey] };
      throw missingId(p, created, "no object with its slug was found");
    } catch (err) {
      if (err instanceof ConflictError) return adoptRepeat(p, c, inputs, news, err);
      if (!maybeCommitted(err) || attempt > c.client.maxRetries) throw err;
      await c.client.pause(attempt, err);
    }
  }
}

/**
 * After a lost answer the create is never sent again: a second create could
 * make a second object, even later than the lookup (a create still in flight at
 * the server). The provider looks for what it may have made, for a bounded
 * time, and adopts it only when it carries this resource's ownership marker;
 * otherwise it fails, saying what it saw. A create that provably did nothing (a
 * refused connection, a 429) is retried by the HTTP core.
 */
async function onceLooking(p: Parts, c: Ctx, create: () => Promise<Bag>, inputs: Bag, news: Bag): Promise<Bag> {
  const since = Date.now();
  let created: Bag;
  try {
    created = await create();
    if (p.idOf(created, inputs)) return created;
  } catch (err) {
    if (!maybeCommitted(err)) throw err;
    return adoptMarked(p, c, inputs, news, since, (err as Error).message);
  }
  return adoptMarked(p, c, inputs, news, since, missingId(p, created, "").message);
}

/** The object the lost create made, when it carries our marker; else a clear failure. */
async function adoptMarked(p: Parts, c: Ctx, inputs: Bag, news: Bag, since: number, cause: string): Promise<Bag> {
  const marker = markerOf(p.spec, news);
  const mine = marker ? (o: Bag) => carriesMarker(p.spec, o, news) : undefined;
  const found = await look(p, c, inputs, since, mine).catch((err: Error) => {
    throw new LostCreateError(
      `${subjectOf(p.spec, inputs)}: the create's answer was lost (${cause}); it was not sent again, and looking for what it made failed too (${err.message}). ` +
        `Check whether it exists before running \`pulumi up\` again; if it does, adopt it with the \`import\` resource option.`,
    );
  });
  if (marker && found.length) return found[0]!;
  throw lost(p, inputs, cause, found, !!marker);
}

/** Candidates made since the create was sent; looks again while none shows up, within the window. Throws when no look could list. */
async function look(p: Parts, c: Ctx, inputs: Bag, since: number, mine?: (o: Bag) => boolean): Promise<Bag[]> {
  let listed = false;
  let failure: unknown;
  for (const delay of lookSchedule.delaysMs) {
    if (delay) await c.client.wait(delay);
    const found = await findCreated(c.client, p.spec, inputs, since, p.hooks.afterGet, mine).then(
      (f) => ((listed = true), f),
      (err: unknown) => ((failure = err), []),
    );
    if (found.length) return found;
  }
  if (!listed) throw failure;
  return [];
}

function lost(p: Parts, inputs: Bag, cause: string, found: Bag[], marked: boolean): LostCreateError {
  const { spec } = p;
  const what = `${spec.name} ${JSON.stringify(inputs.name ?? inputs[spec.naturalKey[0]!] ?? "")}`;
  const head = `${what}: the create's answer was lost (${cause}); it was not sent again, since a second create could make a second object.`;
  if (!found.length) {
    const which = marked ? "No object carrying this resource's marker" : "No object it may have made";
    return new LostCreateError(
      `${head} ${which} appeared within ${windowSeconds()} s of the lost answer, so most likely it made nothing: run \`pulumi up\` again to create it. ` +
        `If one appears later after all, adopt it with the \`import\` resource option instead.`,
    );
  }
  const ids = found.map((o) => String(o.id)).join(", ");
  return new LostCreateError(
    `${head} An object with the same ${spec.naturalKey.join(" and ")} appeared (${ids}), but nothing proves it is this stack's: it may be another stack's. ` +
      `If it is this resource's, adopt it with the \`import\` resource option (import id ${ids.split(", ")[0]}); if not, run \`pulumi up\` again to create this one.`,
  );
}

function missingId(p: Parts, created: Bag, more: string): Error {
  const keys = Object.keys(created).join(", ") || "none";
  return new Error(`the ${p.spec.vendor} API answered the create without an id (keys: ${keys})${more ? `, and ${more}` : ""}`);
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
 * Once it is found, it reaches the state even if bringing it up fails.
 */
async function adoptRepeat(p: Parts, c: Ctx, inputs: Bag, news: Bag, conflict: ConflictError): Promise<Bag> {
  const { spec } = p;
  const slugKey = spec.autoSlug!;
  const live = await bySlug(p, c, inputs);
  if (!live) throw conflict;
  const differing = differences(spec, live, inputs, (key, f) => f.replaceOnChange === true && key !== slugKey);
  if (differing.length) {
    throw new SlugTakenError(
      `${spec.name}: slug ${quote(live[slugKey])} is taken by an object that differs in ${differing.join(", ")}; give this resource its own \`slug\``,
    );
  }
  const id = String(live.id);
  try {
    await p.api.update(c, id, toWireBody(spec, inputs, "update"), { ...inputs, ...live }, inputs);
  } catch (err) {
    const outs = seal(spec, writtenOutputs(spec, live, live));
    throw new InitFailedError(
      `${spec.name} "${id}" exists (an earlier attempt made it), but bringing it up to the program failed: ${(err as Error).message}. The next \`pulumi up\` finishes it.`,
      id,
      { ...outs, __provider: news.__provider },
    );
  }
  return { id: live.id, [slugKey]: live[slugKey] };
}
