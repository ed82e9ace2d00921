// Secret redaction for every message and log line the HTTP core produces.

/** Replaces each known secret (4+ characters) in text with [secret]. */
export function redact(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const s of secrets) if (s && s.length >= 4) out = out.split(s).join("[secret]");
  return out;
}
