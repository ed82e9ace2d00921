// How any message quotes a value it was given: short, and without the
// credentials a URL may carry. A quoted value is shown to help find it, so a
// prefix is enough; a huge one must not flood the output.

/** The most characters of a value any message shows. */
export const QUOTE_MAX = 60;

// Characters that end a URL's authority (or the text around it).
const AUTHORITY_END = new Set(["/", "?", "#", '"', "'", "\\", " ", "\t", "\n", "\r"]);

/**
 * Text with the userinfo of every URL in it replaced, so `https://u:pw@host`
 * reads `https://***@host`. Up to the authority's last "@", as URL parsers
 * read it. One pass, so a huge text costs no more than reading it.
 */
export function stripUserinfo(text: string): string {
  let out = "";
  let from = 0;
  for (let i = text.indexOf("://"); i >= 0; i = text.indexOf("://", i)) {
    const start = i + 3;
    let end = start;
    let at = -1;
    for (; end < text.length && !AUTHORITY_END.has(text[end]!); end++) if (text[end] === "@") at = end;
    if (at >= 0) {
      out += `${text.slice(from, start)}***`;
      from = at;
    }
    i = Math.max(end, start);
  }
  return out + text.slice(from);
}

/** Text cut to `max` characters, saying how long it was. */
export function cap(text: string, max = QUOTE_MAX): string {
  return text.length <= max ? text : `${text.slice(0, max)}... (${text.length} characters)`;
}

/** The value as JSON text (a string in quotes), or `unset`. */
function asText(value: unknown): string {
  if (value === undefined) return "unset";
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** A value as a message quotes it: JSON text, URL credentials stripped, capped. */
export function quote(value: unknown, max = QUOTE_MAX): string {
  return cap(stripUserinfo(asText(value)), max);
}

/** Text (a server's message, a path) as a message shows it: URL credentials stripped, capped. */
export function clip(text: string, max = 300): string {
  return cap(stripUserinfo(text), max);
}

/** True when a value may be shown as it is: short, and with no URL credentials in it. */
export function echoable(value: unknown): boolean {
  const text = asText(value);
  return text.length <= QUOTE_MAX && stripUserinfo(text) === text;
}
