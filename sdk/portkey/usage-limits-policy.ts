// Generated from spec/portkey/usage-limits-policy.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { usageLimitsPolicySpec } from "../../spec/portkey/usage-limits-policy";
import { list, lookup } from "../core/data-source";
import { prepare, providerOf } from "../core/resource";
import type { PolicyCondition, PolicyConditionArgs, PolicyGroupBy, PolicyGroupByArgs } from "./types";

const impl = providerOf(usageLimitsPolicySpec);

/** The arguments of an {@link UsageLimitsPolicy}. */
export interface UsageLimitsPolicyArgs {
  /** Display name. */
  name?: pulumi.Input<string>;
  /**
   * Workspace id or slug.
   *
   * Changing it replaces the resource.
   */
  workspaceId: pulumi.Input<string>;
  /**
   * Which requests the policy applies to, at least one condition. Portkey cannot change them: a change replaces the policy.
   *
   * Typed, or a JSON string of the same shape; compared by meaning, not by text.
   */
  conditions: pulumi.Input<pulumi.Input<PolicyConditionArgs>[]> | pulumi.Input<string>;
  /**
   * What usage is counted by, at least one key. Portkey cannot change it: a change replaces the policy.
   *
   * Typed, or a JSON string of the same shape; compared by meaning, not by text.
   */
  groupBy: pulumi.Input<pulumi.Input<PolicyGroupByArgs>[]> | pulumi.Input<string>;
  /**
   * `cost` or `tokens`.
   *
   * Changing it replaces the resource.
   */
  type: pulumi.Input<"cost" | "tokens">;
  /** The most usage allowed (dollars for cost, a count for tokens). */
  creditLimit: pulumi.Input<number>;
  /** Usage at which an alert is sent; below creditLimit. */
  alertThreshold?: pulumi.Input<number>;
  /** `monthly` or `weekly`; cumulative when absent. */
  periodicReset?: pulumi.Input<"monthly" | "weekly">;
}

/**
 * A Portkey usage-limits policy: a cost or token limit on the requests its conditions pick, per group. Destroying it archives it, as Portkey's delete does.
 *
 * Import id: `id`, e.g. `6c1f2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b`. The Terraform provider's `portkey_usage_limits_policy`.
 */
export class UsageLimitsPolicy extends pulumi.dynamic.Resource {
  /** Display name. */
  declare public readonly name: pulumi.Output<string | undefined>;
  /**
   * Workspace id or slug.
   *
   * Changing it replaces the resource.
   */
  declare public readonly workspaceId: pulumi.Output<string>;
  /**
   * Which requests the policy applies to, at least one condition. Portkey cannot change them: a change replaces the policy.
   *
   * Typed, or a JSON string of the same shape; compared by meaning, not by text.
   */
  declare public readonly conditions: pulumi.Output<PolicyCondition[] | string>;
  /**
   * What usage is counted by, at least one key. Portkey cannot change it: a change replaces the policy.
   *
   * Typed, or a JSON string of the same shape; compared by meaning, not by text.
   */
  declare public readonly groupBy: pulumi.Output<PolicyGroupBy[] | string>;
  /**
   * `cost` or `tokens`.
   *
   * Changing it replaces the resource.
   */
  declare public readonly type: pulumi.Output<"cost" | "tokens">;
  /** The most usage allowed (dollars for cost, a count for tokens). */
  declare public readonly creditLimit: pulumi.Output<number>;
  /** Usage at which an alert is sent; below creditLimit. */
  declare public readonly alertThreshold: pulumi.Output<number | undefined>;
  /** `monthly` or `weekly`; cumulative when absent. */
  declare public readonly periodicReset: pulumi.Output<"monthly" | "weekly" | undefined>;
  /** `active`, or `archived` once deleted. */
  declare public readonly status: pulumi.Output<string>;
  /** When the object was created (RFC 3339). */
  declare public readonly createdAt: pulumi.Output<string>;
  /** When the object was last updated (RFC 3339). */
  declare public readonly updatedAt: pulumi.Output<string>;

  constructor(name: string, args: UsageLimitsPolicyArgs, opts?: pulumi.CustomResourceOptions) {
    const p = prepare(impl.spec, name, args, opts);
    super(impl, name, p.props, p.opts, "portkey", "UsageLimitsPolicy");
  }
}

/** An UsageLimitsPolicy as the API shows it, from its data sources. */
export interface GetUsageLimitsPolicyResult {
  /** The object's id. */
  id: string;
  /** Display name. */
  name?: string;
  /** Workspace id or slug. */
  workspaceId: string;
  /** Which requests the policy applies to, at least one condition. Portkey cannot change them: a change replaces the policy. */
  conditions: PolicyCondition[];
  /** What usage is counted by, at least one key. Portkey cannot change it: a change replaces the policy. */
  groupBy: PolicyGroupBy[];
  /** `cost` or `tokens`. */
  type: "cost" | "tokens";
  /** The most usage allowed (dollars for cost, a count for tokens). */
  creditLimit: number;
  /** Usage at which an alert is sent; below creditLimit. */
  alertThreshold?: number;
  /** `monthly` or `weekly`; cumulative when absent. */
  periodicReset?: "monthly" | "weekly";
  /** `active`, or `archived` once deleted. */
  status?: string;
  /** When the object was created (RFC 3339). */
  createdAt?: string;
  /** When the object was last updated (RFC 3339). */
  updatedAt?: string;
}

/** Looks up one active usage-limits policy by id. */
export function getUsageLimitsPolicy(args: { id: string }): Promise<GetUsageLimitsPolicyResult> {
  return lookup<GetUsageLimitsPolicyResult>(impl.spec, "getUsageLimitsPolicy", args);
}

/** {@link getUsageLimitsPolicy}, with arguments that may be Outputs. */
export function getUsageLimitsPolicyOutput(args: { id: pulumi.Input<string> }): pulumi.Output<GetUsageLimitsPolicyResult> {
  return pulumi.output(args).apply(getUsageLimitsPolicy);
}

/** Lists the active usage-limits policies of a workspace. */
export function getUsageLimitsPolicies(args: { workspaceId: string }): Promise<{ policies: GetUsageLimitsPolicyResult[] }> {
  return list<GetUsageLimitsPolicyResult, "policies">(impl.spec, "getUsageLimitsPolicies", args);
}

/** {@link getUsageLimitsPolicies}, with arguments that may be Outputs. */
export function getUsageLimitsPoliciesOutput(args: { workspaceId: pulumi.Input<string> }): pulumi.Output<{ policies: GetUsageLimitsPolicyResult[] }> {
  return pulumi.output(args).apply(getUsageLimitsPolicies);
}
