// What the user sees when an operation fails. The engine's dynamic-provider
// server prints errors from read, delete, check and diff as "<error>: <stack>";
// an expected failure (an API's answer, a config problem, an import that does
// not fit) is not a bug, so it is shown as a plain "error: <message>" line.
// Anything else keeps its stack trace for reporting.
import { AigovError, InitFailedError } from "./errors";

export class ReportedError extends Error {
  constructor(message: string) {
    super(message);
    this.stack = message;
  }
  override toString(): string {
    return "error";
  }
}

/** How a failure reaches the engine: as it is, or as one clean line. */
export function classify(e: unknown): "asIs" | "clean" {
  // The engine reads `id` and `properties` off this one; it must pass unchanged.
  if (e instanceof InitFailedError) return "asIs";
  return e instanceof AigovError ? "clean" : "asIs";
}

/** Wraps a provider method so expected failures reach the user as one clean line. */
export function reported<A extends unknown[], R>(fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A) => {
    try {
      return await fn(...args);
    } catch (e) {
      if (classify(e) === "asIs") throw e;
      // Keep the type's identity for callers that inspect it (tests), but print cleanly.
      const clean = new ReportedError((e as Error).message);
      Object.defineProperty(clean, "cause", { value: e, enumerable: false });
      throw clean;
    }
  };
}
