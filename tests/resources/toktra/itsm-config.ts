// ItsmConfig: its life on the real engine, and its bad-input cases.
import { toktraObjects } from "../../helpers/toktra";
import type { ResourceTable } from "../../helpers/tables";

const snow = {
  name: "n",
  providerType: "servicenow",
  instanceUrl: "https://company.service-now.com",
  credentials: { username: "bot", password: "sn-bad-input-pass" },
};
const jira = {
  name: "j",
  providerType: "jira",
  instanceUrl: "https://company.atlassian.net",
  credentials: { email: "bot@company.com", api_token: "jira-bad-input-token" },
};

export const table: ResourceTable = {
  lifecycle: {
    type: "ItsmConfig",
    ...toktraObjects("/v1/api/itsm/configs", ["is_active", false]),
    hasImmutableFields: true,
    mismatchField: "providerType",
    program(s, variant, imp) {
      // The docs' servicenow block.
      const servicenow = {
        name: "ServiceNow",
        providerType: "servicenow",
        instanceUrl: "https://company.service-now.com",
        defaultIssueType: "Incident",
        isActive: true,
      };
      const args = {
        base: { ...servicenow, defaultProject: "IT Security", credentials: { username: "toktra-bot", password: "sn-password-1111" } },
        // The password rotates and the assignment group changes, in place.
        updated: { ...servicenow, defaultProject: "SecOps", credentials: { username: "toktra-bot", password: "sn-password-2222" } },
        // The docs' jira block.
        replaced: {
          name: "Jira Cloud",
          providerType: "jira",
          instanceUrl: "https://company.atlassian.net",
          defaultProject: "SEC",
          defaultIssueType: "Bug",
          isActive: true,
          credentials: { email: "bot@company.com", api_token: "jira-token-3333" },
        },
      }[variant] as never;
      const itsm = new s.toktra.ItsmConfig("itsm", args, imp ? { import: imp.importId } : {});
      return { targetId: itsm.id };
    },
  },
  badInput: [
    ["plain http instance", { ...snow, instanceUrl: "http://company.service-now.com" }, /ItsmConfig\.instanceUrl must be an https URL/],
    [
      "ServiceNow without a password",
      { ...snow, credentials: { username: "bot" } },
      /ItsmConfig\.credentials is missing the required key "password" \(when providerType is servicenow: /,
    ],
    [
      "Jira without an API token",
      { ...jira, credentials: { email: "bot@company.com", password: "jira-mistaken-pass" } },
      /ItsmConfig\.credentials is missing the required key "api_token" \(when providerType is jira: /,
    ],
    [
      "Jira without an email",
      { ...jira, credentials: '{"api_token": "jira-token-no-email"}' },
      /ItsmConfig\.credentials is missing the required key "email" \(when providerType is jira: /,
    ],
    ["unknown ITSM", { ...snow, providerType: "zendesk" }, /ItsmConfig\.providerType must be one of: servicenow, jira/],
    ["empty default issue type", { ...jira, defaultIssueType: "" }, /ItsmConfig\.defaultIssueType must not be empty/],
  ],
};
