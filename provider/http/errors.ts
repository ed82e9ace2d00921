// Typed API errors, classified once in apiErrorFrom. Messages read well to a
// Pulumi user and never carry a secret: they are redacted before the Error is
// built, so its stack (which copies the message) is clean too.
import { redact } from "./redact";

export type VendorName = "portkey" | "toktra";

export interface ErrorDetails {
  vendor: VendorName;
  method: string;
  path: string;
  status?: number | undefined;
  code?: string | undefined;
  vendorMessage?: string | undefined;
  hint?: string | undefined;
  attempts: number;
}

export class ApiError extends Error {
  override name = "ApiError";
  readonly vendor: VendorName;
  readonly method: string;
  /** Path only: no base URL, no query string. */
  readonly path: string;
  /** Undefined when no HTTP answer came back (connection, timeout). */
  readonly status: number | undefined;
  /** The vendor's error code (Portkey's `AB08`); for transport errors the system code (`ECONNRESET`). */
  readonly code: string | undefined;
  readonly vendorMessage: string | undefined;
  readonly hint: string | undefined;
  readonly attempts: number;

  /** `summary` replaces "failed with <status> (<code>)" for errors without an HTTP status. */
  constructor(d: ErrorDetails, summary?: string) {
    const what = summary ?? `failed with ${d.status}${d.code ? ` (${d.code})` : ""}`;
    const tries = d.attempts > 1 ? ` after ${d.attempts} attempts` : "";
    const said = d.vendorMessage ? `: ${d.vendorMessage}` : "";
    super(`${d.vendor} API: ${d.method} ${d.path} ${what}${tries}${said}${d.hint ? `. Hint: ${d.hint}` : ""}`);
    this.vendor = d.vendor;
    this.method = d.method;
    this.path = d.path;
    this.status = d.status;
    this.code = d.code;
    this.vendorMessage = d.vendorMessage;
    this.hint = d.hint;
    this.attempts = d.attempts;
  }
}

export class BadRequestError extends ApiError { override name = "BadRequestError"; }
export class AuthenticationError extends ApiError { override name = "AuthenticationError"; }
export class PermissionDeniedError extends ApiError { override name = "PermissionDeniedError"; }
export class NotFoundError extends ApiError { override name = "NotFoundError"; }
export class ConflictError extends ApiError { override name = "ConflictError"; }
export class RateLimitError extends ApiError { override name = "RateLimitError"; }
export class ServerError extends ApiError { override name = "ServerError"; }
/** No answer: connection reset or refused, DNS failure. `code` holds the system code. */
export class ConnectionError extends ApiError { override name = "ConnectionError"; }
export class TimeoutError extends ApiError { override name = "TimeoutError"; }
/** A 2xx answer that is not the JSON the API speaks (truncated, an HTML page from a proxy). */
export class InvalidResponseError extends ApiError { override name = "InvalidResponseError"; }

const MAX_MESSAGE = 300;

/** One short line: no control characters, no page dumps. */
function oneLine(text: string): string {
  const flat = text.replace(/[\u0000-\u001f\u007f]+/g, " ").replace(/\s+/g, " ").trim();
  return flat.length > MAX_MESSAGE ? `${flat.slice(0, MAX_MESSAGE)}...` : flat;
}

/** What to say about a body that is not JSON, without quoting it. */
export function describeNonJson(body: string, status: number | undefined): string {
  const st = status === undefined ? "" : ` (status ${status})`;
  return /^\s*</.test(body)
    ? `the server answered with an HTML page${st}, not JSON`
    : `the server answered with a body that is not valid JSON${st}; it may have been cut off`;
}

function str(v: unknown): string | undefined {
  if (typeof v === "number") return String(v);
  if (typeof v === "string" && v.trim()) return oneLine(v);
  // Validation errors sometimes come as a list of messages.
  if (Array.isArray(v) && v.length && v.every((x) => typeof x === "string")) return oneLine(v.join("; "));
  return undefined;
}

