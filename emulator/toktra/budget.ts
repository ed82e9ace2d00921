// Budgets: /toktra/v1/budgets. The server keeps `spent` (nothing is spent in
// the emulator) and works out `remaining` after every write.
import { budgetSpec } from "../../spec/toktra/budget";
import { Router } from "../router";
import { collectionRoutes } from "./collection";
import { Toktra } from "./state";

export function budgetRoutes(r: Router, tk: Toktra): void {
  collectionRoutes(r, tk, {
    spec: budgetSpec,
    table: "budgets",
    idPrefix: "bud",
    noun: "budget",
    derive(rec) {
      const spent = typeof rec.spent === "number" ? rec.spent : 0;
      rec.spent = spent;
      rec.remaining = Math.max(0, Number(rec.amount) - spent);
    },
  });
}
