// Policy: its life on the real engine, and its bad-input cases.
import { toktraObjects } from "../../helpers/toktra";
import type { ResourceTable } from "../../helpers/tables";

const policy = { name: "p", type: "token_limit", conditions: { max_tokens: 100 }, actions: { action: "block" } };

export const table: ResourceTable = {
  lifecycle: {
    type: "Policy",
    ...toktraObjects("/policies", ["enabled", false]),
    hasImmutableFields: true,
    mismatchField: "type",
    program(s, variant, imp) {
      const args = {
        base: {
          name: "Token cap",
          type: "token_limit",
          severity: "high",
          conditions: { max_tokens: 4000, department: { not_in: ["research"] } },
          actions: { action: "block", notify: ["security@example.com"] },
        },
        // Same shapes as text, with their own spacing and key order; the server adds action defaults.
        updated: {
          name: "Token cap",
          type: "token_limit",
          severity: "high",
          description: "per-request cap",
          conditions: '{ "department": {"not_in": ["research"]},\n  "max_tokens": 8000 }',
          actions: '{"notify": ["security@example.com"], "action": "block"}',
        },
        replaced: {
          name: "Token cap",
          type: "model_restrict",
          severity: "critical",
          description: "per-request cap",
          conditions: { models: ["gpt-4o-mini"] },
          actions: { action: "require_approval", slack_alert: true },
        },
      }[variant] as never;
      const policy = new s.toktra.Policy("policy", args, imp ? { import: imp.importId } : {});
      return { targetId: policy.id };
    },
  },
  badInput: [
    ["unknown type", { ...policy, type: "rate_limit" }, /Policy\.type must be one of: token_limit, provider_block, model_restrict/],
    ["missing conditions", { ...policy, conditions: undefined }, /Policy\.conditions is required/],
    ["empty conditions", { ...policy, conditions: {} }, /Policy\.conditions must not be empty: give at least one of max_tokens, providers, models/],
    ["malformed conditions JSON", { ...policy, conditions: '{"max_tokens": ' }, /Policy\.conditions must be valid JSON/],
    ["HCL conditions", { ...policy, conditions: "max_tokens = 4000" }, /Policy\.conditions must be valid JSON .*looks like HCL/],
    ["token_limit without max_tokens", { ...policy, conditions: { department: { in: ["sales"] } } }, /Policy\.conditions is missing the required key "max_tokens" \(when type is token_limit: .*e\.g\./],
    ["zero max_tokens", { ...policy, conditions: { max_tokens: 0 } }, /Policy\.conditions\.max_tokens must be >= 1/],
    ["provider_block with no providers", { ...policy, type: "provider_block", conditions: { providers: [] } }, /Policy\.conditions\.providers must not be empty/],
    ["unknown key in actions", { ...policy, actions: { action: "block", escalate: true } }, /Policy\.actions has an unknown key "escalate"; remove it/],
    ["unknown action", { ...policy, actions: '{"action": "quarantine"}' }, /Policy\.actions\.action must be one of: allow, block, alert, require_approval/],
    ["notify without an email", { ...policy, actions: { action: "alert", notify: ["security team"] } }, /Policy\.actions\.notify\[0\] must be an email address/],
  ],
};
