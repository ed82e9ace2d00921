// What both kinds of policy share in the emulator: the Condition and GroupBy
// schemas of Portkey's OpenAPI, the record, its view, and the workspace filter.
import { tableOf, Table, Tables } from "../core/table";
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

const condition = { type: "object", required: ["key", "value"], properties: { key: { type: "string" }, value: { type: "string" } } };
const groupBy = { type: "object", required: ["key"], properties: { key: { type: "string" } } };

/** The create-body properties both kinds share. */
export const commonCreate = {
  name: { type: "string", maxLength: 255 },
  conditions: { type: "array", minItems: 1, items: condition },
  group_by: { type: "array", minItems: 1, items: groupBy },
  workspace_id: { type: "string" },
  organisation_id: { type: "string" },
};

export const policies = (pk: Portkey, name: string): Table<PolicyRec> => tableOf<PolicyRec>(pk.db as unknown as Tables, name);

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
