// Creates whose answer was lost. A POST that may have been committed (a 5xx,
// a reset connection, a timeout, a truncated answer) is not retried blindly:
// the provider looks for an object with the same natural key, in the same
// parent scope, created since the first attempt (steps/lost-create.ts).
import type { ApiClient } from "../http/client";
import { ConnectionError, InvalidResponseError, ServerError, TimeoutError } from "../http/errors";
import { isUuid, sameForm } from "./ids";
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
 * Objects a lost create may have made, in wire form, newest first: those with
 * the same natural key made since `since`, within the workspace the object
 * belongs to. `mine`, where given, keeps only those that are provably this
 * resource's (its ownership marker).
 */
export async function findCreated(
  client: ApiClient,
  spec: ResourceSpec,
  inputs: Bag,
  since: number,
  afterGet?: (o: Bag) => Bag,
  mine?: (o: Bag) => boolean,
): Promise<Bag[]> {
  // A filter that matches only UUIDs would hide the object a slug names.
  const scoped =
    spec.naturalKey.includes("workspaceId") && typeof inputs.workspaceId === "string" && (spec.api.workspaceFilter !== "uuid" || isUuid(inputs.workspaceId));
  const items = await listCollection(client, spec, scoped ? { workspace_id: inputs.workspaceId as string } : {});
  const matches: Bag[] = [];
  for (const raw of items) {
    const item = afterGet ? afterGet(raw) : raw;
    const created = Date.parse(String(item.created_at ?? ""));
    if (!Number.isNaN(created) && created < since - SKEW_MS) continue;
    if (mine && !mine(item)) continue;
    if (sameKey(spec, inputs, fromWireObject(spec, item))) matches.push(item);
  }
  // Two matches would mean someone else created one too; the newest first, ours is the last attempt's.
  return matches.sort((a, b) => String(b.created_at).localeCompare(String(a.created_at)));
}
