import { useEmulator } from "../../helpers/emulator";
import { lifecycle } from "../../helpers/lifecycle";
import { toktraObjects } from "../../helpers/toktra";

const emulator = useEmulator();

lifecycle(
  {
    type: "SiemConnector",
    ...toktraObjects("/siem/configs", ["active", false]),
    hasImmutableFields: true,
    mismatchField: "type",
    program(s, variant, imp) {
      const args = {
        base: { name: "SOC", type: "splunk", endpoint: "https://hec.example.test:8088", token: "hec-token-base-1111", eventTypes: ["policy_violation", "security_event"], minSeverity: "medium" },
        // The token rotates and a signing secret is added, in place.
        updated: { name: "SOC", type: "splunk", endpoint: "https://hec.example.test:8088", token: "hec-token-updated-2222", signingSecret: "siem-signing-3333", eventTypes: ["security_event"], minSeverity: "medium" },
        replaced: { name: "SOC", type: "datadog", endpoint: "https://http-intake.logs.datadoghq.eu", token: "dd-api-key-4444", signingSecret: "siem-signing-3333", minSeverity: "high" },
      }[variant] as never;
      const siem = new s.toktra.SiemConnector("siem", args, imp ? { import: imp.importId } : {});
      return { targetId: siem.id };
    },
  },
  emulator,
);
