import { useEmulator } from "../../helpers/emulator";
import { lifecycle } from "../../helpers/lifecycle";
import { toktraObjects } from "../../helpers/toktra";

const emulator = useEmulator();

lifecycle(
  {
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
  emulator,
);
