import { useEmulator } from "../../helpers/emulator";
import { lifecycle } from "../../helpers/lifecycle";
import { toktraObjects } from "../../helpers/toktra";

const emulator = useEmulator();

lifecycle(
  {
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
  emulator,
);
