// Toktra alert configuration: who hears about which alerts.
// API (assumed; only the alert events at GET /alerts are public): POST
// /alert-configs -> the object; GET/PUT/DELETE /alert-configs/{id}; cursor pages.
// `channels` is written in camelCase and travels in snake_case.
import { ResourceSpec } from "../core/types";
import { ALERT_TYPES, alertTypeSchema, nameField, severityField, timestamps, toktraDataSources, toktraImportId, toktraPaths } from "./fields";

const channelsSchema = {
  typeName: "AlertChannels",
  description: "Where alerts go; at least one channel.",
  type: "object",
  minProperties: 1,
  additionalProperties: false,
  properties: {
    emails: { type: "array", minItems: 1, uniqueItems: true, items: { type: "string", format: "email" }, description: "Addresses to email." },
    webhookUrl: { type: "string", format: "https-url", description: "A webhook to post to; https only." },
    slackChannel: { type: "string", format: "slack-channel", description: "A Slack channel, e.g. `#ai-alerts`." },
  },
};

export const alertConfigSpec: ResourceSpec = {
  vendor: "toktra",
  name: "AlertConfig",
  file: "alert-config",
  doc: "A Toktra alert configuration: for one alert type at or above a severity, the channels that are told.",
  api: toktraPaths("/alert-configs"),
  importId: toktraImportId("alc_7e4b2d90a1f3"),
  naturalKey: ["name", "alertType"],
  terraform: "toktra_alert_config",
  dataSources: toktraDataSources("AlertConfig", "AlertConfigs", "alertConfigs", "alert configuration"),
  lostCreate: "naturalKey",
  fields: {
    name: nameField,
    alertType: {
      doc: `The alert type: ${ALERT_TYPES.join(", ")}. Changing it replaces the configuration.`,
      schema: alertTypeSchema,
      required: true,
      replaceOnChange: true,
    },
    minSeverity: severityField("Least severity that alerts."),
    channels: {
      doc: "Where alerts go, as an object or a JSON string: `emails`, an https `webhookUrl`, a `slackChannel`; at least one.",
      schema: channelsSchema,
      json: { keys: "camel" },
      required: true,
    },
    enabled: { doc: "Whether alerts are sent. Defaults to true.", schema: { type: "boolean" }, default: true },
    ...timestamps,
  },
};
