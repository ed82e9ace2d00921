// Structural checks of an input value, made before anything else reads it:
// how deep it nests, whether every number is finite, whether a JSON text
// repeats a key. All are iterative, so a hostile value (2,000 levels deep)
// gets a clear message instead of overflowing the stack of whatever reads it.
import { quote } from "./quote";

/** What the SDK sends in place of a value too deep to serialize, so that `check` refuses it by name. */
export const TOO_DEEP = "aigov:value-nested-too-deep";

/** Deeper than any real document; the API's own limits are far below. */
export const MAX_DEPTH = 64;

const deepText = `nests deeper than ${MAX_DEPTH} levels; flatten it (no real setting needs that depth)`;

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
    if (v === TOO_DEEP) return TOO_DEEP_PROBLEM;
    if (!v || typeof v !== "object") continue;
    if (depth >= MAX_DEPTH) return ` ${deepText}`;
    const entries: [string, unknown][] = Array.isArray(v) ? v.map((x, i) => [`[${i}]`, x]) : Object.entries(v).map(([k, x]) => [`.${k}`, x]);
    for (const [k, x] of entries.reverse()) stack.push([x, at + k, depth + 1]);
  }
  return undefined;
}

/** The message part for a value too deep to be sent at all (the SDK sends TOO_DEEP in its place). */
export const TOO_DEEP_PROBLEM = ` ${deepText}`;

/**
 * True when plain data (arrays, plain objects) nests deeper than MAX_DEPTH.
 * Anything else (an Output, a Promise, a class instance) is not looked into:
 * the SDK calls this on program values before Pulumi serializes them, which
 * would overflow its stack on a value 2,000 levels deep.
 */
export function tooDeep(value: unknown): boolean {
  const plain = (v: unknown): v is object => Array.isArray(v) || (!!v && typeof v === "object" && [Object.prototype, null].includes(Object.getPrototypeOf(v)));
  const stack: [unknown, number][] = [[value, 0]];
  // A value shared by several parents is walked once (its shallowest place counts only for cycles, which serialize no better).
  const seen = new Set<object>();
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (!plain(v) || seen.has(v)) continue;
    seen.add(v);
    if (depth >= MAX_DEPTH) return true;
    for (const x of Object.values(v)) stack.push([x, depth + 1]);
  }
  return false;
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
      if (open.length > MAX_DEPTH) return ` ${deepText}`;
      expectKey = c === "{";
    } else if (c === "}" || c === "]") {
      open.pop();
    } else if (c === ",") {
      expectKey = !!open[open.length - 1];
    }
  }
  return undefined;
}
