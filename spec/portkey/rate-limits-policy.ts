// Portkey rate-limits policy: a request or token rate over the requests its
// conditions pick, per group.
// API: POST /policies/rate-limits -> {id}; GET/PUT/DELETE /policies/rate-limits/{id}.
// Quirks: only name, unit and value can change; conditions must not be empty.
import { ResourceSpec } from "../core/types";
import { timestamps } from "./limits";
import { conditionsField, groupByField, policyNameField, policyStatusField, policyWorkspaceField } from "./policies";

export const rateLimitsPolicySpec: ResourceSpec = {
  vendor: "portkey",
  name: "RateLimitsPolicy",
  file: "rate-limits-policy",
  doc: "A Portkey rate-limits policy: a request or token rate on the requests its conditions pick, per group.",
  api: { collection: "/policies/rate-limits", item: "/policies/rate-limits/{key}", pathKey: "id" },
  importId: { parts: ["id"], example: "0b9a8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d" },
  naturalKey: ["name", "workspaceId", "type"],
  lostCreate: "naturalKey",
  parents: [{ resource: "Workspace", field: "workspaceId", blocksDelete: true }],
  terraform: "portkey_rate_limits_policy",
  dataSources: [
    { kind: "lookup", name: "getRateLimitsPolicy", by: ["id"], doc: "Looks up one rate-limits policy by id." },
    {
      kind: "list",
      name: "getRateLimitsPolicies",
      resultKey: "policies",
      filters: [{ field: "workspaceId", required: true }],
      doc: "Lists the rate-limits policies of a workspace.",
    },
  ],
  fields: {
    name: policyNameField,
    workspaceId: policyWorkspaceField,
    conditions: conditionsField,
    groupBy: groupByField,
    type: { doc: "`requests` or `tokens`.", schema: { enum: ["requests", "tokens"] }, required: true, replaceOnChange: true, createOnly: true },
    unit: { doc: "`rpm`, `rph` or `rpd`: per minute, hour or day.", schema: { enum: ["rpm", "rph", "rpd"] }, required: true },
    value: { doc: "How many requests or tokens per unit.", schema: { type: "number", minimum: 1 }, required: true },
    status: policyStatusField,
    createdAt: timestamps.createdAt!,
    updatedAt: timestamps.updatedAt!,
  },
};
