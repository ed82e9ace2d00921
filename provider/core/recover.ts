// Creates whose answer was lost. A POST that may have been committed (a 5xx,
// a reset connection, a timeout, a truncated answer) is not retried blindly:
// the provider first looks for an object with the same natural key, in the
// same parent scope, created since the first attempt, and adopts it.
import type { ApiClient } from "../http/client";
import { ConnectionError, InvalidResponseError, ServerError, TimeoutError } from "../http/errors";
import { sameForm } from "./ids";
import { listCollection } from "./list";
import { ResourceSpec } from "../../spec/core/types";
import { Bag, fromWireObject } from "./wire";

/** Clock skew allowed between this machine and the API when comparing creation times. */
const SKEW_MS = 60_000;

/** True when a failed create may nonetheless have made the object. */
export function maybeCommitted(err: unknown): boolean {
  // A refused connection never reached the server.
  if (err instanceof ConnectionError) return err.code !== "ECONNREFUSED";
  return err instanceof ServerError || err instanceof TimeoutError || err instanceof InvalidResponseError;
}

function sameKey(spec: ResourceSpec, inputs: Bag, item: Bag): boolean {
  return spec.naturalKey.every((k) => {
    const want = inputs[k];
    if (want === undefined) return true;
    const have = item[k];
    // An identity echoed in the other form (slug for UUID) cannot be compared here.
    if (spec.fields[k]?.keepUserForm && !sameForm(want, have)) return true;
    return have === want;
  });
}

/**
 * The object a lost create made, in wire form, or undefined. Lists the
 * collection within the workspace the object belongs to.
 */
export async function findCreated(client: ApiClient, spec: ResourceSpec, inputs: Bag, since: number, afterGet?: (o: Bag) => Bag): Promise<Bag | undefined>;
export async function findCreated(client: ApiClient, spec: ResourceSpec, inputs: Bag, since: number, afterGet: ((o: Bag) => Bag) | undefined, all: true): Promise<Bag[]>;
export async function findCreated(
  client: ApiClient,
  spec: ResourceSpec,
  inputs: Bag,
  since: number,
  afterGet?: (o: Bag) => Bag,
  all = false,
): Promise<Bag | Bag[] | undefined> {
  const scoped = spec.naturalKey.includes("workspaceId") && typeof inputs.workspaceId === "string";
  const items = await listCollection(client, spec, scoped ? { workspace_id: inputs.workspaceId as string } : {});
  const matches: Bag[] = [];
  for (const raw of items) {
    const item = afterGet ? afterGet(raw) : raw;
    const created = Date.parse(String(item.created_at ?? ""));
    if (!Number.isNaN(created) && created < since - SKEW_MS) continue;
    if (sameKey(spec, inputs, fromWireObject(spec, item))) matches.push(item);
  }
  // Two matches would mean someone else created one too; take the newest, ours is the last attempt's.
  matches.sort((a, b) => String(b.created_at).localeCompare(String(a.created_at)));
  return all ? matches : matches[0];
}

