// Generated from spec/toktra/budget.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { budgetSpec } from "../../../spec/toktra/budget";
import { nativeProps } from "../core";
import type { BudgetArgs, GetBudgetResult } from "../../toktra/budget";

export type { BudgetArgs, GetBudgetResult };

/**
 * A Toktra monthly spending budget for the organization.
 *
 * Import id: `id`, e.g. `7c9e6679-7425-40de-944b-e07fc1f90ae7`. The Terraform provider's `toktra_budget`.
 *
 * Served by the native plugin `aigov`.
 */
export class Budget extends pulumi.CustomResource {
  /** Monthly spending limit in USD. */
  declare public readonly monthlyLimit: pulumi.Output<number>;
  /** Percentage of the limit that triggers an alert, 1 to 100. Defaults to 80. */
  declare public readonly alertThresholdPct: pulumi.Output<number | undefined>;
  /** Whether unused budget rolls over to the next month. Defaults to false. */
  declare public readonly rolloverEnabled: pulumi.Output<boolean | undefined>;
  /** Spent so far this month, in USD. */
  declare public readonly spent: pulumi.Output<number>;
  /** Left this month, in USD. */
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
