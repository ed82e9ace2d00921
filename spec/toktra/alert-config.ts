// toktra_alert_config: notification routing for Toktra alerts.
// API (assumed; only the alert events at GET /v1/alerts are public): POST
// /v1/api/alert-configs -> the object; GET/PUT/DELETE /v1/api/alert-configs/{id}.
// `channels` is a JSON list in Toktra's keys (`channel_id`, `address`, `url`).
import { ResourceSpec } from "../core/types";
import { enabledField, nameField, severitySchema, timestamps, toktraDataSources, toktraImportId, toktraPaths } from "./fields";

const channelsSchema = {
  typeName: "AlertChannels",
  description: "Notification channel objects, in Toktra's keys.",
  type: "array",
  minItems: 1,
  items: {
    typeName: "AlertChannel",
    description: "One notification channel: a Slack channel, an email address or a webhook.",
    type: "object",
    required: ["type"],
    properties: {
      type: { enum: ["slack", "email", "webhook"], description: "`slack`, `email` or `webhook`." },
      channel_id: { type: "string", description: "slack: the channel id, e.g. `C12345678`." },
      address: { type: "string", description: "email: the address." },
      url: { type: "string", description: "webhook: the URL." },
    },
  },
};

export const alertConfigSpec: ResourceSpec = {
  vendor: "toktra",
  name: "AlertConfig",
  file: "alert-config",
  doc: "Toktra alert routing: which channels hear about alerts of which severities.",
  api: toktraPaths("/alert-configs"),
  importId: toktraImportId("9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d"),
  naturalKey: ["name"],
  terraform: "toktra_alert_config",
  dataSources: toktraDataSources("AlertConfig", "AlertConfigs", "alertConfigs", "alert configuration"),
  lostCreate: "naturalKey",
  fields: {
    name: nameField,
    channels: {
      doc: "The notification channel objects, as a list or a JSON string: `{type: slack, channel_id}`, `{type: email, address}`, `{type: webhook, url}`. Compared by meaning.",
      schema: channelsSchema,
      json: { keys: "verbatim" },
      required: true,
    },
    severityFilter: {
      doc: "Severities to route (low, medium, high, critical); every severity when left out.",
      schema: { type: "array", minItems: 1, uniqueItems: true, items: severitySchema },
      clearWith: null,
    },
    enabled: enabledField("alerts are routed"),
    ...timestamps,
  },
};
