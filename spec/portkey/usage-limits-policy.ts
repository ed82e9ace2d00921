// Portkey usage-limits policy: a cost or token budget over the requests its
// conditions pick, counted per group.
// API: POST /policies/usage-limits -> {id}; GET/PUT/DELETE /policies/usage-limits/{id}.
// Quirks: DELETE only archives the policy; reads default to active policies, so
// an archived one is gone for Pulumi. Conditions, group_by and type cannot change.
import { ResourceSpec } from "../core/types";
import { timestamps } from "./limits";
import { conditionsField, groupByField, policyNameField, policyStatusField, policyWorkspaceField } from "./policies";

export const usageLimitsPolicySpec: ResourceSpec = {
  vendor: "portkey",
  name: "UsageLimitsPolicy",
  file: "usage-limits-policy",
  doc: "A Portkey usage-limits policy: a cost or token limit on the requests its conditions pick, per group. Destroying it archives it, as Portkey's delete does.",
  api: { collection: "/policies/usage-limits", item: "/policies/usage-limits/{key}", pathKey: "id" },
  importId: { parts: ["id"], example: "6c1f2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b" },
  naturalKey: ["name", "workspaceId", "type"],
  lostCreate: "naturalKey",
  parents: [{ resource: "Workspace", field: "workspaceId", blocksDelete: true }],
  terraform: "portkey_usage_limits_policy",
  dataSources: [
    { kind: "lookup", name: "getUsageLimitsPolicy", by: ["id"], doc: "Looks up one active usage-limits policy by id." },
    {
      kind: "list",
      name: "getUsageLimitsPolicies",
      resultKey: "policies",
      filters: [{ field: "workspaceId", required: true }],
      doc: "Lists the active usage-limits policies of a workspace.",
    },
  ],
  fields: {
    name: policyNameField,
    workspaceId: policyWorkspaceField,
    conditions: conditionsField,
    groupBy: groupByField,
    type: { doc: "`cost` or `tokens`.", schema: { enum: ["cost", "tokens"] }, required: true, replaceOnChange: true, createOnly: true },
    creditLimit: { doc: "The most usage allowed (dollars for cost, a count for tokens).", schema: { type: "number", minimum: 0 }, required: true },
    alertThreshold: { doc: "Usage at which an alert is sent; below creditLimit.", schema: { type: "number", minimum: 0 }, clearWith: null },
    periodicReset: { doc: "`monthly` or `weekly`; cumulative when absent.", schema: { enum: ["monthly", "weekly"] }, clearWith: null },
    status: policyStatusField,
    createdAt: timestamps.createdAt!,
    updatedAt: timestamps.updatedAt!,
  },
};
