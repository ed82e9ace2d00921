// Policies: /toktra/v1/policies. The server completes `actions` with
// `notify: []` and `slack_alert: false` when they are left out, so clients must
// compare the document by meaning.
import { policySpec } from "../../spec/toktra/policy";
import { Router } from "../router";
import { collectionRoutes } from "./collection";
import { Bag, Toktra } from "./state";

export function policyRoutes(r: Router, tk: Toktra): void {
  collectionRoutes(r, tk, {
    spec: policySpec,
    table: "policies",
    idPrefix: "pol",
    noun: "policy",
    derive(rec) {
      rec.actions = { notify: [], slack_alert: false, ...(rec.actions as Bag) };
    },
  });
}
