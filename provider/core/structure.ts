// Structural checks of an input value, made before anything else reads it:
// how deep it nests, whether every number is finite, whether a JSON text
// repeats a key. All are iterative, so a hostile value (2,000 levels deep)
// gets a clear message instead of overflowing the stack of whatever reads it.
import { quote } from "./quote";

/** Deeper than any real document; the API's own limits are far below. */
export const MAX_DEPTH = 64;

const tooDeep = `nests deeper than ${MAX_DEPTH} levels; flatten it (no real setting needs that depth)`;

/**
 * The first structural problem of a value as it arrived (an object, or a
 * scalar), completing "<field>...": `.a.b must be a finite number, ...`.
 */
export function valueProblem(value: unknown): string | undefined {
  const stack: [unknown, string, number][] = [[value, "", 0]];
  while (stack.length) {
    const [v, at, depth] = stack.pop()!;
    if (typeof v === "number" && !Number.isFinite(v)) {
      return `${at} must be a finite number, not ${String(v)} (JSON has no Infinity or NaN: it would be sent as null)`;
    }
    if (!v || typeof v !== "object") continue;
    if (depth >= MAX_DEPTH) return ` ${tooDeep}`;
    const entries: [string, unknown][] = Array.isArray(v) ? v.map((x, i) => [`[${i}]`, x]) : Object.entries(v).map(([k, x]) => [`.${k}`, x]);
    for (const [k, x] of entries.reverse()) stack.push([x, at + k, depth + 1]);
  }
  return undefined;
}

/**
 * The first structural problem of a JSON text that `JSON.parse` accepted: a
 * repeated key in one object (JSON keeps only the last, silently), or nesting
 * beyond MAX_DEPTH. `secret` keeps the key out of the message.
 */
export function jsonTextProblem(text: string, secret = false): string | undefined {
  // One entry per open container: the keys of an object so far, or null for an array.
  const open: (Set<string> | null)[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      const keys = open[open.length - 1];
      if (keys && expectKey) {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        if (keys.has(key)) return ` has the key ${secret ? "" : `${quote(key)} `}twice in one object; JSON keeps only the last, so remove the repeat`;
        keys.add(key);
        expectKey = false;
      }
      i = j;
    } else if (c === "{" || c === "[") {
      open.push(c === "{" ? new Set() : null);
      if (open.length > MAX_DEPTH) return ` ${tooDeep}`;
      expectKey = c === "{";
    } else if (c === "}" || c === "]") {
      open.pop();
    } else if (c === ",") {
      expectKey = !!open[open.length - 1];
    }
  }
  return undefined;
}
