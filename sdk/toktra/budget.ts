// Generated from spec/toktra/budget.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { budgetSpec } from "../../spec/toktra/budget";
import { list, lookup } from "../core/data-source";
import { prepare, providerOf } from "../core/resource";

const impl = providerOf(budgetSpec);

/** The arguments of a {@link Budget}. */
export interface BudgetArgs {
  /** Monthly spending limit in USD. */
  monthlyLimit: pulumi.Input<number>;
  /** Percentage of the limit that triggers an alert, 1 to 100. Defaults to 80. */
  alertThresholdPct?: pulumi.Input<number>;
  /** Whether unused budget rolls over to the next month. Defaults to false. */
  rolloverEnabled?: pulumi.Input<boolean>;
}

/**
 * A Toktra monthly spending budget for the organization.
 *
 * Import id: `id`, e.g. `7c9e6679-7425-40de-944b-e07fc1f90ae7`. The Terraform provider's `toktra_budget`.
 */
export class Budget extends pulumi.dynamic.Resource {
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
    const p = prepare(impl.spec, name, args, opts);
    super(impl, name, p.props, p.opts, "toktra", "Budget");
  }
}

/** A Budget as the API shows it, from its data sources. */
export interface GetBudgetResult {
  /** The object's id. */
  id: string;
  /** Monthly spending limit in USD. */
  monthlyLimit: number;
  /** Percentage of the limit that triggers an alert, 1 to 100. Defaults to 80. */
  alertThresholdPct?: number;
  /** Whether unused budget rolls over to the next month. Defaults to false. */
  rolloverEnabled?: boolean;
  /** Spent so far this month, in USD. */
  spent?: number;
  /** Left this month, in USD. */
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
