// Write-only secrets (an integration's key) are never read back, so outputs
// need only notice a change, not hold the value. They keep a salted HMAC of it:
// state, logs of outputs and stack exports never carry the secret itself.
import { createHmac, randomBytes, timingSafeEqual } from "crypto";
import { asData, canonical } from "./normalize";
import { FieldSpec, ResourceSpec } from "../../spec/core/types";
import { Bag } from "./wire";

const PREFIX = "fp1:";

export function isFingerprint(v: unknown): v is string {
  return typeof v === "string" && v.startsWith(PREFIX);
}

function digest(salt: string, value: unknown): string {
  return createHmac("sha256", salt)
    .update(canonical(asData(value)))
    .digest("hex");
}

export function fingerprint(value: unknown, salt = randomBytes(12).toString("hex")): string {
  return `${PREFIX}${salt}:${digest(salt, value)}`;
}

/** True when `value` is what the fingerprint was taken of. */
export function matches(fp: string, value: unknown): boolean {
  const [salt, hex] = fp.slice(PREFIX.length).split(":");
  if (!salt || !hex) return false;
  const want = Buffer.from(hex, "hex");
  const got = Buffer.from(digest(salt, value), "hex");
  return want.length === got.length && timingSafeEqual(want, got);
}

export function sealed(field: FieldSpec): boolean {
  return !!field.secret && !!field.writeOnly;
}

/** Outputs with every write-only secret replaced by its fingerprint. */
export function seal(spec: ResourceSpec, outs: Bag): Bag {
  const out = { ...outs };
  for (const [key, field] of Object.entries(spec.fields)) {
    if (sealed(field) && out[key] !== undefined && !isFingerprint(out[key])) out[key] = fingerprint(out[key]);
  }
  return out;
}
