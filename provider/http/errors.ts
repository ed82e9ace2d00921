// Typed API errors, classified once: the "API answer by kind" branch of the
// provider's error family (provider/core/errors.ts). Messages read well to a
// Pulumi user and never carry a secret: every text passes through the client's
// redaction.
import { STATUS_CODES } from "http";
import { AigovError } from "../core/errors";
import { clip } from "../core/quote";

export type VendorName = "portkey" | "toktra";

export interface ErrorDetails {
  vendor: VendorName;
  method: string;
  path: string;
  status?: number;
  code?: string;
  vendorMessage?: string;
  hint?: string;
  attempts: number;
  /** How long the server asked us to wait before trying again (Retry-After). */
  retryAfterMs?: number;
}

export class ApiError extends AigovError {
  readonly vendor: VendorName;
  readonly method: string;
  readonly path: string;
  readonly status: number | undefined;
  readonly code: string | undefined;
  readonly vendorMessage: string | undefined;
  readonly hint: string | undefined;
  readonly attempts: number;
  readonly retryAfterMs: number | undefined;

  constructor(d: ErrorDetails, summary?: string) {
    const what = summary ?? `failed with ${d.status}${d.code ? ` (${d.code})` : ""}`;
    // A server may echo what it was sent (a huge name, a URL with credentials): both texts are clipped.
    const said = d.vendorMessage ? `: ${clip(d.vendorMessage)}` : "";
    const tries = d.attempts > 1 ? ` after ${d.attempts} attempts` : "";
    super(`${d.vendor} API: ${d.method} ${clip(d.path, 200)} ${what}${tries}${said}${d.hint ? `. Hint: ${d.hint}` : ""}`);
    this.vendor = d.vendor;
    this.method = d.method;
    this.path = d.path;
    this.status = d.status;
    this.code = d.code;
    this.vendorMessage = d.vendorMessage;
    this.hint = d.hint;
    this.attempts = d.attempts;
    this.retryAfterMs = d.retryAfterMs;
  }
}

export class BadRequestError extends ApiError {}
export class AuthenticationError extends ApiError {}
export class PermissionDeniedError extends ApiError {}
export class NotFoundError extends ApiError {}
export class ConflictError extends ApiError {}
export class RateLimitError extends ApiError {}
export class ServerError extends ApiError {}
/** The request did not get an answer: reset, refused, DNS. */
export class ConnectionError extends ApiError {}
export class TimeoutError extends ApiError {}
/** A 2xx answer that is not the JSON the API speaks (truncated, an HTML page from a proxy). */
export class InvalidResponseError extends ApiError {}

/** Code and message from any of the body shapes Portkey and Toktra use. */
export function parseErrorBody(body: string): { code?: string; message?: string } {
  const text = body.trim();
  if (!text) return {};
  if (/^<(!doctype|html|head|body)/i.test(text)) return { message: "the server answered with an HTML page, not JSON (a proxy or gateway error)" };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { message: text.length > 200 ? `${text.slice(0, 200)}...` : text };
  }
  if (!json || typeof json !== "object") return { message: String(json) };
  const o = json as Record<string, unknown>;
  const inner = o.error && typeof o.error === "object" ? (o.error as Record<string, unknown>) : undefined;
  // Toktra names the error type in `error` beside a `message`: {"error":"not_found","message":"..."}.
  const errorType = typeof o.error === "string" && str(o.message) ? str(o.error) : undefined;
  const code = str(o.errorCode) ?? str(inner?.code) ?? str(o.code) ?? errorType;
  const message = str(inner?.message) ?? str(o.message) ?? str(o.error) ?? str(o.detail);
  return { ...(code ? { code } : {}), ...(message ? { message } : {}) };
}

function str(v: unknown): string | undefined {
  return typeof v === "string" && v ? v : typeof v === "number" ? String(v) : undefined;
}

function hintFor(vendor: VendorName, method: string, status: number, code: string | undefined, path: string): string | undefined {
  const env = vendor.toUpperCase();
  if (status === 401)
    return `check the ${vendor}:apiKey stack config (pulumi config set --secret ${vendor}:apiKey ...) or the ${env}_API_KEY environment variable`;
  if (status === 403 && path.startsWith("/providers"))
    return "the integration must be enabled for the workspace first (IntegrationWorkspaceAccess), and the key needs access to it";
  if (status === 403 && vendor === "toktra") return "the API key lacks the admin permission this change needs";
  if (status === 403) return "the API key lacks permission for this object, or it belongs to a workspace that was deleted (run `pulumi refresh`)";
  // Portkey's workspace DELETE checks the confirming name more strictly than create and update (TF README, Known Issues).
  if (status === 400 && vendor === "portkey" && method === "DELETE" && /^\/admin\/workspaces\/[^/]+$/.test(path))
    return (
      "Portkey's workspace delete refuses some names that create and update accept, such as names with emoji: " +
      "rename the workspace without them (change `name`, run `pulumi up`), then destroy; if it was renamed outside Pulumi, run `pulumi refresh` first"
    );
  if (status === 409 && code === "AB07" && path.startsWith("/admin/workspaces")) return "the workspace still has dependents (virtual keys, configs, API keys)";
  if (status === 409) return "an object with the same unique name or slug already exists; import it with the `import` resource option or pick another name";
  if (status === 429) return `the API is rate limiting; raise ${vendor}:maxRetries or lower the engine's --parallel`;
  if (status === 402) return "the subscription's quota is exhausted";
  return undefined;
}

/** The typed error for an HTTP answer. */
export function errorForStatus(
  vendor: VendorName,
  method: string,
  path: string,
  status: number,
  body: string,
  attempts: number,
  retryAfterMs?: number,
): ApiError {
  const { code, message } = parseErrorBody(body);
  const d: ErrorDetails = { vendor, method, path, status, attempts, ...(code ? { code } : {}), ...(message ? { vendorMessage: message } : {}) };
  if (retryAfterMs !== undefined) d.retryAfterMs = retryAfterMs;
  const hint = hintFor(vendor, method, status, code, path);
  if (hint) d.hint = hint;
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
 * True when the object is gone. Portkey answers 403/AB03 rather than 404 for
 * some deleted objects (workspaces), which callers opt into.
 */
export function isNotFound(err: unknown, opts: { forbiddenMeansGone?: boolean | undefined } = {}): boolean {
  if (err instanceof NotFoundError) return true;
  // Only Portkey's own AB03: a bare 403 (a proxy, a WAF) says nothing about the object.
  return !!opts.forbiddenMeansGone && err instanceof PermissionDeniedError && err.code === "AB03";
}

/** What went wrong, in a few words for a retry line: `503 Service Unavailable`, `ECONNRESET`, `a timeout`. */
export function causeOf(err: ApiError): string {
  if (err instanceof ConnectionError) return err.code ?? "a network error";
  if (err instanceof TimeoutError) return "a timeout";
  if (err instanceof InvalidResponseError) return "a malformed answer";
  return err.status !== undefined ? `${err.status} ${STATUS_CODES[err.status] ?? ""}`.trim() : err.name;
}
