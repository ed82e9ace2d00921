// toktra_itsm_config: /v1/api/itsm/configs. Credentials are stored but never
// shown; Jira takes email + api_token, ServiceNow username + password.
import { Router } from "../router";
import { Collection, collectionRoutes, credentialKeys, S } from "./collection";
import { Toktra } from "./state";

export const ITSM_CONFIGS: Collection = {
  served: "ItsmConfig",
  path: "/v1/api/itsm/configs",
  table: "itsmConfigs",
  noun: "ITSM config",
  schema: {
    type: "object",
    required: ["name", "provider_type", "instance_url", "credentials"],
    properties: {
      name: S.name,
      provider_type: { enum: ["servicenow", "jira"] },
      instance_url: S.httpsUrl,
      credentials: { type: "object", minProperties: 1 },
      default_project: S.text,
      default_issue_type: S.text,
      is_active: S.bool,
    },
    allOf: credentialKeys({ jira: ["email", "api_token"], servicenow: ["username", "password"] }),
  },
  defaults: { default_issue_type: "Bug", is_active: true },
  fixed: ["provider_type"],
  writeOnly: ["credentials"],
};

export function itsmConfigRoutes(r: Router, tk: Toktra): void {
  collectionRoutes(r, tk, ITSM_CONFIGS);
}
