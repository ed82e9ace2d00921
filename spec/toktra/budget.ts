// Toktra budget: a spending cap for the organization or one department.
// API: GET /budgets and GET /budgets/{id} are public; POST, PUT and DELETE on
// the same paths are assumed. `spent` and `remaining` are the server's.
import { ResourceSpec } from "../core/types";
import { nameField, timestamps, toktraDataSources, toktraImportId, toktraPaths } from "./fields";

export const budgetSpec: ResourceSpec = {
  vendor: "toktra",
  name: "Budget",
  file: "budget",
  doc: "A Toktra budget: an amount per period for the organization or a department, optionally a hard cap.",
  api: toktraPaths("/budgets"),
  importId: toktraImportId("bud_5a0c9e3f1b72"),
  naturalKey: ["name", "department"],
  terraform: "toktra_budget",
  dataSources: toktraDataSources("Budget", "Budgets", "budgets", "budget"),
  lostCreate: "naturalKey",
  fields: {
    name: nameField,
    amount: { doc: "The budget per period, in `currency` (> 0).", schema: { type: "number", exclusiveMinimum: 0 }, required: true },
    currency: {
      doc: "ISO 4217 code, e.g. `USD`. Defaults to USD. Changing it replaces the budget, since spend is kept in it.",
      schema: { type: "string", format: "iso-4217" },
      default: "USD",
      replaceOnChange: true,
    },
    period: { doc: "`daily`, `weekly`, `monthly`, `quarterly` or `annual`.", schema: { typeName: "BudgetPeriod", description: "How often a budget starts over.", enum: ["daily", "weekly", "monthly", "quarterly", "annual"] }, required: true },
    department: { doc: "The department the budget covers; the whole organization when left out.", schema: { type: "string", minLength: 1 }, clearWith: null },
    hardCap: { doc: "Whether requests are blocked once the budget is spent. Defaults to false.", schema: { type: "boolean" }, default: false },
    spent: { doc: "Spent so far this period.", schema: { type: "number" }, output: true },
    remaining: { doc: "Left this period.", schema: { type: "number" }, output: true },
    ...timestamps,
  },
};
