import { useEmulator } from "../../helpers/emulator";
import { lifecycle } from "../../helpers/lifecycle";
import { toktraObjects } from "../../helpers/toktra";

const emulator = useEmulator();

lifecycle(
  {
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
  emulator,
);
