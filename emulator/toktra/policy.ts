// toktra_policy: /v1/api/policies. Conditions and actions are open JSON
// objects in Toktra's keys; `type` cannot change in place.
import { Router } from "../router";
import { Collection, collectionRoutes, S } from "./collection";
import { Toktra } from "./state";

export const POLICIES: Collection = {
  served: "Policy",
  path: "/v1/api/policies",
  table: "policies",
  noun: "policy",
  schema: {
    type: "object",
    required: ["name", "type", "conditions", "actions"],
    properties: {
      name: S.name,
      type: { enum: ["token_limit", "provider_block", "model_restrict"] },
      conditions: { type: "object", minProperties: 1 },
      actions: { type: "object" },
      enabled: S.bool,
      severity: S.severity,
      description: { type: "string" },
    },
  },
  defaults: { enabled: true, severity: "medium" },
  fixed: ["type"],
};

export function policyRoutes(r: Router, tk: Toktra): void {
  collectionRoutes(r, tk, POLICIES);
}
