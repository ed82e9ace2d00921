// The control plane under /__emulator/ (no auth, not journaled): lets tests
// reset state, read the journal, dump state, flip quirks and inject faults.
import { badRequest } from "./errors";
import { FaultRule } from "./faults";
import { parseQuirks } from "./quirks";
import { Router } from "./router";
import { Runtime } from "./server";

type Bag = Record<string, unknown>;

function optionalSeed(body: unknown): number | undefined {
  const seed = (body as Bag | undefined)?.seed;
  if (seed === undefined) return undefined;
  if (typeof seed !== "number" || !Number.isInteger(seed)) throw badRequest("seed: must be an integer");
  return seed;
}

export function controlRouter(rt: Runtime): Router {
  const r = new Router();
  const base = "/__emulator";
  r.add("POST", `${base}/reset`, (req) => {
    rt.reset(optionalSeed(req.body));
    return {};
  });
  r.add("GET", `${base}/journal`, () => ({ body: rt.journal.list() }));
  r.add("GET", `${base}/concurrency`, () => ({ body: { peakInFlight: rt.journal.peakInFlight } }));
  r.add("DELETE", `${base}/journal`, () => {
    rt.journal.clear();
    return {};
  });
  r.add("GET", `${base}/state`, () => ({ body: rt.store.snapshot() }));
  r.add("GET", `${base}/quirks`, () => ({ body: rt.quirks }));
  r.add("PUT", `${base}/quirks`, (req) => {
    Object.assign(rt.quirks, parseQuirks(req.body));
    return { body: rt.quirks };
  });
  r.add("GET", `${base}/faults`, () => ({ body: { rules: rt.faults.list(), latencyMs: rt.faults.latencyMs } }));
  r.add("POST", `${base}/faults`, (req) => {
    const rules = (req.body as Bag | undefined)?.rules;
    if (!Array.isArray(rules)) throw badRequest("rules: must be an array");
    rt.faults.set(rules as FaultRule[], optionalSeed(req.body));
    return { body: { rules: rt.faults.list() } };
  });
  r.add("DELETE", `${base}/faults`, () => {
    rt.faults.set([]);
    return {};
  });
  r.add("PUT", `${base}/latency`, (req) => {
    const ms = (req.body as Bag | undefined)?.ms;
    if (typeof ms !== "number" || ms < 0 || ms > 600_000) throw badRequest("ms: must be a number in 0..600000");
    rt.faults.latencyMs = ms;
    return { body: { ms } };
  });
  return r;
}
