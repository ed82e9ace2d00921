// The one way a request path is built from values a user or a server gave (ids,
// slugs, import ids). A URL parser resolves "." and ".." segments, so an id of
// ".." would address another endpoint: such segments, and empty ones, are
// refused; every other value is percent-encoded into exactly one segment.
import { ValidationError } from "../core/errors";
import { quote } from "../core/quote";

/** Why a value cannot be one path segment, or undefined when it can. */
export function segmentProblem(value: unknown): string | undefined {
  if (typeof value !== "string" && typeof value !== "number") return `must be a string, got ${quote(value)}`;
  const text = String(value);
  if (text.trim() === "") return "must not be empty";
  if (text === "." || text === "..") return `must not be ${quote(text)}: a dot segment would change which endpoint is called`;
  return undefined;
}

/** One path segment from a value; `what` names the value in the error. */
export function segment(value: unknown, what: string): string {
  const problem = segmentProblem(value);
  if (problem) throw new ValidationError(`${what} ${problem}; use the object's real id`);
  return encodeURIComponent(String(value));
}

/**
 * A path from a template with `{name}` placeholders, each filled with one
 * encoded segment of `values[name]`. `what` names the object for errors.
 */
export function fillPath(template: string, values: Record<string, unknown>, what: string): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => segment(values[name], `${what}: ${name}`));
}

// ".", "..", and their percent-encoded forms, which URL parsers resolve as dots too.
const DOT_SEGMENT = /^(\.|%2e){1,2}$/i;

/**
 * The client's last guard: a path whose segments a URL parser would rewrite
 * (dot segments, empty ones) is never sent, however it was built.
 */
export function assertSafePath(path: string): void {
  const segments = path.split(/[?#]/)[0]!.split("/").slice(1);
  if (!path.startsWith("/") || segments.some((s) => s === "" || DOT_SEGMENT.test(s))) {
    throw new ValidationError(`refusing to request ${quote(path)}: it has an empty or dot segment, which would change which endpoint is called`);
  }
}
