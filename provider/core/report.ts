// What the user sees when an operation fails. The engine's dynamic-provider
// server prints errors from read, delete, check and diff as "<error>: <stack>";
// an API's answer or a config problem is not a bug, so it is shown as a plain
// "error: <message>" line. Anything else keeps its stack trace for reporting.
import { ApiError } from "../http/errors";
import { ConfigError } from "./config";

export class ReportedError extends Error {
  constructor(message: string) {
    super(message);
    this.stack = message;
  }
  override toString(): string {
    return "error";
  }
}

/**
 * The object was created but is not whole (a follow-up call failed). The
 * dynamic-provider server turns an error carrying `id` and `properties` into the
 * engine's ErrorResourceInitFailed: the resource is recorded with these
 * properties and marked unhealthy, and the next `up` updates it.
 */
export class InitFailedError extends Error {
  override name = "InitFailedError";
  readonly reasons: string[];
  constructor(
    message: string,
    readonly id: string,
    readonly properties: Record<string, unknown>,
  ) {
    super(message);
    this.reasons = [message];
    this.stack = message;
  }
}

function expected(e: unknown): e is Error {
  return e instanceof ApiError || e instanceof ConfigError || (e instanceof Error && e.constructor === Error);
}

/** Wraps a provider method so expected failures reach the user as one clean line. */
export function reported<A extends unknown[], R>(fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A) => {
    try {
      return await fn(...args);
    } catch (e) {
      if (!expected(e)) throw e;
      // Keep the type's identity for callers that inspect it (tests), but print cleanly.
      const clean = new ReportedError(e.message);
      Object.defineProperty(clean, "cause", { value: e, enumerable: false });
      throw clean;
    }
  };
}
