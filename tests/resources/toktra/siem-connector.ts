// SiemConnector: its life on the real engine, and its bad-input cases.
import { toktraObjects } from "../../helpers/toktra";
import type { ResourceTable } from "../../helpers/tables";

const siem = { name: "s", type: "splunk", endpoint: "https://hec.example.com", token: "hec-bad-input-token" };

export const table: ResourceTable = {
  lifecycle: {
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
  badInput: [
    ["plain http endpoint", { ...siem, endpoint: "http://hec.example.com:8088" }, /SiemConnector\.endpoint must be an https URL/],
    ["syslog endpoint", { ...siem, endpoint: "tcp://siem.example.com:514" }, /SiemConnector\.endpoint must be an https URL/],
    ["endpoint without a scheme", { ...siem, endpoint: "hec.example.com" }, /SiemConnector\.endpoint must be an https URL/],
    ["missing token", { ...siem, token: undefined }, /SiemConnector\.token is required/],
    ["empty event types", { ...siem, eventTypes: [] }, /SiemConnector\.eventTypes must not be empty: list at least 1 item\(s\), or leave it out/],
    ["unknown event type", { ...siem, eventTypes: ["login"] }, /SiemConnector\.eventTypes\[0\] must be one of: policy_violation, budget_exceeded, anomaly_detected, security_event/],
    ["unknown SIEM", { ...siem, type: "sumologic" }, /SiemConnector\.type must be one of: splunk, datadog, elasticsearch/],
  ],
};
