import * as pulumi from "@pulumi/pulumi";
import { budgetSpec } from "../../spec/toktra/budget";
import { byIdSources } from "../core/data-source";
import { prepare, providerOf } from "../core/resource";

const impl = providerOf(budgetSpec);

export type BudgetPeriod = "daily" | "weekly" | "monthly" | "quarterly" | "annual";

export interface BudgetArgs {
  name: pulumi.Input<string>;
  /** Per period, in `currency`; > 0. */
  amount: pulumi.Input<number>;
  /** ISO 4217, e.g. USD (the default). Changing it replaces the budget. */
  currency?: pulumi.Input<string>;
  period: pulumi.Input<BudgetPeriod>;
  /** The whole organization when left out. */
  department?: pulumi.Input<string>;
  hardCap?: pulumi.Input<boolean>;
}

/** A Toktra budget. Import id: the budget id. */
export class Budget extends pulumi.dynamic.Resource {
  declare public readonly name: pulumi.Output<string>;
  declare public readonly amount: pulumi.Output<number>;
  declare public readonly currency: pulumi.Output<string | undefined>;
  declare public readonly period: pulumi.Output<BudgetPeriod>;
  declare public readonly department: pulumi.Output<string | undefined>;
  declare public readonly hardCap: pulumi.Output<boolean | undefined>;
  declare public readonly spent: pulumi.Output<number>;
  declare public readonly remaining: pulumi.Output<number>;
  declare public readonly createdAt: pulumi.Output<string>;
  declare public readonly updatedAt: pulumi.Output<string>;

  constructor(name: string, args: BudgetArgs, opts?: pulumi.CustomResourceOptions) {
    const p = prepare(impl.spec, name, args, opts);
    super(impl, name, p.props, p.opts, "toktra", "Budget");
  }
}

export interface GetBudgetResult {
  id: string;
  name: string;
  amount: number;
  currency?: string;
  period: BudgetPeriod;
  department?: string;
  hardCap?: boolean;
  spent?: number;
  remaining?: number;
  createdAt?: string;
  updatedAt?: string;
}

/** `getBudget({ id })` looks up one budget; `getBudgets()` lists them all. */
export const {
  one: getBudget,
  oneOutput: getBudgetOutput,
  all: getBudgets,
  allOutput: getBudgetsOutput,
} = byIdSources<GetBudgetResult, "budgets">(impl.spec, "budgets");
