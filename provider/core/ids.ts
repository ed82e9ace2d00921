// Portkey names most objects two ways, a UUID and a slug, and echoes whichever
// it likes. Identity fields are only comparable when both sides use one form.

export function isUuid(v: unknown): boolean {
  return typeof v === "string" && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);
}

/** True when two identity values use the same form (both UUIDs or both slugs). */
export function sameForm(a: unknown, b: unknown): boolean {
  return isUuid(a) === isUuid(b);
}
