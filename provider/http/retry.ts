// Pure retry decisions: what to retry and how long to wait. No I/O here, and
// randomness and time come in as arguments so tests can pin them.
export interface BackoffOptions {
  minBackoffMs: number;
  maxBackoffMs: number;
  /** `full` waits random(0..base); `partial` (default) takes up to a quarter off base. */
  jitter?: "full" | "partial" | undefined;
}

/** The longest any single wait may be, whatever a server or the options ask. */
export const MAX_RETRY_DELAY_MS = 60_000;

export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status !== 501);
}

/** System codes of transport failures worth another attempt. */
const TRANSIENT_CODES = new Set([
  "ECONNRESET", "ECONNREFUSED", "ECONNABORTED", "ETIMEDOUT", "ESOCKETTIMEDOUT", "EPIPE",
  "ENOTFOUND", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH", "ENETDOWN", "EHOSTDOWN",
  "UND_ERR_SOCKET", "UND_ERR_CONNECT_TIMEOUT",
]);

/** True for network errors and timeouts (anything carrying a transient system `code`). */
export function isRetryableError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null | undefined)?.code;
  return typeof code === "string" && TRANSIENT_CODES.has(code);
}

/** What happened to one attempt, as the retry policy sees it. */
export type Outcome =
  | { kind: "status"; status: number }
  | { kind: "network"; code: string }
  | { kind: "timeout" }
  /** A 2xx whose body is not the JSON expected (truncated, a proxy's page). */
  | { kind: "invalid" };

/**
 * Whether to try again. GET, PUT and DELETE are idempotent and retry on every
 * transient outcome. A POST may have been committed before its answer was lost,
 * so it retries only when the server provably did not act (refused connection,
 * 429), unless the caller has made a retry safe (`retryUnsafe`: it first looks
 * for what a lost attempt may have created).
 */
export function shouldRetry(method: string, outcome: Outcome, policy: { retryUnsafe?: boolean | undefined } = {}): boolean {
  const safe = method.toUpperCase() !== "POST" || !!policy.retryUnsafe;
  switch (outcome.kind) {
    case "status":
      return isRetryableStatus(outcome.status) && (safe || outcome.status === 429);
    case "network":
      return isRetryableError(outcome) && (safe || outcome.code === "ECONNREFUSED");
    case "timeout":
    case "invalid":
      return safe;
  }
}

function header(headers: Record<string, unknown>, name: string): string | undefined {
  const v = headers[name] ?? headers[name.toLowerCase()];
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === "string" || typeof s === "number" ? String(s).trim() : undefined;
}

/** Milliseconds a `retry-after-ms` or `Retry-After` (seconds or HTTP date) header asks for. */
export function retryAfterMs(headers: Record<string, unknown>, now = Date.now()): number | undefined {
  const ms = header(headers, "retry-after-ms");
  if (ms && Number.isFinite(Number(ms)) && Number(ms) >= 0) return Number(ms);
  const raw = header(headers, "retry-after");
  if (!raw) return undefined;
  if (/^\d+(\.\d+)?$/.test(raw)) return Number(raw) * 1000;
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Delay before retry number `attempt` (1-based): the server's Retry-After when it
 * gave one, else exponential backoff from minBackoffMs doubling up to
 * maxBackoffMs, with jitter so parallel operations do not retry in step.
 * Never more than MAX_RETRY_DELAY_MS.
 */
export function retryDelayMs(
  attempt: number,
  headers: Record<string, unknown>,
  opts: BackoffOptions,
  random: () => number = Math.random,
  now = Date.now(),
): number {
  const asked = retryAfterMs(headers, now);
  if (asked !== undefined) return Math.round(Math.min(asked, MAX_RETRY_DELAY_MS));
  const base = Math.min(opts.maxBackoffMs, opts.minBackoffMs * 2 ** Math.max(0, attempt - 1));
  const r = Math.min(1, Math.max(0, random()));
  const delay = opts.jitter === "full" ? base * r : base * (1 - 0.25 * r);
  return Math.round(Math.min(delay, MAX_RETRY_DELAY_MS));
}
