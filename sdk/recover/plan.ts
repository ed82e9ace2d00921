// Recovery after an interrupted `pulumi up`. A create still in flight when the
// engine died stays in the stack as a pending create, because the engine cannot
// know whether the object was made. For each one, this looks for the object the
// create made: by its client-chosen slug where the resource has one, else by
// every argument, among objects made since the stack's last finished update
// that no other resource owns. What exists is imported, what does not is cleared.
import type { Bag } from "../../provider/core/wire";
import { moduleForType } from "../../provider/modules";

export interface PendingCreate {
  urn: string;
  type: string;
  inputs: Bag;
}

export type Decision =
  | { urn: string; action: "import"; id: string }
  | { urn: string; action: "clear" }
  | { urn: string; action: "ambiguous"; candidates: string[] }
  | { urn: string; action: "foreign" };

const SECRET_SIG = "4dabf18193072939515e22adb298388d";

/** A value with the engine's secret envelopes (`--show-secrets` form) opened. */
function opened(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(opened);
  if (!v || typeof v !== "object") return v;
  const o = v as Bag;
  if (SECRET_SIG in o && typeof o.plaintext === "string") return opened(JSON.parse(o.plaintext));
  return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, opened(x)]));
}

/** The pending creates and owned ids of a `pulumi stack export --show-secrets` deployment. */
export function readDeployment(deployment: Bag): { pending: PendingCreate[]; owned: Set<string> } {
  const ops = (Array.isArray(deployment.pending_operations) ? deployment.pending_operations : []) as Bag[];
  const pending = ops
    .filter((op) => op.type === "creating" && op.resource)
    .map((op) => op.resource as Bag)
    .map((r) => ({ urn: String(r.urn), type: String(r.type), inputs: opened(r.inputs ?? {}) as Bag }));
  const resources = (Array.isArray(deployment.resources) ? deployment.resources : []) as Bag[];
  const owned = new Set(resources.filter((r) => typeof r.id === "string" && r.id).map((r) => String(r.id)));
  return { pending, owned };
}

/** One decision per pending create; each candidate is claimed by one create at most. */
export async function plan(pending: PendingCreate[], owned: Set<string>, since?: number): Promise<Decision[]> {
  const claimed = new Set(owned);
  const out: Decision[] = [];
  for (const p of pending) {
    const m = moduleForType(p.type);
    if (!m) {
      out.push({ urn: p.urn, action: "foreign" });
      continue;
    }
    const ids = await m.locate(p.inputs, { since, owned: claimed });
    if (ids.length === 1) {
      claimed.add(ids[0]!);
      out.push({ urn: p.urn, action: "import", id: ids[0]! });
    } else if (ids.length === 0) {
      out.push({ urn: p.urn, action: "clear" });
    } else {
      out.push({ urn: p.urn, action: "ambiguous", candidates: ids });
    }
  }
  return out;
}

/**
 * The deployment with the decisions applied: an object a create made becomes
 * the resource it was meant to be (its inputs stand in for outputs until the
 * refresh that follows reads it), and a create that made nothing is dropped.
 * Pending creates left to a person stay as they are. The engine's own
 * `--import-pending-creates` is not used: at v3.259.0 it drops what it imports.
 */
export function applyDecisions(deployment: Bag, decisions: Decision[]): Bag {
  const byUrn = new Map(decisions.map((d) => [d.urn, d]));
  const ops = (Array.isArray(deployment.pending_operations) ? deployment.pending_operations : []) as Bag[];
  const adopted: Bag[] = [];
  const kept: Bag[] = [];
  for (const op of ops) {
    const resource = op.resource as Bag | undefined;
    const d = op.type === "creating" && resource ? byUrn.get(String(resource.urn)) : undefined;
    if (d?.action === "import") adopted.push({ ...resource, id: d.id, outputs: resource!.inputs ?? {} });
    else if (d?.action !== "clear") kept.push(op);
  }
  // Nothing recorded depends on a create that never finished, so the adopted go last.
  const resources = [...((deployment.resources ?? []) as Bag[]), ...adopted];
  return { ...deployment, resources, pending_operations: kept };
}
