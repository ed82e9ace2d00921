// What usage-limits and rate-limits policies share: the conditions that pick
// the requests a policy applies to, and the keys usage is counted by.
import { FieldSpec, Schema } from "../core/types";

/** The keys Portkey documents for both (OpenAPI `Condition`, `GroupBy`). */
const POLICY_KEY = "^(api_key|organisation_id|workspace_id|metadata\\.[A-Za-z0-9_.-]+)$";

const conditionSchema: Schema = {
  typeName: "PolicyCondition",
  description: "Which requests a policy applies to: `key` is `api_key`, `organisation_id`, `workspace_id` or `metadata.<field>`.",
  type: "object",
  required: ["key", "value"],
  additionalProperties: false,
  properties: { key: { type: "string", pattern: POLICY_KEY }, value: { type: "string", minLength: 1 } },
};

const groupBySchema: Schema = {
  typeName: "PolicyGroupBy",
  description: "A key usage is counted by: `api_key`, `organisation_id`, `workspace_id` or `metadata.<field>`.",
  type: "object",
  required: ["key"],
  additionalProperties: false,
  properties: { key: { type: "string", pattern: POLICY_KEY } },
};

export const conditionsField: FieldSpec = {
  doc: "Which requests the policy applies to, at least one condition. Portkey cannot change them: a change replaces the policy.",
  schema: { type: "array", items: conditionSchema, minItems: 1, examples: [[{ key: "workspace_id", value: "ws-team-a-1a2b3c" }]] },
  json: { keys: "verbatim" },
  required: true,
  replaceOnChange: true,
};

export const groupByField: FieldSpec = {
  doc: "What usage is counted by, at least one key. Portkey cannot change it: a change replaces the policy.",
  schema: { type: "array", items: groupBySchema, minItems: 1, examples: [[{ key: "api_key" }]] },
  json: { keys: "verbatim" },
  wire: "group_by",
  required: true,
  replaceOnChange: true,
};

export const policyWorkspaceField: FieldSpec = {
  doc: "Workspace id or slug.",
  schema: { type: "string", minLength: 1 },
  required: true,
  replaceOnChange: true,
  keepUserForm: true,
  createOnly: true,
};

export const policyNameField: FieldSpec = { doc: "Display name.", schema: { type: "string", minLength: 1, maxLength: 255 } };

export const policyStatusField: FieldSpec = { doc: "`active`, or `archived` once deleted.", schema: { type: "string" }, output: true };
