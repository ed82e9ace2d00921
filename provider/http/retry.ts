// Pure retry decisions: what to retry and how long to wait. No I/O here.
export interface BackoffOptions {
  minBackoffMs: number;
  maxBackoffMs: number;
}

/** The most a server's Retry-After may make us wait. */
export const MAX_RETRY_AFTER_MS = 60_000;

export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status !== 501);
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
 * 429); the provider core decides about the rest (it looks for what a lost
 * attempt made before it tries again). A POST the caller knows to be
 * idempotent (an upsert: adding a member again sets the role) retries as a PUT.
 */
export function shouldRetry(method: string, outcome: Outcome, idempotent = false): boolean {
  const safe = idempotent || method !== "POST";
  switch (outcome.kind) {
    case "status":
      return isRetryableStatus(outcome.status) && (safe || outcome.status === 429);
    case "network":
      return safe || outcome.code === "ECONNREFUSED";
    case "timeout":
    case "invalid":
      return safe;
  }
}

/** Milliseconds a Retry-After (seconds or HTTP date) or retry-after-ms header asks for. */
export function retryAfterMs(headers: Record<string, unknown>, now = Date.now()): number | undefined {
  const ms = Number(headers["retry-after-ms"]);
  if (headers["retry-after-ms"] !== undefined && Number.isFinite(ms) && ms >= 0) return ms;
  const raw = headers["retry-after"];
  if (typeof raw !== "string" || raw.trim() === "") return undefined;
  const secs = Number(raw);
  if (Number.isFinite(secs)) return secs >= 0 ? secs * 1000 : undefined;
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Delay before retry number `attempt` (1-based): what the server asked for (`asked`, from Retry-After) when it
 * gave one (capped), else exponential backoff with jitter taking up to a quarter off.
 */
export function retryDelayMs(attempt: number, asked: number | undefined, opts: BackoffOptions, random: () => number = Math.random): number {
  if (asked !== undefined) return Math.min(asked, MAX_RETRY_AFTER_MS);
  const base = Math.min(opts.maxBackoffMs, opts.minBackoffMs * 2 ** (attempt - 1));
  return Math.round(base * (1 - 0.25 * random()));
}
