// toktra_budget: the organization's monthly spending budget, in USD.
// API: GET /v1/budgets is public and read-only; the admin paths POST
// /v1/api/budgets and GET/PUT/DELETE /v1/api/budgets/{id} are assumed.
// `spent` and `remaining` are the server's.
import { ResourceSpec } from "../core/types";
import { timestamps, toktraDataSources, toktraImportId, toktraPaths } from "./fields";

export const budgetSpec: ResourceSpec = {
  vendor: "toktra",
  name: "Budget",
  file: "budget",
  doc: "A Toktra monthly spending budget for the organization.",
  api: toktraPaths("/budgets"),
  importId: toktraImportId("7c9e6679-7425-40de-944b-e07fc1f90ae7"),
  naturalKey: ["monthlyLimit"],
  terraform: "toktra_budget",
  dataSources: toktraDataSources("Budget", "Budgets", "budgets", "budget"),
  lostCreate: "naturalKey",
  fields: {
    monthlyLimit: { doc: "Monthly spending limit in USD.", schema: { type: "number", minimum: 0 }, required: true },
    alertThresholdPct: {
      doc: "Percentage of the limit that triggers an alert, 1 to 100. Defaults to 80.",
      schema: { type: "number", minimum: 1, maximum: 100 },
      default: 80,
    },
    rolloverEnabled: { doc: "Whether unused budget rolls over to the next month. Defaults to false.", schema: { type: "boolean" }, default: false },
    spent: { doc: "Spent so far this month, in USD.", schema: { type: "number" }, output: true },
    remaining: { doc: "Left this month, in USD.", schema: { type: "number" }, output: true },
    ...timestamps,
  },
};
