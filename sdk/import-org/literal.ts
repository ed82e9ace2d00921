// Values as TypeScript source: strings escaped (quotes, backslashes, control
// and line-separator characters), keys quoted when they are not identifiers.
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function stringLiteral(s: string): string {
  // JSON escapes quotes, backslashes and control characters; U+2028/9 are escaped too so no tool reads them as line ends.
  return JSON.stringify(s)
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

export function keyLiteral(k: string): string {
  return IDENTIFIER.test(k) ? k : stringLiteral(k);
}

/** A value as an expression, on one line when short, else one entry per line at `indent`. */
export function literal(value: unknown, indent = ""): string {
  if (typeof value === "string") return stringLiteral(value);
  if (typeof value === "number" || typeof value === "boolean") return Number.isFinite(value) || typeof value === "boolean" ? String(value) : "null";
  if (value === null || value === undefined) return "null";
  const inner = indent + "  ";
  const entries = Array.isArray(value)
    ? value.map((v) => literal(v, inner))
    : Object.entries(value as Record<string, unknown>).map(([k, v]) => `${keyLiteral(k)}: ${literal(v, inner)}`);
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  if (entries.length === 0) return open + close;
  const oneLine = Array.isArray(value) ? `[${entries.join(", ")}]` : `{ ${entries.join(", ")} }`;
  if (oneLine.length + indent.length <= 100 && !oneLine.includes("\n")) return oneLine;
  return `${open}\n${entries.map((e) => `${inner}${e},`).join("\n")}\n${indent}${close}`;
}
