// RateLimitsPolicy: its life on the real engine, and its bad-input cases.
import type { ResourceTable } from "../../helpers/tables";

const conditions = [{ key: "workspace_id", value: "ws-1" }];
const groupBy = [{ key: "api_key" }];
const policy = { workspaceId: "ws-1", conditions, groupBy, type: "requests", unit: "rpm", value: 60 };

export const table: ResourceTable = {
  lifecycle: {
    type: "RateLimitsPolicy",
    hasImmutableFields: true,
    mismatchField: "value",
    program(s, variant, imp) {
      const ws = imp ? imp.from.workspaceId : new s.portkey.Workspace("ws", { name: "Rates" }).id;
      const common = { name: "per key", workspaceId: ws, conditions: [{ key: "workspace_id", value: ws }], groupBy: [{ key: "api_key" }] };
      const args = {
        base: { ...common, type: "requests", unit: "rpm", value: 60 },
        updated: { ...common, type: "requests", unit: "rph", value: 1000 },
        replaced: { ...common, type: "tokens", unit: "rph", value: 1000 },
      }[variant] as never;
      const p = new s.portkey.RateLimitsPolicy("policy", args, imp ? { import: imp.importId } : {});
      return { targetId: p.id, workspaceId: ws };
    },
    async drift(a, out) {
      await a.put(`/policies/rate-limits/${out.targetId}`, { value: 5 });
    },
    async drifted(a, out) {
      return (await a.get(`/policies/rate-limits/${out.targetId}`)).value === 5;
    },
    async removeOutOfBand(a, out) {
      await a.delete(`/policies/rate-limits/${out.targetId}`);
    },
    async count(a, out) {
      return (await a.get(`/policies/rate-limits?workspace_id=${out.workspaceId}`)).total;
    },
    importId: (out) => String(out.targetId),
  },
  badInput: [
    [
      "empty conditions",
      { ...policy, conditions: [] },
      /RateLimitsPolicy\.conditions must not be empty: list at least 1 item\(s\), e\.g\. \[\{"key":"workspace_id","value":"ws-team-a-1a2b3c"\}\]/,
    ],
    ["missing conditions", { ...policy, conditions: undefined }, /RateLimitsPolicy\.conditions is required/],
    ["per-second unit", { ...policy, unit: "rps" }, /RateLimitsPolicy\.unit must be one of: rpm, rph, rpd/],
    ["zero value", { ...policy, value: 0 }, /RateLimitsPolicy\.value must be >= 1/],
    ["group by without a key", { ...policy, groupBy: [{}] }, /RateLimitsPolicy\.groupBy\[0\] is missing the required key "key"/],
    ["cost type", { ...policy, type: "cost" }, /RateLimitsPolicy\.type must be one of: requests, tokens/],
  ],
};
