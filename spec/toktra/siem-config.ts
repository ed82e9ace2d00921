// toktra_siem_config: a SIEM connector (Splunk HEC, Datadog, Elasticsearch or generic).
// API: GET /v1/api/siem/configs is the one admin path Toktra's docs name; POST
// on it and GET/PUT/DELETE /v1/api/siem/configs/{id} are assumed.
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

export const siemConfigSpec: ResourceSpec = {
  vendor: "toktra",
  name: "SiemConfig",
  file: "siem-config",
  doc: "A Toktra SIEM connector: where Toktra streams its security events (Splunk, Datadog, Elasticsearch or a generic endpoint).",
  api: toktraPaths("/siem/configs"),
  importId: toktraImportId("1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed"),
  naturalKey: ["name", "providerType"],
  terraform: "toktra_siem_config",
  dataSources: toktraDataSources("SiemConfig", "SiemConfigs", "configs", "SIEM connector"),
  lostCreate: "naturalKey",
  rules: [
    credentialRule("splunk", ["token"], '{"token": <HEC token>} and optionally "signing_secret"'),
    credentialRule("datadog", ["api_key"], '{"api_key": <Datadog API key>}'),
    credentialRule("elastic", ["api_key"], '{"api_key": <Elasticsearch API key>} and optionally "signing_secret"'),
  ],
  fields: {
    name: nameField,
    providerType: providerTypeField(["splunk", "datadog", "elastic", "generic"], "SiemProviderType", "A SIEM Toktra delivers events to."),
    endpoint: httpsUrlField("The SIEM endpoint URL, e.g. the Splunk HEC URL (Toktra appends /services/collector/event)."),
    credentials: credentialsField("SiemCredentials", {
      token: "splunk: the HEC token.",
      api_key: "datadog, elastic: the API key.",
      signing_secret: "splunk, elastic: the secret events are signed with (HMAC-SHA256).",
    }),
    eventsFilter: {
      doc: "The event filter object, as an object or a JSON string in Toktra's keys; every event when left out. Compared by meaning.",
      schema: { typeName: "SiemEventsFilter", description: "Which events are sent, in Toktra's keys.", type: "object" },
      json: { keys: "verbatim" },
      clearWith: null,
    },
    isActive: isActiveField,
    ...timestamps,
  },
};
