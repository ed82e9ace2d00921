// Toktra alert configuration: who hears about which alerts.
// API (assumed; only the alert events at GET /alerts are public): POST
// /alert-configs -> the object; GET/PUT/DELETE /alert-configs/{id}; cursor pages.
// `channels` is written in camelCase and travels in snake_case.
import { defineResource } from "../core/resource";
import { ResourceSpec } from "../core/spec";
import { ALERT_TYPES, nameField, severityField, timestamps, toktraImportId, toktraPaths } from "./fields";

const channelsSchema = {
  type: "object",
  minProperties: 1,
  additionalProperties: false,
  properties: {
    emails: { type: "array", minItems: 1, uniqueItems: true, items: { type: "string", format: "email" } },
    webhookUrl: { type: "string", format: "https-url" },
    slackChannel: { type: "string", format: "slack-channel" },
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
  lostCreate: "naturalKey",
  fields: {
    name: nameField,
    alertType: {
      doc: `The alert type: ${ALERT_TYPES.join(", ")}. Changing it replaces the configuration.`,
      schema: { enum: ALERT_TYPES },
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

const provider = defineResource(alertConfigSpec);

export const spec = alertConfigSpec;
export const { configure, check, diff, create, read, update, locate } = provider;
const remove = provider.delete;
export { remove as delete };
