// What both kinds of policy share in the emulator: the record, its view, the
// status and workspace filters, and their place in a workspace's delete.
import { Table } from "../core/table";
import { Bag, ORGANISATION_ID, Portkey } from "./state";

export interface PolicyRec {
  id: string;
  name?: string;
  conditions: Bag[];
  group_by: Bag[];
  type: string;
  workspace_id: string;
  workspace_given: string;
  status: "active" | "archived";
  created_at: string;
  last_updated_at: string;
  [field: string]: unknown;
}

export const policies = (pk: Portkey, name: string): Table<PolicyRec> => pk.table<PolicyRec>(name);

/** A workspace's force delete takes its policies with it; a plain delete refuses while it has any. */
export function policiesInWorkspaces(pk: Portkey, name: string): void {
  pk.workspaceChildren.push({
    count: (p, ws) => Object.values(policies(p, name)).filter((r) => r.workspace_id === ws && r.status === "active").length,
    cascade: (p, ws) => Object.values(policies(p, name)).forEach((r) => r.workspace_id === ws && delete policies(p, name)[r.id]),
  });
}

/** A new record from a checked create body, in the workspace it names. */
export function newPolicy(pk: Portkey, b: Bag): PolicyRec {
  const given = String(b.workspace_id ?? "");
  const ws = pk.workspace(given);
  const now = pk.now();
  const { organisation_id: _o, workspace_id: _w, ...fields } = b;
  return { ...fields, id: pk.uuid(), workspace_id: ws.id, workspace_given: given, status: "active", created_at: now, last_updated_at: now } as PolicyRec;
}

export function policyView(pk: Portkey, rec: PolicyRec, object: string): Bag {
  const { workspace_given, ...rest } = rec;
  return { ...rest, name: pk.str(rec.name), workspace_id: pk.echoWorkspace(rec.workspace_id, workspace_given), organisation_id: ORGANISATION_ID, object };
}

/** Lists and reads show active policies unless `status` asks for archived ones. */
export function statusMatches(rec: PolicyRec, query: URLSearchParams): boolean {
  return rec.status === (query.get("status") || "active");
}

export function inWorkspace(pk: Portkey, rec: PolicyRec, query: URLSearchParams): boolean {
  const ref = query.get("workspace_id");
  return !ref || rec.workspace_id === pk.findWorkspace(ref)?.id;
}

/** Applies the fields a PUT body names; null clears. */
export function applyUpdate(rec: PolicyRec, b: Bag, fields: readonly string[], now: string): void {
  for (const k of fields) if (k in b) rec[k] = b[k] ?? undefined;
  rec.last_updated_at = now;
}