function obj(v: unknown): Record<string, unknown> | undefined {
  return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/** Code and message from any of the body shapes Portkey and Toktra use. */
export function parseErrorBody(body: string, status?: number): { code?: string; message?: string } {
  const text = body.trim();
  if (!text) return {};
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // Plain text keeps its first line only: enough for "Bad Gateway", never a stack trace.
    if (/^[<{[]/.test(text)) return { message: describeNonJson(text, status) };
    return { message: oneLine(text.split("\n")[0]!) };
  }
  if (typeof json === "string") return json.trim() ? { message: oneLine(json) } : {};
  const o = obj(json);
  if (!o) return {};
  const inner = obj(o.error);
  const code = [o.errorCode, inner?.code, o.code, o.error_code].map(str).find((c) => c && /^[\w.-]{1,40}$/.test(c));
  const message = [inner?.message, o.message, o.error, o.detail, o.error_description].map(str).find(Boolean);
  return { ...(code ? { code } : {}), ...(message ? { message } : {}) };
}

function hintFor(vendor: VendorName, status: number, code: string | undefined, path: string): string | undefined {
  const env = vendor.toUpperCase();
  if (status >= 300 && status < 400) return `the API redirects; set ${vendor}:baseUrl (${env}_BASE_URL) to the final address`;
  if (status === 401) return `check the ${vendor}:apiKey stack config (pulumi config set --secret ${vendor}:apiKey ...) or the ${env}_API_KEY environment variable`;
  if (status === 402) return "the subscription's quota is exhausted";
  if (status === 403 && path.startsWith("/providers")) return "the integration must be enabled for the workspace first (IntegrationWorkspaceAccess), and the key needs access to it";
  if (status === 403) return "the API key lacks permission for this object, or the object lives in a workspace that was deleted (run `pulumi refresh`)";
  if (status === 409 && code === "AB07" && path.startsWith("/admin/workspaces")) return "the workspace still has dependents (virtual keys, configs, API keys); delete them first";
  if (status === 409) return "an object with the same unique name or slug already exists; import it with the `import` resource option or pick another name";
  if (status === 429) return `the API is rate limiting; raise ${vendor}:maxRetries or lower the engine's --parallel`;
  return undefined;
}

const TIMEOUT_CODES = new Set(["ETIMEDOUT", "ECONNABORTED", "ESOCKETTIMEDOUT", "UND_ERR_CONNECT_TIMEOUT"]);

function transportWords(code: string, host: string): string {
  switch (code) {
    case "ECONNREFUSED": return `could not connect: ${host} refused the connection`;
    case "ECONNRESET": return `lost the connection to ${host} (reset)`;
    case "ENOTFOUND": return `could not connect: the host name ${host} does not resolve`;
    case "EAI_AGAIN": return `could not connect: DNS lookup of ${host} failed`;
    default: return `could not reach ${host} (${code})`;
  }
}

interface Source {
  vendor: VendorName;
  method: string;
  path: string;
  attempts: number;
  /** Values to mask in everything the error says. */
  secrets?: Iterable<string>;
}

/** An HTTP answer that is an error, or a 2xx whose body is not JSON. */
export interface ResponseSource extends Source {
  status: number;
  body: string;
}

/** No HTTP answer: `cause` is the transport error (only its `code` is read, never kept). */
export interface TransportSource extends Source {
  cause: unknown;
  host?: string;
  timeoutMs?: number;
}

/** The one place that turns an answer or a transport failure into a typed error. */
export function apiErrorFrom(src: ResponseSource | TransportSource): ApiError {
  const secrets = [...(src.secrets ?? [])];
  const clean = (s: string | undefined) => (s === undefined ? undefined : redact(s, secrets));
  const base = { vendor: src.vendor, method: src.method, path: clean(src.path.split("?")[0]!)!, attempts: src.attempts };

  if ("cause" in src) {
    const raw = (src.cause as { code?: unknown } | null)?.code;
    const code = typeof raw === "string" && raw ? raw : "EUNKNOWN";
    if (TIMEOUT_CODES.has(code)) {
      return new TimeoutError({ ...base, code: "ETIMEDOUT" }, src.timeoutMs ? `timed out after ${src.timeoutMs} ms` : "timed out");
    }
    const host = src.host ?? "the API";
    const hint = code === "ECONNREFUSED" || code === "ENOTFOUND" ? `check ${src.vendor}:baseUrl (${src.vendor.toUpperCase()}_BASE_URL)` : undefined;
    return new ConnectionError({ ...base, code, hint }, clean(transportWords(code, host)));
  }

  const { status } = src;
  if (status >= 200 && status < 300) return new InvalidResponseError({ ...base, status }, clean(describeNonJson(src.body, status)));
  const parsed = parseErrorBody(src.body, status);
  const code = clean(parsed.code);
  const d: ErrorDetails = { ...base, status, code, vendorMessage: clean(parsed.message), hint: hintFor(src.vendor, status, code, base.path) };
  if (status === 400 || status === 422) return new BadRequestError(d);
  if (status === 401) return new AuthenticationError(d);
  if (status === 403) return new PermissionDeniedError(d);
  if (status === 404) return new NotFoundError(d);
  if (status === 409) return new ConflictError(d);
  if (status === 429) return new RateLimitError(d);
  if (status >= 500) return new ServerError(d);
  return new ApiError(d);
}

/**
 * True when the object is gone. Portkey answers 403/AB03 rather than 404 for a
 * deleted workspace; callers opt into reading that as "gone". A 403 without the
 * code (a proxy's page) is not enough: dropping a live object from state is worse.
 */
export function isNotFound(err: unknown, opts: { forbiddenMeansGone?: boolean | undefined } = {}): boolean {
  if (err instanceof NotFoundError) return true;
  return !!opts.forbiddenMeansGone && err instanceof PermissionDeniedError && err.code === "AB03";
}
