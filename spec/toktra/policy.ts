// toktra_policy: a usage policy whose conditions trigger alerts or blocks.
// API (assumed; only GET /v1/policies is public): POST /v1/api/policies -> the
// object; GET/PUT/DELETE /v1/api/policies/{id}; cursor pages.
// `conditions` and `actions` are JSON documents in Toktra's own keys, as the
// Terraform provider takes them (jsonencode). Their vocabularies are open:
// Toktra documents examples (`max_tokens_per_day`, `{department: {not_in: [...]}}`,
// `warn_and_notify`), not a closed list, so only the documented keys' types are checked.
import { ResourceSpec } from "../core/types";
import { enabledField, nameField, oneOf, SEVERITIES, severitySchema, timestamps, toktraDataSources, toktraImportId, toktraPaths } from "./fields";

const conditionsSchema = {
  typeName: "PolicyConditions",
  description: "When a policy matches, in Toktra's keys, e.g. `model`, `department: {not_in: [...]}`, `max_tokens_per_day`, `scope`.",
  type: "object",
  minProperties: 1,
};

const actionsSchema = {
  typeName: "PolicyActions",
  description: "What happens when a policy matches, in Toktra's keys.",
  type: "object",
  properties: {
    action: { type: "string", minLength: 1, description: "What Toktra does, e.g. `alert` or `warn_and_notify`." },
    notify: { type: "array", items: { type: "string" }, description: "Who is notified, e.g. `security@company.com`." },
    slack_alert: { type: "boolean", description: "Whether a Slack alert is sent." },
  },
};

export const policySpec: ResourceSpec = {
  vendor: "toktra",
  name: "Policy",
  file: "policy",
  doc: "A Toktra usage policy: conditions that trigger alerts or blocks, and what happens then.",
  api: toktraPaths("/policies"),
  importId: toktraImportId("3f2b8c1e-9a4d-4e7b-8c21-5d6f0a9b1c2e"),
  naturalKey: ["name", "type"],
  terraform: "toktra_policy",
  dataSources: toktraDataSources("Policy", "Policies", "policies", "policy"),
  lostCreate: "naturalKey",
  ownerMarker: "description",
  fields: {
    name: nameField,
    type: {
      doc: "`token_limit`, `provider_block` or `model_restrict`. Changing it replaces the policy.",
      schema: { typeName: "PolicyType", description: "What a policy checks.", enum: ["token_limit", "provider_block", "model_restrict"] },
      required: true,
      replaceOnChange: true,
    },
    conditions: {
      doc: "The conditions object, as an object or a JSON string in Toktra's keys; at least one key. Compared by meaning.",
      schema: conditionsSchema,
      json: { keys: "verbatim" },
      required: true,
    },
    actions: {
      doc: "The actions object, as an object or a JSON string in Toktra's keys (`action`, `notify`, `slack_alert`, ...). Compared by meaning.",
      schema: actionsSchema,
      json: { keys: "verbatim" },
      required: true,
    },
    enabled: enabledField("the policy is enforced"),
    severity: { doc: `${oneOf(SEVERITIES)}. Defaults to medium.`, schema: severitySchema, default: "medium" },
    description: { doc: "Free-text description (Toktra's API shows one; the Terraform provider does not take it).", schema: { type: "string" }, clearWith: "" },
    orgId: { doc: "The Toktra organization that owns the policy.", schema: { type: "string" }, output: true },
    ...timestamps,
  },
};
