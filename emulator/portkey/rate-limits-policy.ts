// Rate-limits policies: /v1/policies/rate-limits, items by UUID. Bodies are
// checked against Portkey's OpenAPI: only name, unit and value change after the create.
import { collectionRoutes } from "../core/collection";
import { own } from "../core/table";
import { Router } from "../router";
import { applyUpdate, inWorkspace, newPolicy, policies, policiesInWorkspaces, PolicyRec, policyView } from "./policy-common";
import { Portkey } from "./state";

export function rateLimitsPolicyRoutes(r: Router, pk: Portkey): void {
  const table = () => policies(pk, "rate_limits_policies");
  policiesInWorkspaces(pk, "rate_limits_policies");
  const checkCreate = pk.body("POST", "/policies/rate-limits");
  const checkUpdate = pk.body("PUT", "/policies/rate-limits/{rateLimitsPolicyId}");
  collectionRoutes<PolicyRec>(r, {
    path: "/v1/policies/rate-limits",
    noun: "rate limits policy",
    table,
    check: { create: checkCreate, update: checkUpdate },
    find: (ref) => own(table(), ref),
    create: (b) => newPolicy(pk, b),
    created: (rec) => ({ body: { id: rec.id, object: "policy_rate_limits" } }),
    view: (rec) => policyView(pk, rec, "policy_rate_limits"),
    filter: (rec, q) => inWorkspace(pk, rec, q) && (!q.get("type") || rec.type === q.get("type")) && (!q.get("unit") || rec.unit === q.get("unit")),
    page: (items, q) => pk.page(items, q, 100),
    update: (rec, b) => applyUpdate(rec, b, ["name", "unit", "value"], pk.now()),
  });
}
