// Budget: its life on the real engine, and its bad-input cases.
import { toktraObjects } from "../../helpers/toktra";
import type { ResourceTable } from "../../helpers/tables";

const budget = { name: "b", amount: 100, period: "monthly" };

export const table: ResourceTable = {
  lifecycle: {
    type: "Budget",
    ...toktraObjects("/budgets", ["amount", 1]),
    hasImmutableFields: true,
    mismatchField: "currency",
    program(s, variant, imp) {
      const args = {
        base: { name: "Engineering", amount: 5000, period: "monthly", department: "engineering" },
        updated: { name: "Engineering", amount: 7500.5, period: "monthly", department: "engineering", hardCap: true },
        replaced: { name: "Engineering", amount: 7500.5, currency: "EUR", period: "quarterly", department: "engineering", hardCap: true },
      }[variant] as never;
      const budget = new s.toktra.Budget("budget", args, imp ? { import: imp.importId } : {});
      return { targetId: budget.id, remaining: budget.remaining };
    },
  },
  badInput: [
    ["zero amount", { ...budget, amount: 0 }, /Budget\.amount must be > 0/],
    ["negative amount", { ...budget, amount: -5 }, /Budget\.amount must be > 0/],
    ["amount as text", { ...budget, amount: "100" }, /Budget\.amount must be number/],
    ["lower-case currency", { ...budget, currency: "usd" }, /Budget\.currency must be an ISO 4217 currency code of three upper-case letters/],
    ["unknown period", { ...budget, period: "biweekly" }, /Budget\.period must be one of: daily, weekly, monthly, quarterly, annual/],
    ["empty department", { ...budget, department: "" }, /Budget\.department must not be empty/],
  ],
};
