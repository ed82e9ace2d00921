// Field pieces every Toktra resource shares, as Toktra's Terraform provider
// documents them (seeds/toktra-terraform-provider.txt). Only one admin path is
// public (`GET /v1/api/siem/configs`); the others follow it and are assumptions
// (see the README), written in one place per resource so they are easy to correct.
import { ApiPaths, DataSourceSpec, FieldSpec, ImportIdFormat, ResourceRule, Schema } from "../core/types";

export const SEVERITIES = ["low", "medium", "high", "critical"];

export const severitySchema: Schema = { typeName: "Severity", description: "How serious a finding is.", enum: SEVERITIES };

/** An admin collection under `{apiUrl}/v1/api`, addressed by UUID, listed with Toktra's cursor pages. */
export function toktraPaths(collection: string): ApiPaths {
  const path = `/v1/api${collection}`;
  return { collection: path, item: `${path}/{key}`, pathKey: "id", listKey: "items", pagination: "cursor" };
}

/** Import ids are the UUIDs `terraform import` takes; the API's sample ids are not all valid hex, so no UUID pattern is checked. */
export function toktraImportId(example: string): ImportIdFormat {
  return { parts: ["id"], example };
}

export const nameField: FieldSpec = { doc: "Human-readable name.", schema: { type: "string", minLength: 1 }, required: true };

export const enabledField = (what: string): FieldSpec => ({ doc: `Whether ${what}. Defaults to true.`, schema: { type: "boolean" }, default: true });

export const isActiveField: FieldSpec = { doc: "Whether the connector is active. Defaults to true.", schema: { type: "boolean" }, default: true };

export const httpsUrlField = (doc: string): FieldSpec => ({ doc: `${doc} https only.`, schema: { type: "string", format: "https-url" }, required: true });

/** `a`, `b` or `c`. */
export function oneOf(values: string[]): string {
  const quoted = values.map((v) => `\`${v}\``);
  return `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]}`;
}

/** `provider_type`: which product the object talks to. */
export const providerTypeField = (values: string[], typeName: string, description: string, replaceOnChange = true): FieldSpec => ({
  doc: `${oneOf(values)}.${replaceOnChange ? " Changing it replaces the object." : ""}`,
  schema: { typeName, description, enum: values },
  required: true,
  replaceOnChange,
});

const secretText = { type: "string", minLength: 1 };

/**
 * `credentials`: a secret JSON object, sent on every write and never read back,
 * so state keeps only a salted fingerprint. `keys` are the keys some provider type takes.
 */
export function credentialsField(typeName: string, keys: Record<string, string>): FieldSpec {
  return {
    doc: "The credential object, as an object or a JSON string; the keys depend on `providerType`. A secret, write-only: state keeps only a salted fingerprint.",
    schema: {
      typeName,
      description: "Credentials in Toktra's keys; which are required depends on the provider type.",
      type: "object",
      minProperties: 1,
      properties: Object.fromEntries(Object.entries(keys).map(([k, description]) => [k, { ...secretText, description }])),
    },
    json: { keys: "verbatim" },
    required: true,
    secret: true,
    writeOnly: true,
  };
}

/** What `credentials` must hold for one provider type. */
export function credentialRule(providerType: string, required: string[], example: string): ResourceRule {
  return {
    when: { providerType },
    schema: { properties: { credentials: { required } } },
    doc: `${providerType} takes credentials ${example}`,
  };
}

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
