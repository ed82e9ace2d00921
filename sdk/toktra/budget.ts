// Generated from spec/toktra/budget.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { budgetSpec } from "../../spec/toktra/budget";
import { list, lookup } from "../core/data-source";
import { prepare, providerOf } from "../core/resource";
import type { BudgetPeriod } from "./types";

const impl = providerOf(budgetSpec);

/** The arguments of a {@link Budget}. */
export interface BudgetArgs {
  /** Display name. */
  name: pulumi.Input<string>;
  /** The budget per period, in `currency` (> 0). */
  amount: pulumi.Input<number>;
  /** ISO 4217 code, e.g. `USD`. Defaults to USD. Changing it replaces the budget, since spend is kept in it. */
  currency?: pulumi.Input<string>;
  /** `daily`, `weekly`, `monthly`, `quarterly` or `annual`. */
  period: pulumi.Input<BudgetPeriod>;
  /** The department the budget covers; the whole organization when left out. */
  department?: pulumi.Input<string>;
  /** Whether requests are blocked once the budget is spent. Defaults to false. */
  hardCap?: pulumi.Input<boolean>;
}

/**
 * A Toktra budget: an amount per period for the organization or a department, optionally a hard cap.
 *
 * Import id: `id`, e.g. `bud_5a0c9e3f1b72`. The Terraform provider's `toktra_budget`.
 */
export class Budget extends pulumi.dynamic.Resource {
  /** Display name. */
  declare public readonly name: pulumi.Output<string>;
  /** The budget per period, in `currency` (> 0). */
  declare public readonly amount: pulumi.Output<number>;
  /** ISO 4217 code, e.g. `USD`. Defaults to USD. Changing it replaces the budget, since spend is kept in it. */
  declare public readonly currency: pulumi.Output<string | undefined>;
  /** `daily`, `weekly`, `monthly`, `quarterly` or `annual`. */
  declare public readonly period: pulumi.Output<BudgetPeriod>;
  /** The department the budget covers; the whole organization when left out. */
  declare public readonly department: pulumi.Output<string | undefined>;
  /** Whether requests are blocked once the budget is spent. Defaults to false. */
  declare public readonly hardCap: pulumi.Output<boolean | undefined>;
  /** Spent so far this period. */
  declare public readonly spent: pulumi.Output<number>;
  /** Left this period. */
  declare public readonly remaining: pulumi.Output<number>;
  /** When the object was created (ISO 8601). */
  declare public readonly createdAt: pulumi.Output<string>;
  /** When the object was last updated (ISO 8601). */
  declare public readonly updatedAt: pulumi.Output<string>;

  constructor(name: string, args: BudgetArgs, opts?: pulumi.CustomResourceOptions) {
    const p = prepare(impl.spec, name, args, opts);
    super(impl, name, p.props, p.opts, "toktra", "Budget");
  }
}

/** A Budget as the API shows it, from its data sources. */
export interface GetBudgetResult {
  /** The object's id. */
  id: string;
  /** Display name. */
  name: string;
  /** The budget per period, in `currency` (> 0). */
  amount: number;
  /** ISO 4217 code, e.g. `USD`. Defaults to USD. Changing it replaces the budget, since spend is kept in it. */
  currency?: string;
  /** `daily`, `weekly`, `monthly`, `quarterly` or `annual`. */
  period: BudgetPeriod;
  /** The department the budget covers; the whole organization when left out. */
  department?: string;
  /** Whether requests are blocked once the budget is spent. Defaults to false. */
  hardCap?: boolean;
  /** Spent so far this period. */
  spent?: number;
  /** Left this period. */
  remaining?: number;
  /** When the object was created (ISO 8601). */
  createdAt?: string;
  /** When the object was last updated (ISO 8601). */
  updatedAt?: string;
}

/** Looks up one budget by id. */
export function getBudget(args: { id: string }): Promise<GetBudgetResult> {
  return lookup<GetBudgetResult>(impl.spec, "getBudget", args);
}

/** {@link getBudget}, with arguments that may be Outputs. */
export function getBudgetOutput(args: { id: pulumi.Input<string> }): pulumi.Output<GetBudgetResult> {
  return pulumi.output(args).apply(getBudget);
}

/** Lists every budget of the organization. */
export function getBudgets(): Promise<{ budgets: GetBudgetResult[] }> {
  return list<GetBudgetResult, "budgets">(impl.spec, "getBudgets");
}

/** {@link getBudgets}, as an Output. */
export function getBudgetsOutput(): pulumi.Output<{ budgets: GetBudgetResult[] }> {
  return pulumi.output(getBudgets());
}
