// Secret redaction for every message and log line the HTTP core produces.
const SECRET_NAME = /key|token|secret|password|passwd|authorization|credential|cookie/i;

/** Shorter values would turn ordinary words into "[secret]". */
const MIN_SECRET_LENGTH = 4;

/** Replaces each known secret (4+ characters) in text with [secret]. */
export function redact(text: string, secrets: Iterable<string>): string {
  const forms = new Set<string>();
  for (const s of secrets) {
    if (!s || s.length < MIN_SECRET_LENGTH) continue;
    // A server may echo the key URL-encoded or JSON-escaped, not just as sent.
    forms.add(s).add(encodeURIComponent(s)).add(JSON.stringify(s).slice(1, -1));
  }
  // Longest first, so a secret containing another is not left half-masked.
  let out = text;
  for (const f of [...forms].sort((a, b) => b.length - a.length)) out = out.split(f).join("[secret]");
  return out;
}

/** A copy of an object (headers, a body) with the values of secret-looking fields masked. */
export function redactFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactFields);
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [
      k,
      SECRET_NAME.test(k) && (typeof v === "string" || typeof v === "number") ? "[secret]" : redactFields(v),
    ]),
  );
}
