// The one HTTP core: the only module that imports axios. Retries with backoff
// and Retry-After, a deadline per attempt and a budget per call, typed errors,
// and redaction of every secret it knows.
import axios, { AxiosInstance } from "axios";
import { apiErrorFrom, ApiError, TimeoutError, VendorName } from "./errors";
import { redact } from "./redact";
import { Outcome, retryDelayMs, shouldRetry } from "./retry";

export type Method = "GET" | "POST" | "PUT" | "DELETE";
export type Query = Record<string, string | number | boolean | undefined>;

export interface RequestOptions {
  query?: Query | undefined;
  body?: unknown;
  /** The caller has made a retried POST safe (it looks for what a lost attempt made). */
  retryUnsafe?: boolean | undefined;
}

export interface ClientOptions {
  vendor: VendorName;
  baseUrl: string;
  apiKey: string;
  /** `x-portkey-api-key` for Portkey, `authorization` for Toktra. */
  authHeader: string;
  /** `bearer` sends `Bearer <key>`; `header` (default) sends the key as it is. */
  authScheme?: "header" | "bearer";
  /** Retries after the first attempt (default 4; 0 disables). */
  maxRetries?: number;
  /** Deadline of one attempt, connection to last byte (default 30 s). */
  timeoutMs?: number;
  /** Budget of the whole call including retries and waits (default 120 s). */
  maxElapsedMs?: number;
  minBackoffMs?: number;
  maxBackoffMs?: number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Receives redacted lines about retries. */
  log?: (line: string) => void;
}

/** Kept equal to package.json's version by a unit test. */
export const VERSION = "0.1.0";
export const USER_AGENT = `pulumi-aigov/${VERSION}`;

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/** Checks and normalizes a base URL: https unless it points at this machine; no trailing slash. */
export function checkBaseUrl(url: string, vendor: VendorName): string {
  const where = `${vendor}:baseUrl (${vendor.toUpperCase()}_BASE_URL)`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`${where} is not a valid URL: "${url}"`);
  }
  if (parsed.username || parsed.password) throw new Error(`${where} must not carry credentials; use ${vendor}:apiKey`);
  if (parsed.protocol !== "https:" && !(parsed.protocol === "http:" && LOOPBACK.test(parsed.hostname))) {
    throw new Error(`${where} must use https (plain http is allowed only for loopback addresses), got "${parsed.protocol}//${parsed.host}"`);
  }
  if (parsed.search || parsed.hash) throw new Error(`${where} must not have a query string or fragment`);
  return url.replace(/\/+$/, "");
}

export class ApiClient {
  readonly stats = { requests: 0, retries: 0 };
  readonly maxRetries: number;
  private readonly http: AxiosInstance;
  private readonly secrets = new Set<string>();
  private readonly host: string;
  private readonly o: Required<Omit<ClientOptions, "authScheme" | "log">> & Pick<ClientOptions, "log">;

