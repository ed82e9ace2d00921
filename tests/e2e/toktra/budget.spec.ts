import { useEmulator } from "../../helpers/emulator";
import { lifecycle } from "../../helpers/lifecycle";
import { toktraObjects } from "../../helpers/toktra";

const emulator = useEmulator();

lifecycle(
  {
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
  emulator,
);
