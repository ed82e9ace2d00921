// SiemConfig: its life on the real engine, and its bad-input cases.
import { toktraObjects } from "../../helpers/toktra";
import type { ResourceTable } from "../../helpers/tables";

const splunk = { name: "s", providerType: "splunk", endpoint: "https://splunk-hec.company.com:8088", credentials: { token: "hec-bad-input-token" } };

export const table: ResourceTable = {
  lifecycle: {
    type: "SiemConfig",
    ...toktraObjects("/v1/api/siem/configs", ["is_active", false]),
    hasImmutableFields: true,
    mismatchField: "providerType",
    program(s, variant, imp) {
      const args = {
        // The docs' splunk_prod block.
        base: {
          name: "Splunk Production",
          providerType: "splunk",
          endpoint: "https://splunk-hec.company.com:8088",
          isActive: true,
          credentials: { token: "hec-token-base-1111", signing_secret: "siem-signing-1111" },
        },
        // The token rotates (given as text) and an event filter is added, in place.
        updated: {
          name: "Splunk Production",
          providerType: "splunk",
          endpoint: "https://splunk-hec.company.com:8088",
          credentials: '{"signing_secret": "siem-signing-1111", "token": "hec-token-updated-2222"}',
          eventsFilter: { severity: ["high", "critical"] },
        },
        // The docs' datadog block.
        replaced: {
          name: "Datadog",
          providerType: "datadog",
          endpoint: "https://http-intake.logs.datadoghq.com",
          isActive: true,
          credentials: { api_key: "dd-api-key-4444" },
        },
      }[variant] as never;
      const siem = new s.toktra.SiemConfig("siem", args, imp ? { import: imp.importId } : {});
      return { targetId: siem.id };
    },
  },
  badInput: [
    ["plain http endpoint", { ...splunk, endpoint: "http://splunk-hec.company.com:8088" }, /SiemConfig\.endpoint must be an https URL/],
    ["syslog endpoint", { ...splunk, endpoint: "tcp://siem.company.com:514" }, /SiemConfig\.endpoint must be an https URL/],
    [
      "Splunk without a token",
      { ...splunk, credentials: { signing_secret: "siem-signing-secret-9" } },
      /SiemConfig\.credentials is missing the required key "token" \(when providerType is splunk: /,
    ],
    [
      "Datadog without an API key",
      { ...splunk, providerType: "datadog", credentials: { token: "dd-mistaken-token-9" } },
      /SiemConfig\.credentials is missing the required key "api_key" \(when providerType is datadog: /,
    ],
    [
      "Elastic without an API key",
      { ...splunk, providerType: "elastic", credentials: '{"signing_secret": "es-signing-secret-9"}' },
      /SiemConfig\.credentials is missing the required key "api_key" \(when providerType is elastic: /,
    ],
    ["elasticsearch, not elastic", { ...splunk, providerType: "elasticsearch" }, /SiemConfig\.providerType must be one of: splunk, datadog, elastic, generic/],
    ["missing credentials", { ...splunk, credentials: undefined }, /SiemConfig\.credentials is required/],
    ["credentials in HCL", { ...splunk, credentials: 'token = "hec-hcl-secret-token"' }, /SiemConfig\.credentials must be valid JSON; it looks like HCL/],
  ],
};
