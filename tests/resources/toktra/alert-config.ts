// AlertConfig: its life on the real engine, and its bad-input cases.
import { toktraObjects } from "../../helpers/toktra";
import type { ResourceTable } from "../../helpers/tables";

const alerts = { name: "a", alertType: "security_event", channels: { emails: ["sec@example.com"] } };

export const table: ResourceTable = {
  lifecycle: {
    type: "AlertConfig",
    ...toktraObjects("/alert-configs", ["enabled", false]),
    hasImmutableFields: true,
    mismatchField: "alertType",
    program(s, variant, imp) {
      const args = {
        base: { name: "Spend", alertType: "budget_exceeded", channels: { emails: ["finops@example.com"] } },
        // Channels as text, with camelCase keys in another order.
        updated: { name: "Spend", alertType: "budget_exceeded", minSeverity: "high", channels: '{"slackChannel": "#finops",\n "emails": ["finops@example.com"]}' },
        replaced: { name: "Spend", alertType: "anomaly_detected", minSeverity: "high", channels: { webhookUrl: "https://hooks.example.com/toktra" } },
      }[variant] as never;
      const alerts = new s.toktra.AlertConfig("alerts", args, imp ? { import: imp.importId } : {});
      return { targetId: alerts.id };
    },
  },
  badInput: [
    ["empty channels", { ...alerts, channels: {} }, /AlertConfig\.channels must not be empty: give at least one of emails, webhookUrl, slackChannel/],
    ["empty email list", { ...alerts, channels: { emails: [] } }, /AlertConfig\.channels\.emails must not be empty/],
    ["plain http webhook", { ...alerts, channels: { webhookUrl: "http://hooks.example.com/x" } }, /AlertConfig\.channels\.webhookUrl must be an https URL/],
    ["unknown channel", { ...alerts, channels: { pagerduty: "svc-1" } }, /AlertConfig\.channels has an unknown key "pagerduty"; remove it/],
    ["HCL channels", { ...alerts, channels: 'emails = ["sec@example.com"]' }, /AlertConfig\.channels must be valid JSON .*looks like HCL/],
    ["Slack channel without #", { ...alerts, channels: { slackChannel: "ai-alerts" } }, /AlertConfig\.channels\.slackChannel must be a Slack channel name starting with #/],
    ["unknown alert type", { ...alerts, alertType: "cost_spike" }, /AlertConfig\.alertType must be one of: policy_violation, budget_exceeded, anomaly_detected, security_event/],
  ],
};
