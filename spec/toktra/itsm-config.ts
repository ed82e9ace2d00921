// toktra_itsm_config: an ITSM connector (ServiceNow or Jira Cloud).
// API (assumed; not public): POST /v1/api/itsm/configs -> the object;
// GET/PUT/DELETE /v1/api/itsm/configs/{id}; cursor pages.
// `credentials` is write-once: Toktra never returns it.
import { ResourceSpec } from "../core/types";
import {
  credentialRule,
  credentialsField,
  httpsUrlField,
  isActiveField,
  nameField,
  providerTypeField,
  timestamps,
  toktraDataSources,
  toktraImportId,
  toktraPaths,
} from "./fields";

export const itsmConfigSpec: ResourceSpec = {
  vendor: "toktra",
  name: "ItsmConfig",
  file: "itsm-config",
  doc: "A Toktra ITSM connector: incidents in ServiceNow or issues in Jira Cloud.",
  api: toktraPaths("/itsm/configs"),
  importId: toktraImportId("6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b"),
  naturalKey: ["name", "providerType"],
  terraform: "toktra_itsm_config",
  dataSources: toktraDataSources("ItsmConfig", "ItsmConfigs", "configs", "ITSM connector"),
  lostCreate: "naturalKey",
  rules: [
    credentialRule("jira", ["email", "api_token"], '{"email": <Atlassian account email>, "api_token": <API token>}'),
    credentialRule("servicenow", ["username", "password"], '{"username": <user>, "password": <password>}'),
  ],
  fields: {
    name: nameField,
    providerType: providerTypeField(["servicenow", "jira"], "ItsmProviderType", "An ITSM product Toktra opens tickets in."),
    instanceUrl: httpsUrlField("The ITSM instance base URL, e.g. https://company.atlassian.net."),
    credentials: credentialsField("ItsmCredentials", {
      email: "jira: the Atlassian account's email.",
      api_token: "jira: the account's API token.",
      username: "servicenow: the user Toktra signs in as.",
      password: "servicenow: that user's password.",
    }),
    defaultProject: { doc: "The default Jira project key or ServiceNow assignment group.", schema: { type: "string", minLength: 1 }, clearWith: null },
    defaultIssueType: { doc: 'The default issue type. Defaults to "Bug".', schema: { type: "string", minLength: 1 }, default: "Bug" },
    isActive: isActiveField,
    ...timestamps,
  },
};
