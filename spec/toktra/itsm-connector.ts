// Toktra ITSM connector: opens incidents in ServiceNow or issues in Jira Cloud.
// API (assumed; not public): POST /itsm/configs -> the object; GET/PUT/DELETE
// /itsm/configs/{id}; cursor pages. The password and the API token are
// write-once: Toktra never returns them. Which fields apply depends on the type.
import { ResourceSpec } from "../core/types";
import { httpsUrlField, nameField, secretField, timestamps, toktraDataSources, toktraImportId, toktraPaths } from "./fields";

const optionalText = (doc: string) => ({ doc, schema: { type: "string", minLength: 1 }, clearWith: null });

export const itsmConnectorSpec: ResourceSpec = {
  vendor: "toktra",
  name: "ItsmConnector",
  file: "itsm-connector",
  doc: "A Toktra ITSM connector: incidents in ServiceNow or issues in Jira Cloud for policy violations and alerts.",
  api: toktraPaths("/itsm/configs"),
  importId: toktraImportId("itsm_c31f8a0e64b9"),
  naturalKey: ["name", "type"],
  terraform: "toktra_itsm_config",
  dataSources: toktraDataSources("ItsmConnector", "ItsmConnectors", "connectors", "ITSM connector"),
  lostCreate: "naturalKey",
  rules: [
    {
      when: { type: "servicenow" },
      schema: { required: ["username", "password"], properties: { email: false, apiToken: false, projectKey: false, issueType: false } },
      doc: "ServiceNow signs in with username and password; email, apiToken, projectKey and issueType are Jira's",
    },
    {
      when: { type: "jira" },
      schema: { required: ["email", "apiToken", "projectKey"], properties: { username: false, password: false, assignmentGroup: false } },
      doc: "Jira Cloud signs in with email and apiToken and files issues in projectKey; username, password and assignmentGroup are ServiceNow's",
    },
  ],
  fields: {
    name: nameField,
    type: { doc: "`servicenow` or `jira`. Changing it replaces the connector.", schema: { enum: ["servicenow", "jira"] }, required: true, replaceOnChange: true },
    instanceUrl: httpsUrlField("The ServiceNow instance (https://<instance>.service-now.com) or the Jira Cloud site (https://<site>.atlassian.net). https only."),
    username: optionalText("ServiceNow: the user Toktra signs in as."),
    password: secretField("ServiceNow: that user's password."),
    assignmentGroup: optionalText("ServiceNow: the group new incidents are assigned to."),
    email: { doc: "Jira: the Atlassian account's email.", schema: { type: "string", format: "email" }, clearWith: null },
    apiToken: secretField("Jira: the Atlassian account's API token."),
    projectKey: { doc: "Jira: the project issues are filed in, e.g. `SEC`.", schema: { type: "string", format: "jira-project-key" }, clearWith: null },
    issueType: optionalText("Jira: the issue type, e.g. `Task`; Jira's default when left out."),
    active: { doc: "Whether tickets are opened. Defaults to true.", schema: { type: "boolean" }, default: true },
    ...timestamps,
  },
};
