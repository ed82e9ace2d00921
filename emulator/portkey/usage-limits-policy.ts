// Usage-limits policies: /v1/policies/usage-limits, items by UUID. DELETE only
// archives (archivePolicies); reads and lists show active policies unless
// ?status=archived. Bodies are checked against Portkey's OpenAPI.
import { collectionRoutes } from "../core/collection";
import { own } from "../core/table";
import { badRequest } from "../errors";
import { Router } from "../router";
import { applyUpdate, inWorkspace, newPolicy, policies, policiesInWorkspaces, PolicyRec, policyView, statusMatches } from "./policy-common";
import { Bag, Portkey } from "./state";

/** The threshold must stay below the limit it warns about (OpenAPI). */
function checkThreshold(rec: Bag): void {
  if (typeof rec.alert_threshold === "number" && typeof rec.credit_limit === "number" && rec.alert_threshold >= rec.credit_limit) {
    throw badRequest("alert_threshold: must be less than credit_limit");
  }
}

export function usageLimitsPolicyRoutes(r: Router, pk: Portkey): void {
  const table = () => policies(pk, "usage_limits_policies");
  policiesInWorkspaces(pk, "usage_limits_policies");
  const checkCreate = pk.body("POST", "/policies/usage-limits");
  const checkUpdate = pk.body("PUT", "/policies/usage-limits/{policyUsageLimitsId}");
  collectionRoutes<PolicyRec>(r, {
    path: "/v1/policies/usage-limits",
    noun: "usage limits policy",
    table,
    check: { create: checkCreate, update: checkUpdate },
    find: (ref, req) => {
      const rec = own(table(), ref);
      return rec && statusMatches(rec, req.query) ? rec : undefined;
    },
    create(b) {
      checkThreshold(b);
      return newPolicy(pk, b);
    },
    created: (rec) => ({ body: { id: rec.id, object: "policy_usage_limits" } }),
    view: (rec) => policyView(pk, rec, "policy_usage_limits"),
    filter: (rec, q) => statusMatches(rec, q) && inWorkspace(pk, rec, q) && (!q.get("type") || rec.type === q.get("type")),
    page: (items, q) => pk.page(items, q, 100),
    update(rec, b) {
      checkThreshold({ ...rec, ...b });
      applyUpdate(rec, b, ["name", "credit_limit", "alert_threshold", "periodic_reset"], pk.now());
    },
    remove(rec) {
      if (pk.quirks.archivePolicies) {
        rec.status = "archived";
        rec.last_updated_at = pk.now();
      } else {
        delete table()[rec.id];
      }
    },
  });
}
