// Generated from spec/toktra/budget.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { budgetSpec } from "../../../spec/toktra/budget";
import { nativeProps } from "../core";
import type { BudgetArgs, GetBudgetResult } from "../../toktra/budget";
import type { BudgetPeriod } from "../../toktra/types";

export type { BudgetArgs, GetBudgetResult };

/**
 * A Toktra budget: an amount per period for the organization or a department, optionally a hard cap.
 *
 * Import id: `id`, e.g. `bud_5a0c9e3f1b72`. The Terraform provider's `toktra_budget`.
 *
 * Served by the native plugin `aigov`.
 */
export class Budget extends pulumi.CustomResource {
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
    const p = nativeProps(budgetSpec, name, args, opts);
    super("aigov:toktra:Budget", name, p.props, p.opts);
  }
}

/**
 * Looks up one budget by id.
 *
 * Served by the plugin as an invoke.
 */
export function getBudget(args: { id: string }, opts?: pulumi.InvokeOptions): Promise<GetBudgetResult> {
  return pulumi.runtime.invoke("aigov:toktra:getBudget", args, opts);
}

/** {@link getBudget}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getBudgetOutput(args: { id: pulumi.Input<string> }, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetBudgetResult> {
  return pulumi.runtime.invokeOutput("aigov:toktra:getBudget", args, opts);
}

/**
 * Lists every budget of the organization.
 *
 * Served by the plugin as an invoke.
 */
export function getBudgets(args: Record<string, never> = {}, opts?: pulumi.InvokeOptions): Promise<{ budgets: GetBudgetResult[] }> {
  return pulumi.runtime.invoke("aigov:toktra:getBudgets", args, opts);
}

/** {@link getBudgets}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getBudgetsOutput(args: Record<string, never> = {}, opts?: pulumi.InvokeOutputOptions): pulumi.Output<{ budgets: GetBudgetResult[] }> {
  return pulumi.runtime.invokeOutput("aigov:toktra:getBudgets", args, opts);
}
