// Property bags between the engine's wire form and the CRUD code's plain
// values. The plugin accepts secrets, so they arrive as envelopes and the
// engine copies no secretness for us: what comes in secret, and every field a
// description marks secret, goes back out secret.
import { secretFields, ResourceSpec } from "../../spec/core/types";
import type { Bag } from "../core/wire";

export const SIG = "4dabf18193072939515e22adb298388d";
export const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";

function isSecret(v: unknown): v is { value: unknown } {
  return !!v && typeof v === "object" && (v as Bag)[SIG] === SECRET_SIG;
}

/** The value without envelopes, and whether any part of it was secret. */
function open(v: unknown): { value: unknown; secret: boolean } {
  if (isSecret(v)) return { value: open(v.value).value, secret: true };
  if (Array.isArray(v)) {
    const parts = v.map(open);
    return { value: parts.map((p) => p.value), secret: parts.some((p) => p.secret) };
  }
  if (v && typeof v === "object") {
    const parts = Object.entries(v as Bag).map(([k, x]) => [k, open(x)] as const);
    return { value: Object.fromEntries(parts.map(([k, p]) => [k, p.value])), secret: parts.some(([, p]) => p.secret) };
  }
  return { value: v, secret: false };
}

export interface Opened {
  bag: Bag;
  /** Top-level keys that held a secret anywhere inside. */
  secrets: Set<string>;
}

export function unwrap(bag: Bag | undefined): Opened {
  const out: Bag = {};
  const secrets = new Set<string>();
  for (const [k, v] of Object.entries(bag ?? {})) {
    const o = open(v);
    out[k] = o.value;
    if (o.secret) secrets.add(k);
  }
  return { bag: out, secrets };
}

export function secret(value: unknown): Bag {
  return { [SIG]: SECRET_SIG, value };
}

/** A bag for the wire: no `undefined` members, secret fields and the given keys in envelopes. */
export function wrap(spec: ResourceSpec | undefined, bag: Bag, also: Iterable<string> = []): Bag {
  const hidden = new Set([...(spec ? secretFields(spec) : []), ...also]);
  const out: Bag = {};
  for (const [k, v] of Object.entries(bag)) {
    if (v === undefined) continue;
    out[k] = hidden.has(k) && !isSecret(v) ? secret(dropUndefined(v)) : dropUndefined(v);
  }
  return out;
}

function dropUndefined(v: unknown): unknown {
  if (Array.isArray(v)) return v.map((x) => (x === undefined ? null : dropUndefined(x)));
  if (v && typeof v === "object") {
    return Object.fromEntries(Object.entries(v as Bag).flatMap(([k, x]) => (x === undefined ? [] : [[k, dropUndefined(x)]])));
  }
  return v;
}
