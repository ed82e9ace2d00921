// toktra_siem_config: /v1/api/siem/configs, the one admin path Toktra's docs
// name. Credentials are stored for delivery but never shown; the keys each
// provider type needs follow the docs' examples.
import { Router } from "../router";
import { Collection, collectionRoutes, credentialKeys, S } from "./collection";
import { Toktra } from "./state";

export const SIEM_CONFIGS: Collection = {
  served: "SiemConfig",
  path: "/v1/api/siem/configs",
  table: "siemConfigs",
  noun: "SIEM config",
  schema: {
    type: "object",
    required: ["name", "provider_type", "endpoint", "credentials"],
    properties: {
      name: S.name,
      provider_type: { enum: ["splunk", "datadog", "elastic", "generic"] },
      endpoint: S.httpsUrl,
      credentials: { type: "object", minProperties: 1 },
      events_filter: { type: "object" },
      is_active: S.bool,
    },
    allOf: credentialKeys({ splunk: ["token"], datadog: ["api_key"], elastic: ["api_key"] }),
  },
  defaults: { is_active: true },
  fixed: ["provider_type"],
  writeOnly: ["credentials"],
};

export function siemConfigRoutes(r: Router, tk: Toktra): void {
  collectionRoutes(r, tk, SIEM_CONFIGS);
}
