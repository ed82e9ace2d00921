// AlertConfig: its life on the real engine, and its bad-input cases.
import { toktraObjects } from "../../helpers/toktra";
import type { ResourceTable } from "../../helpers/tables";

const alerts = { name: "a", channels: [{ type: "email", address: "security@company.com" }] };

export const table: ResourceTable = {
  lifecycle: {
    type: "AlertConfig",
    ...toktraObjects("/v1/api/alert-configs", ["enabled", false]),
    // Every argument changes in place.
    hasImmutableFields: false,
    mismatchField: "name",
    program(s, variant, imp) {
      const args = {
        // The docs' security_critical block.
        base: {
          name: "Security — critical alerts",
          channels: [
            { type: "slack", channel_id: "C12345678" },
            { type: "email", address: "security@company.com" },
            { type: "webhook", url: "https://hooks.company.com/toktra" },
          ],
          severityFilter: ["high", "critical"],
        },
        // Channels as text, keys in another order.
        updated: {
          name: "Security — critical alerts",
          channels: '[{"channel_id": "C12345678", "type": "slack"},\n {"address": "security@company.com", "type": "email"}]',
          severityFilter: ["critical"],
        },
        replaced: { name: "Security team alerts", channels: [{ type: "webhook", url: "https://hooks.company.com/toktra" }], enabled: false },
      }[variant] as never;
      const alerts = new s.toktra.AlertConfig("alerts", args, imp ? { import: imp.importId } : {});
      return { targetId: alerts.id };
    },
  },
  badInput: [
    ["empty channels", { ...alerts, channels: [] }, /AlertConfig\.channels must not be empty/],
    [
      "unknown channel type",
      { ...alerts, channels: [{ type: "pagerduty", service: "P1" }] },
      /AlertConfig\.channels\[0\]\.type must be one of: slack, email, webhook/,
    ],
    ["channel without a type", { ...alerts, channels: [{ address: "security@company.com" }] }, /AlertConfig\.channels\[0\] is missing the required key "type"/],
    ["channels as one object", { ...alerts, channels: { type: "email", address: "security@company.com" } }, /AlertConfig\.channels must be array/],
    ["HCL channels", { ...alerts, channels: '[{ type = "slack", channel_id = "C1" }]' }, /AlertConfig\.channels must be valid JSON/],
    [
      "unknown severity in the filter",
      { ...alerts, severityFilter: ["urgent"] },
      /AlertConfig\.severityFilter\[0\] must be one of: low, medium, high, critical/,
    ],
    ["missing name", { channels: alerts.channels }, /AlertConfig\.name is required/],
  ],
};
