// Retry lines in `pulumi up` output. The engine shows what a dynamic provider
// writes to stderr (it passes the output of the plugin named
// pulumi-resource-pulumi-nodejs through as diagnostics), so a slow `up` says
// that it is retrying, for which resource, after what, and for how long.
// One client serves every resource of a vendor at once, so the resource a
// request works for travels with the async context of its operation.
import { AsyncLocalStorage } from "async_hooks";
import type { RetryNotice } from "../http/client";
import type { ResourceSpec, Vendor } from "../../spec/core/types";
import { quote } from "./quote";
import { secretInputs } from "./validate";
import type { Bag } from "./wire";

const subject = new AsyncLocalStorage<string>();
const TITLE: Record<Vendor, string> = { portkey: "Portkey", toktra: "Toktra" };

let sink: (line: string) => void = (line) => process.stderr.write(`${line}\n`);

/** Sends lines elsewhere (tests); returns the sink it replaces. */
export function setLogSink(next: (line: string) => void): (line: string) => void {
  const previous = sink;
  sink = next;
  return previous;
}

/** A line for the user (a deprecated setting), shown in `pulumi up` output. */
export function notice(line: string): void {
  sink(line);
}

/** A line the user should see in the preview or up output (a warning). */
export function warn(line: string): void {
  sink(line);
}

/** Runs one provider operation with `what` named in its retry lines. */
export function onBehalfOf<T>(what: string, fn: () => Promise<T>): Promise<T> {
  return subject.run(what, fn);
}

/**
 * How a retry line names a resource: its type, and its display name or slug
 * when it has one, else its id, quoted short. Never a secret field, declared
 * or arrived as a secret.
 */
export function subjectOf(spec: ResourceSpec, state: Bag, id?: string): string {
  const secret = secretInputs(spec, state);
  const label = ["name", "slug"].map((k) => (spec.fields[k] && !secret.has(k) ? state[k] : undefined)).find((v) => typeof v === "string" && v !== "");
  const named = (label as string | undefined) ?? id;
  return named ? `${spec.name} ${quote(named)}` : spec.name;
}

export function retryLine(vendor: Vendor, n: RetryNotice, what?: string): string {
  const seconds = Number((n.delayMs / 1000).toFixed(1));
  return `${TITLE[vendor]}: retrying ${n.method} ${n.path}${what ? ` for ${what}` : ""} after ${n.cause}, in ${seconds} s (attempt ${n.attempt} of ${n.attempts})`;
}

/** The HTTP client's retry logger for a vendor. */
export function retryLogger(vendor: Vendor): (n: RetryNotice) => void {
  return (n) => sink(retryLine(vendor, n, subject.getStore()));
}
