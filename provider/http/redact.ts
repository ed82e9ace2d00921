// Secret redaction for every message and log line the HTTP core produces.
const SECRET_NAME = /key|token|secret|password|authorization|credential/i;

/** Replaces each known secret (4+ characters) in text with [secret]. */
export function redact(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const s of secrets) if (s && s.length >= 4) out = out.split(s).join("[secret]");
  return out;
}

/** A copy of an object with the values of secret-looking fields replaced. */
export function redactFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactFields);
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, SECRET_NAME.test(k) && typeof v === "string" ? "[secret]" : redactFields(v)]),
  );
}
