// The one HTTP core: the only module that imports axios. Retries with backoff
// and Retry-After, per-attempt timeouts and an overall budget, typed errors and
// redaction of every secret it knows.
import axios, { AxiosInstance } from "axios";
import { ApiError, causeOf, ConnectionError, errorForStatus, InvalidResponseError, TimeoutError, VendorName } from "./errors";
import { assertSafePath } from "./path";
import { redact } from "./redact";
import { Outcome, retryAfterMs, retryDelayMs, shouldRetry } from "./retry";
import { checkBaseUrl } from "./url";

export { checkBaseUrl, isSecureUrl } from "./url";

export type Method = "GET" | "POST" | "PUT" | "DELETE";
export type Query = Record<string, string | number | boolean | undefined>;

export interface RequestOptions {
  query?: Query | undefined;
  body?: unknown;
  /** A POST that may be sent again whatever became of an earlier attempt (an upsert). */
  idempotent?: boolean;
}

/** One retry, as the client reports it. Every text in it is redacted. */
export interface RetryNotice {
  method: string;
  /** The path without its query string. */
  path: string;
  /** What failed: `503 Service Unavailable`, `ECONNRESET`, `a timeout`. */
  cause: string;
  delayMs: number;
  /** The attempt about to be made, and the most there will be. */
  attempt: number;
  attempts: number;
}

export interface ClientOptions {
  vendor: VendorName;
  baseUrl: string;
  apiKey: string;
  authHeader: string;
  /** `bearer` sends `Bearer <key>` in the auth header; `header` sends the key as it is. */
  authScheme?: "header" | "bearer";
  maxRetries?: number;
  timeoutMs?: number;
  maxElapsedMs?: number;
  minBackoffMs?: number;
  maxBackoffMs?: number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Told about each retry before its wait. */
  log?: (notice: RetryNotice) => void;
}

type Attempt<T> = { ok: true; value: T } | { ok: false; outcome: Outcome; error: ApiError };

export const USER_AGENT = "pulumi-aigov/0.1.0";
export class ApiClient {
  readonly stats = { requests: 0, retries: 0 };
  private readonly http: AxiosInstance;
  private readonly secrets = new Set<string>();
  private readonly o: Required<Omit<ClientOptions, "authScheme" | "log">> & Pick<ClientOptions, "authScheme" | "log">;

  constructor(opts: ClientOptions) {
    this.o = {
      timeoutMs: 30_000,
      maxElapsedMs: 120_000,
      minBackoffMs: 500,
      maxBackoffMs: 5_000,
      random: Math.random,
      sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
      ...opts,
      baseUrl: checkBaseUrl(opts.baseUrl, opts.vendor),
      maxRetries: Math.max(0, opts.maxRetries ?? 4),
    };
    this.secrets.add(opts.apiKey);
    this.http = axios.create({
      baseURL: this.o.baseUrl,
      timeout: this.o.timeoutMs,
      // We read status and body ourselves, so axios neither throws nor parses.
      validateStatus: () => true,
      responseType: "text",
      transformResponse: (d: unknown) => d,
      maxRedirects: 0,
      headers: {
        "content-type": "application/json",
        "user-agent": USER_AGENT,
        [opts.authHeader]: opts.authScheme === "bearer" ? `Bearer ${opts.apiKey}` : opts.apiKey,
      },
    });
  }

  /** Another value to keep out of every message (an integration key being sent). */
  addSecret(value: string): void {
    if (value) this.secrets.add(value);
  }

  get<T = Record<string, unknown>>(path: string, opts?: RequestOptions) {
    return this.request<T>("GET", path, opts);
  }
  post<T = Record<string, unknown>>(path: string, opts?: RequestOptions) {
    return this.request<T>("POST", path, opts);
  }
  put<T = Record<string, unknown>>(path: string, opts?: RequestOptions) {
    return this.request<T>("PUT", path, opts);
  }
  delete<T = Record<string, unknown>>(path: string, opts?: RequestOptions) {
    return this.request<T>("DELETE", path, opts);
  }