  constructor(opts: ClientOptions) {
    const baseUrl = checkBaseUrl(opts.baseUrl, opts.vendor);
    // Whitespace or control characters would make Node refuse the header with a cryptic error.
    if (!opts.apiKey || /[\s\u0000-\u001f\u007f]/.test(opts.apiKey)) {
      throw new Error(`${opts.vendor}:apiKey (${opts.vendor.toUpperCase()}_API_KEY) is empty or contains whitespace`);
    }
    this.o = {
      timeoutMs: 30_000,
      maxElapsedMs: 120_000,
      minBackoffMs: 500,
      maxBackoffMs: 5_000,
      random: Math.random,
      sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
      ...opts,
      baseUrl,
      maxRetries: Math.max(0, Math.floor(opts.maxRetries ?? 4)),
    };
    this.maxRetries = this.o.maxRetries;
    this.host = new URL(baseUrl).host;
    this.secrets.add(opts.apiKey);
    this.http = axios.create({
      baseURL: baseUrl,
      // Status and body are read here, so axios neither throws on status nor parses.
      validateStatus: () => true,
      responseType: "text",
      transformResponse: [(d: unknown) => d],
      // A redirect would carry the key header to wherever it points.
      maxRedirects: 0,
      // The key must only ever go to the checked base URL, whatever path a caller passes.
      allowAbsoluteUrls: false,
      headers: {
        accept: "application/json",
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

  get<T = unknown>(path: string, opts?: RequestOptions) {
    return this.request<T>("GET", path, opts);
  }
  post<T = unknown>(path: string, opts?: RequestOptions) {
    return this.request<T>("POST", path, opts);
  }
  put<T = unknown>(path: string, opts?: RequestOptions) {
    return this.request<T>("PUT", path, opts);
  }
  delete<T = unknown>(path: string, opts?: RequestOptions) {
    return this.request<T>("DELETE", path, opts);
  }

  async request<T = unknown>(method: Method, path: string, opts: RequestOptions = {}): Promise<T> {
    if (!path.startsWith("/")) throw new Error(`ApiClient: path must start with "/", got "${redact(path, this.secrets)}"`);
    const data = opts.body === undefined ? undefined : JSON.stringify(opts.body);
    const started = Date.now();
    for (let attempt = 1; ; attempt++) {
      this.stats.requests++;
      const left = this.o.maxElapsedMs - (Date.now() - started);
      const r = await this.attempt<T>(method, path, opts.query, data, attempt, Math.max(1, Math.min(this.o.timeoutMs, left)));
      if ("value" in r) return r.value;
      const delay = retryDelayMs(attempt, r.headers, this.o, this.o.random);
      const inBudget = Date.now() - started + delay <= this.o.maxElapsedMs;
      if (attempt > this.o.maxRetries || !inBudget || !shouldRetry(method, r.outcome, opts)) throw r.error;
      this.stats.retries++;
      this.o.log?.(redact(`retrying in ${delay} ms (attempt ${attempt + 1} of ${this.o.maxRetries + 1}): ${r.error.message}`, this.secrets));
      await this.o.sleep(delay);
    }
  }

  /** One try: the parsed value, or the typed error with what the retry policy needs. */
  private async attempt<T>(
    method: Method,
    path: string,
    query: Query | undefined,
    data: string | undefined,
    attempt: number,
    timeoutMs: number,
  ): Promise<{ value: T } | { error: ApiError; outcome: Outcome; headers: Record<string, unknown> }> {
    const src = { vendor: this.o.vendor, method, path, attempts: attempt, secrets: this.secrets };
    // A hard deadline: axios's own timeout only measures socket idle time.
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), timeoutMs);
    let res;
    try {
      res = await this.http.request<string>({ method, url: path, params: query, data, signal: deadline.signal });
    } catch (e) {
      // Only transport failures are classified; anything else is a bug to surface as it is.
      if (!axios.isAxiosError(e) && !axios.isCancel(e)) throw e;
      const timedOut = deadline.signal.aborted;
      // The axios error is not kept as a cause: its config holds the key header.
      const error = apiErrorFrom({ ...src, cause: timedOut ? { code: "ETIMEDOUT" } : e, host: this.host, timeoutMs });
      const outcome: Outcome = error instanceof TimeoutError ? { kind: "timeout" } : { kind: "network", code: error.code ?? "" };
      return { error, outcome, headers: {} };
    } finally {
      clearTimeout(timer);
    }
    const body = typeof res.data === "string" ? res.data.replace(/^\uFEFF/, "") : "";
    if (res.status >= 200 && res.status < 300) {
      if (body.trim() === "") return { value: {} as T };
      try {
        return { value: JSON.parse(body) as T };
      } catch {
        return { error: apiErrorFrom({ ...src, status: res.status, body }), outcome: { kind: "invalid" }, headers: {} };
      }
    }
    const headers = Object.fromEntries(Object.entries(res.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    return { error: apiErrorFrom({ ...src, status: res.status, body }), outcome: { kind: "status", status: res.status }, headers };
  }

  /** Waits before retry number `attempt`, for callers that retry a whole operation. */
  async pause(attempt: number): Promise<void> {
    this.stats.retries++;
    await this.o.sleep(retryDelayMs(attempt, {}, this.o, this.o.random));
  }
}
