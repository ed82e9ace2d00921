// Toktra governance policy.
// API (assumed; only GET /policies is public): POST /policies -> the object;
// GET/PUT/DELETE /policies/{id}; lists in cursor pages.
// `conditions` and `actions` are JSON documents in the API's own keys, as the
// Terraform provider takes them (jsonencode). The server fills in `notify: []`
// and `slack_alert: false` when actions leave them out.
import { ResourceSpec } from "../core/types";
import { nameField, severityField, timestamps, toktraDataSources, toktraImportId, toktraPaths } from "./fields";

const nonEmptyNames = { type: "array", minItems: 1, uniqueItems: true, items: { type: "string", minLength: 1 } };

const conditionsSchema = {
  typeName: "PolicyConditions",
  description: "When a policy matches, in Toktra's keys; each type needs its own key, and attribute operators may sit next to it.",
  type: "object",
  minProperties: 1,
  properties: {
    max_tokens: { type: "integer", minimum: 1, description: "token_limit: the most tokens a request may use (>= 1)." },
    providers: { ...nonEmptyNames, description: "provider_block: the AI providers to block." },
    models: { ...nonEmptyNames, description: "model_restrict: the models the policy is about." },
  },
};

const actionsSchema = {
  typeName: "PolicyActions",
  description: "What happens when a policy matches.",
  type: "object",
  required: ["action"],
  additionalProperties: false,
  properties: {
    action: { enum: ["allow", "block", "alert", "require_approval"] },
    notify: { type: "array", uniqueItems: true, items: { type: "string", format: "email" }, description: "Emails to notify on a match." },
    slack_alert: { type: "boolean" },
  },
};

/** What each policy type needs in its conditions. */
const needs = (type: string, key: string, example: string) => ({
  when: { type },
  schema: { properties: { conditions: { required: [key] } } },
  doc: `a ${type} policy needs ${key} in conditions, e.g. ${example}`,
});

export const policySpec: ResourceSpec = {
  vendor: "toktra",
  name: "Policy",
  file: "policy",
  doc: "A Toktra governance policy: a token limit, a provider block or a model restriction, with what to do when it matches.",
  api: toktraPaths("/policies"),
  importId: toktraImportId("pol_4f1c2a9e7b3d"),
  naturalKey: ["name", "type"],
  terraform: "toktra_policy",
  dataSources: toktraDataSources("Policy", "Policies", "policies", "policy"),
  lostCreate: "naturalKey",
  ownerMarker: "description",
  rules: [
    needs("token_limit", "max_tokens", '{"max_tokens": 4000} (a whole number >= 1)'),
    needs("provider_block", "providers", '{"providers": ["deepseek"]} (a non-empty list)'),
    needs("model_restrict", "models", '{"models": ["gpt-4o-mini"]} (a non-empty list)'),
  ],
  fields: {
    name: nameField,
    description: { doc: "Free-text description.", schema: { type: "string" }, clearWith: "" },
    type: {
      doc: "`token_limit`, `provider_block` or `model_restrict`. Changing it replaces the policy.",
      schema: { typeName: "PolicyType", description: "What a policy checks.", enum: ["token_limit", "provider_block", "model_restrict"] },
      required: true,
      replaceOnChange: true,
    },
    severity: severityField("`low`, `medium`, `high` or `critical`.", "medium"),
    enabled: { doc: "Whether the policy is enforced. Defaults to true.", schema: { type: "boolean" }, default: true },
    conditions: {
      doc: "When the policy matches, as an object or a JSON string in Toktra's keys (`max_tokens`, `providers`, `models`, attribute operators). Compared by meaning.",
      schema: conditionsSchema,
      json: { keys: "verbatim" },
      required: true,
    },
    actions: {
      doc: "What happens on a match, as an object or a JSON string: `action` (allow, block, alert, require_approval), `notify` (emails), `slack_alert`. Compared by meaning.",
      schema: actionsSchema,
      json: { keys: "verbatim", serverDefaults: { notify: [], slack_alert: false } },
      required: true,
    },
    orgId: { doc: "The Toktra organization that owns the policy.", schema: { type: "string" }, output: true },
    ...timestamps,
  },
};
