// Policy: its life on the real engine, and its bad-input cases.
import { toktraObjects } from "../../helpers/toktra";
import type { ResourceTable } from "../../helpers/tables";

const policy = { name: "p", type: "token_limit", conditions: { max_tokens_per_day: 100 }, actions: { action: "alert" } };

export const table: ResourceTable = {
  lifecycle: {
    type: "Policy",
    ...toktraObjects("/v1/api/policies", ["enabled", false]),
    hasImmutableFields: true,
    mismatchField: "type",
    program(s, variant, imp) {
      const args = {
        // The docs' daily_token_limit block.
        base: {
          name: "daily-token-limit-engineering",
          type: "token_limit",
          severity: "high",
          conditions: { max_tokens_per_day: 500000, scope: "per_user" },
          actions: { action: "warn_and_notify", notify: ["eng-leads@company.com"], slack_alert: true },
        },
        // Same shapes as text, with their own spacing and key order.
        updated: {
          name: "daily-token-limit-engineering",
          type: "token_limit",
          severity: "critical",
          description: "per-user daily cap",
          conditions: '{ "scope": "per_user",\n  "max_tokens_per_day": 250000 }',
          actions: '{"slack_alert": true, "notify": ["eng-leads@company.com"], "action": "warn_and_notify"}',
        },
        // The docs' restrict_gpt4 block.
        replaced: {
          name: "daily-token-limit-engineering",
          type: "model_restrict",
          severity: "high",
          description: "per-user daily cap",
          conditions: { model: "gpt-4", department: { not_in: ["engineering"] } },
          actions: { action: "alert" },
        },
      }[variant] as never;
      const policy = new s.toktra.Policy("policy", args, imp ? { import: imp.importId } : {});
      return { targetId: policy.id };
    },
  },
  badInput: [
    ["unknown type", { ...policy, type: "rate_limit" }, /Policy\.type must be one of: token_limit, provider_block, model_restrict/],
    ["unknown severity", { ...policy, severity: "urgent" }, /Policy\.severity must be one of: low, medium, high, critical/],
    ["missing conditions", { ...policy, conditions: undefined }, /Policy\.conditions is required/],
    ["empty conditions", { ...policy, conditions: {} }, /Policy\.conditions must not be empty: give at least 1 key\(s\)/],
    ["conditions as a list", { ...policy, conditions: '["gpt-4"]' }, /Policy\.conditions must be object/],
    ["HCL conditions", { ...policy, conditions: "max_tokens_per_day = 500000" }, /Policy\.conditions must be valid JSON .*looks like HCL/],
    ["missing actions", { ...policy, actions: undefined }, /Policy\.actions is required/],
    ["notify as one string", { ...policy, actions: { action: "alert", notify: "security@company.com" } }, /Policy\.actions\.notify must be array/],
  ],
};
