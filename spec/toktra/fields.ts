// Field pieces every Toktra resource shares. Toktra's CRUD admin endpoints are
// not public: the paths in each description are assumptions (see the README),
// made in one place per resource so they are easy to correct.
import { ApiPaths, DataSourceSpec, FieldSpec, ImportIdFormat, Schema } from "../core/types";

export const SEVERITIES = ["low", "medium", "high", "critical"];
export const ALERT_TYPES = ["policy_violation", "budget_exceeded", "anomaly_detected", "security_event"];

export const severitySchema: Schema = { typeName: "Severity", description: "How serious a finding is.", enum: SEVERITIES };
export const alertTypeSchema: Schema = { typeName: "AlertType", description: "A kind of alert or security event.", enum: ALERT_TYPES };

/** A collection addressed by opaque string ids, listed with Toktra's cursor pages. */
export function toktraPaths(collection: string): ApiPaths {
  return { collection, item: `${collection}/{key}`, pathKey: "id", listKey: "items", pagination: "cursor" };
}

/** Import ids are Toktra's own ids; they are opaque strings, never checked against a UUID pattern. */
export function toktraImportId(example: string): ImportIdFormat {
  return { parts: ["id"], example };
}

export const nameField: FieldSpec = { doc: "Display name.", schema: { type: "string", minLength: 1, maxLength: 200 }, required: true };

export const severityField = (doc: string, fallback = "low"): FieldSpec => ({ doc: `${doc} Defaults to ${fallback}.`, schema: severitySchema, default: fallback });

export const httpsUrlField = (doc: string): FieldSpec => ({ doc, schema: { type: "string", format: "https-url" }, required: true });

export const secretField = (doc: string, required = false): FieldSpec => ({
  doc: `${doc} Write-only: Toktra never returns it, so state keeps only a salted fingerprint.`,
  schema: { type: "string", minLength: 1 },
  secret: true,
  writeOnly: true,
  ...(required ? { required } : { clearWith: null }),
});

/** One object by id, and the whole collection through its cursor pages. */
export function toktraDataSources(name: string, plural: string, resultKey: string, what: string): DataSourceSpec[] {
  return [
    { kind: "lookup", name: `get${name}`, by: ["id"], doc: `Looks up one ${what} by id.` },
    { kind: "list", name: `get${plural}`, resultKey, doc: `Lists every ${what} of the organization.` },
  ];
}

export const timestamps: Record<string, FieldSpec> = {
  createdAt: { doc: "When the object was created (ISO 8601).", schema: { type: "string" }, output: true },
  updatedAt: { doc: "When the object was last updated (ISO 8601).", schema: { type: "string" }, output: true },
};
