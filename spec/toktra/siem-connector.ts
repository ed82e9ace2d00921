// Toktra SIEM connector: streams security events to Splunk (HEC), Datadog or
// Elasticsearch.
// API (assumed; not public): POST /siem/configs -> the object; GET/PUT/DELETE
// /siem/configs/{id}; cursor pages. The token and the signing secret are
// write-once: Toktra never returns them.
import { ResourceSpec } from "../core/types";
import { ALERT_TYPES, alertTypeSchema, httpsUrlField, nameField, secretField, severityField, timestamps, toktraDataSources, toktraImportId, toktraPaths } from "./fields";

export const siemConnectorSpec: ResourceSpec = {
  vendor: "toktra",
  name: "SiemConnector",
  file: "siem-connector",
  doc: "A Toktra SIEM connector: where Toktra sends policy violations, budget alerts, anomalies and security events.",
  api: toktraPaths("/siem/configs"),
  importId: toktraImportId("siem_9b2e51c07d4a"),
  naturalKey: ["name", "type"],
  terraform: "toktra_siem_config",
  dataSources: toktraDataSources("SiemConnector", "SiemConnectors", "connectors", "SIEM connector"),
  lostCreate: "naturalKey",
  fields: {
    name: nameField,
    type: {
      doc: "`splunk`, `datadog` or `elasticsearch`. Changing it replaces the connector.",
      schema: { enum: ["splunk", "datadog", "elasticsearch"] },
      required: true,
      replaceOnChange: true,
    },
    endpoint: httpsUrlField("Where events go: the Splunk HEC URL (Toktra appends /services/collector/event), the Datadog site or the Elasticsearch URL. https only."),
    token: secretField("The SIEM's credential: a Splunk HEC token, a Datadog API key or an Elasticsearch API key.", true),
    signingSecret: secretField("Secret Toktra signs each event with (HMAC-SHA256), for the SIEM to verify."),
    eventTypes: {
      doc: `Event types to send (${ALERT_TYPES.join(", ")}); every type when left out. If given, at least one.`,
      schema: { type: "array", minItems: 1, uniqueItems: true, items: alertTypeSchema },
      clearWith: null,
    },
    minSeverity: severityField("Least severity of the events sent."),
    active: { doc: "Whether events are sent. Defaults to true.", schema: { type: "boolean" }, default: true },
    ...timestamps,
  },
};
