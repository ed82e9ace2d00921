// Budget: its life on the real engine, and its bad-input cases.
import { toktraObjects } from "../../helpers/toktra";
import type { ResourceTable } from "../../helpers/tables";

export const table: ResourceTable = {
  lifecycle: {
    type: "Budget",
    ...toktraObjects("/v1/api/budgets", ["alert_threshold_pct", 95]),
    // Nothing in the docs replaces a budget: every argument changes in place.
    hasImmutableFields: false,
    mismatchField: "monthlyLimit",
    program(s, variant, imp) {
      const args = {
        // The docs' engineering_monthly block.
        base: { monthlyLimit: 10000.0, alertThresholdPct: 75, rolloverEnabled: false },
        updated: { monthlyLimit: 10000.0, alertThresholdPct: 90 },
        replaced: { monthlyLimit: 50000, alertThresholdPct: 80, rolloverEnabled: true },
      }[variant] as never;
      const budget = new s.toktra.Budget("budget", args, imp ? { import: imp.importId } : {});
      return { targetId: budget.id, remaining: budget.remaining };
    },
  },
  badInput: [
    ["threshold of 0", { monthlyLimit: 100, alertThresholdPct: 0 }, /Budget\.alertThresholdPct must be >= 1/],
    ["threshold above 100", { monthlyLimit: 100, alertThresholdPct: 150 }, /Budget\.alertThresholdPct must be <= 100/],
    ["missing monthly limit", { alertThresholdPct: 80 }, /Budget\.monthlyLimit is required/],
    ["negative monthly limit", { monthlyLimit: -5 }, /Budget\.monthlyLimit must be >= 0/],
    ["limit as text", { monthlyLimit: "10000" }, /Budget\.monthlyLimit must be number/],
    [
      "a name, which toktra_budget does not take",
      { monthlyLimit: 100, name: "Engineering" },
      /Budget\.name is not a known argument; known arguments: monthlyLimit, alertThresholdPct, rolloverEnabled/,
    ],
  ],
};
