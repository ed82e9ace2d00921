// Create: adopt when the program imports, else create under the description's
// lost-create protection, then set the sub-resources and read the object back
// unless the create's answer is whole (`spec.createAnswer`).
// Once the API has answered with an id, the object reaches the state whatever
// fails next: an object that exists but is not whole or not read is recorded
// as created but unhealthy (InitFailedError), and the next `up` finishes it.
import { MissingIdError, InitFailedError } from "../errors";
import { seal } from "../fingerprint";
import { IMPORT_KEY } from "../keys";
import { marked } from "../marker";
import { quote } from "../quote";
import { Bag, fromWireObject, shownOnceOf, toWireBody } from "../wire";
import { adopt } from "./adopt";
import { inUse, putEndpoints } from "./endpoints";
import { protectedCreate } from "./lost-create";
import { guardSecrets, strip, writtenOutputs } from "./outputs";
import type { Ctx, Parts } from "./parts";
import { fetchLive } from "./read";

export async function create(p: Parts, news: Bag) {
  const { spec } = p;
  const c = p.ctx();
  const inputs = strip(news);
  if (typeof news[IMPORT_KEY] === "string") return adopt(p, c, news[IMPORT_KEY] as string, news);
  guardSecrets(c, news);
  const created = await protectedCreate(p, c, marked(spec, toWireBody(spec, inputs, "create"), news), inputs, news);
  const id = p.idOf(created, inputs);
  if (!id) throw new MissingIdError(`${spec.name}: the ${spec.vendor} API answered the create without an id`);
  const made = { ...inputs, ...fromWireObject(spec, created), ...shownOnceOf(spec, created) };
  try {
    await putEndpoints(c, id, made);
  } catch (err) {
    throw await unfinished(p, c, id, inputs, made, news, err);
  }
  let live: Bag | undefined;
  try {
    live = wholeAnswer(p, created, inputs) ?? (await fetchLive(p, c, id, made));
  } catch (err) {
    throw unread(p, id, inputs, made, news, err);
  }
  return { id, outs: seal(spec, writtenOutputs(spec, inputs, { ...(live ?? fromWireObject(spec, created)), ...shownOnceOf(spec, created) })) };
}

/**
 * The create's answer in provider form when the description says it is whole
 * and it holds every output state needs: then no read follows the create.
 */
function wholeAnswer(p: Parts, created: Bag, inputs: Bag): Bag | undefined {
  const { spec } = p;
  if (!spec.createAnswer?.whole) return undefined;
  const obj = fromWireObject(spec, p.hooks.afterGet ? p.hooks.afterGet(created) : created);
  const lacking = Object.entries(spec.fields).some(([k, f]) => (f.output || (f.computed && inputs[k] === undefined)) && obj[k] === undefined);
  return lacking ? undefined : { ...obj, id: created.id };
}

/** The object exists: record it without what failed, so the next up finishes it. */
async function unfinished(p: Parts, c: Ctx, id: string, inputs: Bag, made: Bag, news: Bag, err: unknown): Promise<InitFailedError> {
  const { spec } = p;
  const base = Object.fromEntries(Object.entries(inputs).filter(([k]) => !spec.fields[k]?.endpoint));
  const outs = seal(spec, writtenOutputs(spec, base, (await fetchLive(p, c, id, base).catch(() => undefined)) ?? made));
  return new InitFailedError(
    `${spec.name} ${quote(id)} was created, but setting its ${inUse(spec, inputs).join(", ")} failed: ${(err as Error).message}. The next \`pulumi up\` finishes it.`,
    id,
    { ...outs, __provider: news.__provider },
  );
}

/** The object exists but could not be read back: record what the create answered, so the next up reads and repairs it. */
function unread(p: Parts, id: string, inputs: Bag, made: Bag, news: Bag, err: unknown): InitFailedError {
  const { spec } = p;
  const outs = seal(spec, writtenOutputs(spec, inputs, made));
  return new InitFailedError(
    `${spec.name} "${id}" was created, but reading it back failed: ${(err as Error).message}. It is recorded as created; the next \`pulumi up\` reads it and brings it up to the program.`,
    id,
    { ...outs, __provider: news.__provider },
  );
}
