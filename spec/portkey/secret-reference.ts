// Portkey secret reference: where Portkey fetches a secret at request time, in
// AWS Secrets Manager, Azure Key Vault or HashiCorp Vault, and the credentials
// it signs in there with. Integrations name it in `secretMappings`.
// API (portkey-api.md §3.15, OpenAPI /secret-references): POST -> {id, slug,
// object}; GET/PUT/DELETE /secret-references/{slug}. Quirks: GET masks the
// credentials (`masked_` prefixed keys), so `authConfig` is write-only; PUT
// merges `auth_config` per key and ignores `manager_type`, so the manager type
// replaces; GET never shows `allowed_workspaces`; `allowed_workspaces: []` is
// refused with 400 AB01; a list, once set, is dropped only by
// `allow_all_workspaces: true` (provider/portkey/secret-reference.ts).
import { ResourceRule, ResourceSpec } from "../core/types";
import { timestamps } from "./limits";

export const MANAGER_TYPES = ["aws_sm", "azure_kv", "hashicorp_vault"] as const;

/** Each manager's sign-in modes, by the key that names the mode (the OpenAPI's auth config schemas). */
const AUTH_MODES: [manager: string, key: string, modes: string[], also: string[]][] = [
  ["aws_sm", "aws_auth_type", ["accessKey", "assumedRole", "serviceRole"], []],
  ["azure_kv", "azure_auth_mode", ["entra", "managed", "default"], ["azure_vault_url"]],
  ["hashicorp_vault", "vault_auth_type", ["token", "approle", "kubernetes"], ["vault_addr"]],
];

const authRules: ResourceRule[] = AUTH_MODES.map(([manager, key, modes, also]) => ({
  when: { managerType: manager },
  schema: { properties: { authConfig: { required: [key, ...also], properties: { [key]: { enum: modes } } } } },
  doc: `give authConfig.${key} (${modes.join(", ")})${also.map((k) => ` and authConfig.${k}`).join("")} for ${manager}`,
}));

export const secretReferenceSpec: ResourceSpec = {
  vendor: "portkey",
  name: "SecretReference",
  file: "secret-reference",
  doc: "A Portkey secret reference: a secret kept in AWS Secrets Manager, Azure Key Vault or HashiCorp Vault, which integrations use instead of holding a key.",
  api: { collection: "/secret-references", item: "/secret-references/{key}", pathKey: "slug" },
  importId: { parts: ["slug"], example: "openai-prod-key" },
  naturalKey: ["name", "managerType"],
  uniqueKeys: ["slug"],
  lostCreate: "naturalKey",
  createAnswer: { whole: false, why: "POST answers only {id, slug, object}; the status and timestamps come from a read (OpenAPI createSecretReference)." },
  rules: authRules,
  terraform: "portkey_secret_reference",
  dataSources: [
    { kind: "lookup", name: "getSecretReference", by: ["slug"], doc: "Looks up one secret reference by slug or id, without its credentials." },
    {
      kind: "list",
      name: "getSecretReferences",
      resultKey: "secretReferences",
      filters: [{ field: "managerType" }],
      doc: "Lists secret references, without their credentials, optionally those of one manager type.",
    },
  ],
  fields: {
    name: { doc: "Display name.", schema: { type: "string", minLength: 1, maxLength: 255 }, required: true },
    slug: {
      doc: "URL-safe identifier, the one integrations name. Portkey derives one from the name when absent.",
      schema: { type: "string", pattern: "^[a-zA-Z0-9_-]+$", maxLength: 255 },
      computed: true,
      alwaysPresent: true,
      replaceOnChange: true,
      createOnly: true,
    },
    description: { doc: "Free-text description.", schema: { type: "string", maxLength: 1024 }, clearWith: null },
    managerType: {
      doc: "The secret manager: `aws_sm` (AWS Secrets Manager), `azure_kv` (Azure Key Vault) or `hashicorp_vault`. Portkey cannot change it, so a change replaces the reference.",
      schema: { enum: [...MANAGER_TYPES] },
      required: true,
      replaceOnChange: true,
      createOnly: true,
    },
    authConfig: {
      doc:
        "How Portkey signs in to the manager, as an object or a JSON string: `aws_auth_type` (accessKey, assumedRole, serviceRole) for aws_sm, " +
        "`azure_auth_mode` (entra, managed, default) and `azure_vault_url` for azure_kv, `vault_auth_type` (token, approle, kubernetes) and `vault_addr` " +
        "for hashicorp_vault, with the mode's credentials. Write-only: Portkey returns it masked; state keeps a fingerprint.",
      schema: { type: "object" },
      json: { keys: "verbatim" },
      required: true,
      secret: true,
      writeOnly: true,
    },
    secretPath: {
      doc: "Path of the secret in the manager, e.g. `prod/openai/api-key`.",
      schema: { type: "string", minLength: 1, maxLength: 1024 },
      required: true,
    },
    secretKey: { doc: "Key within the secret's value when it holds several.", schema: { type: "string", minLength: 1, maxLength: 255 }, clearWith: null },
    allowedWorkspaces: {
      doc:
        "Workspaces (ids or slugs) that may use the reference; every workspace may when absent. Portkey refuses an empty list, and so does `preview`. " +
        "Write-only: Portkey does not show the list.",
      schema: { type: "array", items: { type: "string", minLength: 1 }, minItems: 1, uniqueItems: true },
      writeOnly: true,
    },
    tags: { doc: "String key/value tags.", schema: { type: "object", additionalProperties: { type: "string" } }, clearWith: null },
    allowAllWorkspaces: { doc: "Whether every workspace may use the reference.", schema: { type: "boolean" }, output: true },
    status: { doc: "`ACTIVE` while the reference is usable.", schema: { type: "string" }, output: true },
    createdBy: { doc: "Who created the reference.", schema: { type: "string" }, output: true },
    ...timestamps,
  },
};