  async request<T = Record<string, unknown>>(method: Method, path: string, opts: RequestOptions = {}): Promise<T> {
    assertSafePath(path);
    const started = Date.now();
    for (let attempt = 1; ; attempt++) {
      const tried = await this.attempt<T>(method, path, opts, attempt);
      if (tried.ok) return tried.value;
      const { outcome, error } = tried;
      const delay = retryDelayMs(attempt, error.retryAfterMs, this.o, this.o.random);
      const inBudget = Date.now() - started + delay <= this.o.maxElapsedMs;
      if (attempt > this.o.maxRetries || !inBudget || !shouldRetry(method, outcome, opts.idempotent)) {
        error.message = redact(error.message, this.secrets);
        throw error;
      }
      this.stats.retries++;
      this.notify(error, delay, attempt + 1);
      await this.o.sleep(delay);
    }
  }

  /** One attempt: the parsed answer, or what went wrong as the retry policy and the user see it. */
  private async attempt<T>(method: Method, path: string, opts: RequestOptions, attempt: number): Promise<Attempt<T>> {
    this.stats.requests++;
    const safePath = path.split("?")[0]!;
    let res: { status: number; data: unknown; headers: unknown };
    try {
      res = await this.http.request<string>({ method, url: path, params: opts.query, data: opts.body === undefined ? undefined : JSON.stringify(opts.body) });
    } catch (e) {
      // Only transport failures are classified; anything else is a bug to surface as is.
      if (!axios.isAxiosError(e)) throw e;
      const code = String((e as { code?: string }).code ?? "EUNKNOWN");
      const d = { vendor: this.o.vendor, method, path: safePath, attempts: attempt };
      if (code === "ECONNABORTED" || code === "ETIMEDOUT")
        return { ok: false, outcome: { kind: "timeout" }, error: new TimeoutError(d, `timed out after ${this.o.timeoutMs} ms`) };
      return {
        ok: false,
        outcome: { kind: "network", code },
        error: new ConnectionError({ ...d, code }, `could not reach ${new URL(this.o.baseUrl).host} (${code})`),
      };
    }
    const body = typeof res.data === "string" ? res.data : "";
    if (res.status >= 200 && res.status < 300) {
      const parsed = this.parse<T>(method, safePath, body, attempt);
      return parsed instanceof InvalidResponseError ? { ok: false, outcome: { kind: "invalid" }, error: parsed } : { ok: true, value: parsed };
    }
    const asked = retryAfterMs(res.headers as Record<string, unknown>);
    // Redact before parsing, so no field of the error (vendorMessage too) holds a secret the server echoed.
    const error = errorForStatus(this.o.vendor, method, safePath, res.status, redact(body, this.secrets), attempt, asked);
    return { ok: false, outcome: { kind: "status", status: res.status }, error };
  }

  private parse<T>(method: string, path: string, body: string, attempts: number): T | InvalidResponseError {
    const invalid = (why: string) => new InvalidResponseError({ vendor: this.o.vendor, method, path, attempts }, why);
    // A read answers an object; an empty or other answer is malformed, never "an object with nothing set".
    if (body.trim() === "") return method === "GET" ? invalid("answered a read with an empty body instead of a JSON object") : ({} as T);
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      const html = /^\s*</.test(body);
      return invalid(html ? "answered with an HTML page instead of JSON (a proxy in the way?)" : "answered with a body that is not valid JSON (truncated?)");
    }
    const isObject = !!value && typeof value === "object" && !Array.isArray(value);
    if (method === "GET" && !isObject)
      return invalid(`answered a read with ${Array.isArray(value) ? "an array" : `a bare ${value === null ? "null" : typeof value}`} instead of a JSON object`);
    return value as T;
  }

  get vendor(): VendorName {
    return this.o.vendor;
  }

  get maxRetries(): number {
    return this.o.maxRetries;
  }

  /**
   * Waits before retry number `attempt`, for callers that retry a whole
   * operation after `cause` (its Retry-After is honoured).
   */
  async pause(attempt: number, cause?: unknown): Promise<void> {
    this.stats.retries++;
    const delay = retryDelayMs(attempt, cause instanceof ApiError ? cause.retryAfterMs : undefined, this.o, this.o.random);
    if (cause instanceof ApiError) this.notify(cause, delay, attempt + 1);
    await this.o.sleep(delay);
  }

  /** Waits `ms` (the client's clock, so tests can run it fast). */
  wait(ms: number): Promise<void> {
    return this.o.sleep(ms);
  }

  private notify(error: ApiError, delay: number, attempt: number): void {
    const clean = (text: string) => redact(text, this.secrets);
    this.o.log?.({ method: error.method, path: clean(error.path), cause: clean(causeOf(error)), delayMs: delay, attempt, attempts: this.o.maxRetries + 1 });
  }
}
