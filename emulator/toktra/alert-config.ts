// toktra_alert_config: /v1/api/alert-configs. Channels are a list of objects
// typed slack, email or webhook.
import { Router } from "../router";
import { Collection, collectionRoutes, S } from "./collection";
import { Toktra } from "./state";

export const ALERT_CONFIGS: Collection = {
  served: "AlertConfig",
  path: "/v1/api/alert-configs",
  table: "alertConfigs",
  noun: "alert config",
  schema: {
    type: "object",
    required: ["name", "channels"],
    properties: {
      name: S.name,
      channels: { type: "array", minItems: 1, items: { type: "object", required: ["type"], properties: { type: { enum: ["slack", "email", "webhook"] } } } },
      severity_filter: { type: "array", items: S.severity },
      enabled: S.bool,
    },
  },
  defaults: { enabled: true },
};

export function alertConfigRoutes(r: Router, tk: Toktra): void {
  collectionRoutes(r, tk, ALERT_CONFIGS);
}
