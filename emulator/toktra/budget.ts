// toktra_budget: /v1/api/budgets. The server keeps `spent` (nothing is spent
// in the emulator) and works out `remaining` after every write.
import { Router } from "../router";
import { Collection, collectionRoutes, S } from "./collection";
import { Toktra } from "./state";

export const BUDGETS: Collection = {
  served: "Budget",
  path: "/v1/api/budgets",
  table: "budgets",
  noun: "budget",
  schema: {
    type: "object",
    required: ["monthly_limit"],
    properties: {
      monthly_limit: { type: "number", minimum: 0 },
      alert_threshold_pct: { type: "number", minimum: 1, maximum: 100 },
      rollover_enabled: S.bool,
    },
  },
  defaults: { alert_threshold_pct: 80, rollover_enabled: false },
  derive(rec) {
    const spent = typeof rec.spent === "number" ? rec.spent : 0;
    rec.spent = spent;
    rec.remaining = Math.max(0, Number(rec.monthly_limit) - spent);
  },
};

export function budgetRoutes(r: Router, tk: Toktra): void {
  collectionRoutes(r, tk, BUDGETS);
}
