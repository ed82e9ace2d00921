// Injected failures, decided by a seeded PRNG so a run can be repeated.
import { badRequest } from "./errors";
import { Rng } from "./random";

/**
 * `status`: an error answer; `reset`: the socket is destroyed unanswered; `html`: a proxy's
 * HTML error page; `truncated`: half a JSON body. None of these performs the request;
 * `dropAfterCommit` performs and commits it, then destroys the socket. `extraFields` and
 * `missingFields` perform it and answer with fields added to, or `fields` taken from, the
 * object (and each listed item), as a newer or older API version might.
 */
export type FaultKind = "status" | "reset" | "dropAfterCommit" | "html" | "truncated" | "extraFields" | "missingFields";
const KINDS: FaultKind[] = ["status", "reset", "dropAfterCommit", "html", "truncated", "extraFields", "missingFields"];

export interface FaultRule {
  method?: string;
  /** Regular expression tested against the path (no query string). */
  path?: string;
  status?: number;
  /** Seconds, sent as Retry-After. */
  retryAfter?: number;
  latencyMs?: number;
  /** Chance a matching request is hit, 0..1 (default 1). */
  probability?: number;
  /** Most hits this rule makes. */
  times?: number;
  /** The keys `missingFields` removes. */
  fields?: string[];
  /** Defaults to "status" when `status` is set, else the rule only delays. `html` (502) and `truncated` (200) use `status` when given. */
  kind?: FaultKind;
}

interface ActiveRule extends FaultRule {
  regex?: RegExp;
  hits: number;
}

export class Faults {
  latencyMs = 0;
  private rules: ActiveRule[] = [];
  private rng: Rng;

  constructor(private seed: number) {
    this.rng = new Rng(seed);
  }

  set(rules: FaultRule[], seed?: number): void {
    this.rules = rules.map((r, i) => ({ ...checkRule(r, i), hits: 0, regex: r.path === undefined ? undefined : new RegExp(r.path) }));
    this.rng = new Rng(seed ?? this.seed);
  }

  clear(): void {
    this.set([]);
    this.latencyMs = 0;
  }

  list(): (FaultRule & { hits: number })[] {
    return this.rules.map(({ regex: _r, ...rest }) => ({ ...rest }));
  }

  /** The rule that hits this request, if any; counts the hit. */
  pick(method: string, path: string): FaultRule | undefined {
    for (const rule of this.rules) {
      if (rule.method && rule.method.toUpperCase() !== method) continue;
      if (rule.regex && !rule.regex.test(path)) continue;
      if (rule.times !== undefined && rule.hits >= rule.times) continue;
      // Draw only for partial probabilities so adding a sure rule does not shift the others.
      if ((rule.probability ?? 1) < 1 && this.rng.float() >= rule.probability!) continue;
      rule.hits++;
      return rule;
    }
    return undefined;
  }
}

/** The effective kind of a rule that hit, or undefined for a delay-only rule. */
export function kindOf(rule: FaultRule): FaultKind | undefined {
  return rule.kind ?? (rule.status !== undefined ? "status" : undefined);
}

function checkRule(value: unknown, i: number): FaultRule {
  if (!value || typeof value !== "object") throw badRequest(`rules.${i}: must be an object`);
  const r = value as Record<string, unknown>;
  const num = (k: string, min: number, max: number) => {
    if (r[k] !== undefined && (typeof r[k] !== "number" || (r[k] as number) < min || (r[k] as number) > max)) {
      throw badRequest(`rules.${i}.${k}: must be a number in ${min}..${max}`);
    }
  };
  num("status", 100, 599);
  num("retryAfter", 0, 86400);
  num("latencyMs", 0, 600_000);
  num("probability", 0, 1);
  num("times", 0, Number.MAX_SAFE_INTEGER);
  for (const k of ["method", "path"]) if (r[k] !== undefined && typeof r[k] !== "string") throw badRequest(`rules.${i}.${k}: must be a string`);
  if (r.fields !== undefined && !(Array.isArray(r.fields) && r.fields.every((f) => typeof f === "string")))
    throw badRequest(`rules.${i}.fields: must be a list of strings`);
  if (r.kind !== undefined && !KINDS.includes(r.kind as FaultKind)) throw badRequest(`rules.${i}.kind: must be one of ${KINDS.join(", ")}`);
  if (r.kind === "status" && r.status === undefined) throw badRequest(`rules.${i}.status: is required for kind "status"`);
  try {
    if (typeof r.path === "string") new RegExp(r.path);
  } catch {
    throw badRequest(`rules.${i}.path: is not a valid regular expression`);
  }
  return r as FaultRule;
}

/** An answer body as `extraFields` or `missingFields` changes it; other bodies pass unchanged. */
export function reshape(body: unknown, rule: FaultRule, kind: FaultKind): unknown {
  if (!body || typeof body !== "object" || Array.isArray(body)) return body;
  const one = (o: Record<string, unknown>) => {
    if (kind === "extraFields") return { ...o, x_added_in_a_later_version: { nested: [1, "two"] }, beta_flag: true };
    const out = { ...o };
    for (const f of rule.fields ?? []) delete out[f];
    return out;
  };
  const top = one(body as Record<string, unknown>);
  for (const list of ["data", "workspaces", "models"]) {
    if (Array.isArray(top[list])) top[list] = (top[list] as unknown[]).map((x) => (x && typeof x === "object" ? one(x as Record<string, unknown>) : x));
  }
  return top;
}
