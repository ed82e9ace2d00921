// UsageLimitsPolicy: its life on the real engine (destroy and out-of-band
// deletes archive it), and its bad-input cases.
import type { ResourceTable } from "../../helpers/tables";

const conditions = [{ key: "workspace_id", value: "ws-1" }];
const groupBy = [{ key: "api_key" }];
const policy = { workspaceId: "ws-1", conditions, groupBy, type: "cost", creditLimit: 100 };

export const table: ResourceTable = {
  lifecycle: {
    type: "UsageLimitsPolicy",
    hasImmutableFields: true,
    mismatchField: "creditLimit",
    program(s, variant, imp) {
      const ws = imp ? imp.from.workspaceId : new s.portkey.Workspace("ws", { name: "Budgets" }).id;
      const common = { name: "team budget", workspaceId: ws, conditions: [{ key: "workspace_id", value: ws }], groupBy: [{ key: "api_key" }] };
      const args = {
        base: { ...common, type: "cost", creditLimit: 100, alertThreshold: 80, periodicReset: "monthly" },
        updated: { ...common, type: "cost", creditLimit: 250, alertThreshold: 200, periodicReset: "weekly" },
        // Written as JSON text: compared by meaning.
        replaced: { ...common, groupBy: '[{"key": "metadata.team"}]', type: "tokens", creditLimit: 250, alertThreshold: 200, periodicReset: "weekly" },
      }[variant] as never;
      const p = new s.portkey.UsageLimitsPolicy("policy", args, imp ? { import: imp.importId } : {});
      return { targetId: p.id, workspaceId: ws };
    },
    async drift(a, out) {
      await a.put(`/policies/usage-limits/${out.targetId}`, { credit_limit: 999 });
    },
    async drifted(a, out) {
      return (await a.get(`/policies/usage-limits/${out.targetId}`)).credit_limit === 999;
    },
    async removeOutOfBand(a, out) {
      await a.delete(`/policies/usage-limits/${out.targetId}`);
    },
    // Active policies: an archived one is what Portkey's delete leaves.
    async count(a, out) {
      return (await a.get(`/policies/usage-limits?workspace_id=${out.workspaceId}`)).total;
    },
    importId: (out) => String(out.targetId),
  },
  badInput: [
    [
      "empty conditions",
      { ...policy, conditions: [] },
      /UsageLimitsPolicy\.conditions must not be empty: list at least 1 item\(s\), e\.g\. \[\{"key":"workspace_id"/,
    ],
    ["empty group by", { ...policy, groupBy: "[]" }, /UsageLimitsPolicy\.groupBy must not be empty: list at least 1 item\(s\), e\.g\. \[\{"key":"api_key"\}\]/],
    ["unknown condition key", { ...policy, conditions: [{ key: "team", value: "a" }] }, /UsageLimitsPolicy\.conditions\[0\]\.key must match/],
    ["HCL conditions", { ...policy, conditions: 'key = "workspace_id"' }, /UsageLimitsPolicy\.conditions must be valid JSON .*looks like HCL/],
    ["negative credit limit", { ...policy, creditLimit: -1 }, /UsageLimitsPolicy\.creditLimit must be >= 0/],
    ["unknown type", { ...policy, type: "requests" }, /UsageLimitsPolicy\.type must be one of: cost, tokens/],
    ["daily reset", { ...policy, periodicReset: "daily" }, /UsageLimitsPolicy\.periodicReset must be one of: monthly, weekly/],
    ["missing workspace", { conditions, groupBy, type: "cost", creditLimit: 1 }, /UsageLimitsPolicy\.workspaceId is required/],
  ],
};
