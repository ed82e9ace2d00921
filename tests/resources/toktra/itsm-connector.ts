// ItsmConnector: its life on the real engine, and its bad-input cases.
import { toktraObjects } from "../../helpers/toktra";
import type { ResourceTable } from "../../helpers/tables";

const snow = { name: "n", type: "servicenow", instanceUrl: "https://acme.service-now.com", username: "bot", password: "sn-bad-input-pass" };
const jira = { name: "j", type: "jira", instanceUrl: "https://acme.atlassian.net", email: "bot@acme.example", apiToken: "jira-bad-input-token", projectKey: "SEC" };

export const table: ResourceTable = {
  lifecycle: {
    type: "ItsmConnector",
    ...toktraObjects("/itsm/configs", ["active", false]),
    hasImmutableFields: true,
    mismatchField: "type",
    program(s, variant, imp) {
      const servicenow = { name: "Incidents", type: "servicenow", instanceUrl: "https://acme.service-now.com", username: "toktra-bot" };
      const args = {
        base: { ...servicenow, password: "sn-password-1111", assignmentGroup: "AI Governance" },
        updated: { ...servicenow, password: "sn-password-2222", assignmentGroup: "SecOps" },
        replaced: { name: "Incidents", type: "jira", instanceUrl: "https://acme.atlassian.net", email: "bot@acme.example", apiToken: "jira-token-3333", projectKey: "SEC", issueType: "Task" },
      }[variant] as never;
      const itsm = new s.toktra.ItsmConnector("itsm", args, imp ? { import: imp.importId } : {});
      return { targetId: itsm.id };
    },
  },
  badInput: [
    ["plain http instance", { ...snow, instanceUrl: "http://acme.service-now.com" }, /ItsmConnector\.instanceUrl must be an https URL/],
    ["ServiceNow without a password", { ...snow, password: undefined }, /ItsmConnector\.password is required \(when type is servicenow: /],
    ["Jira without a project", { ...jira, projectKey: undefined }, /ItsmConnector\.projectKey is required \(when type is jira: /],
    ["Jira with a ServiceNow password", { ...jira, password: "x-pass" }, /ItsmConnector\.password does not apply here; remove it \(when type is jira: /],
    ["lower-case project key", { ...jira, projectKey: "sec" }, /ItsmConnector\.projectKey must be a Jira project key/],
    ["unknown ITSM", { ...snow, type: "zendesk" }, /ItsmConnector\.type must be one of: servicenow, jira/],
    ["not an email", { ...jira, email: "bot" }, /ItsmConnector\.email must be an email address/],
  ],
};
