// Generated from spec/portkey/usage-limits-policy.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { usageLimitsPolicySpec } from "../../../spec/portkey/usage-limits-policy";
import { nativeProps } from "../core";
import type { UsageLimitsPolicyArgs, GetUsageLimitsPolicyResult } from "../../portkey/usage-limits-policy";
import type { PolicyCondition, PolicyGroupBy } from "../../portkey/types";

export type { UsageLimitsPolicyArgs, GetUsageLimitsPolicyResult };

/**
 * A Portkey usage-limits policy: a cost or token limit on the requests its conditions pick, per group. Destroying it archives it, as Portkey's delete does.
 *
 * Import id: `id`, e.g. `6c1f2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b`. The Terraform provider's `portkey_usage_limits_policy`.
 *
 * Served by the native plugin `aigov`.
 */
export class UsageLimitsPolicy extends pulumi.CustomResource {
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
    const p = nativeProps(usageLimitsPolicySpec, name, args, opts);
    super("aigov:portkey:UsageLimitsPolicy", name, p.props, p.opts);
  }
}

/**
 * Looks up one active usage-limits policy by id.
 *
 * Served by the plugin as an invoke.
 */
export function getUsageLimitsPolicy(args: { id: string }, opts?: pulumi.InvokeOptions): Promise<GetUsageLimitsPolicyResult> {
  return pulumi.runtime.invoke("aigov:portkey:getUsageLimitsPolicy", args, opts);
}

/** {@link getUsageLimitsPolicy}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getUsageLimitsPolicyOutput(args: { id: pulumi.Input<string> }, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetUsageLimitsPolicyResult> {
  return pulumi.runtime.invokeOutput("aigov:portkey:getUsageLimitsPolicy", args, opts);
}

/**
 * Lists the active usage-limits policies of a workspace.
 *
 * Served by the plugin as an invoke.
 */
export function getUsageLimitsPolicies(args: { workspaceId: string }, opts?: pulumi.InvokeOptions): Promise<{ policies: GetUsageLimitsPolicyResult[] }> {
  return pulumi.runtime.invoke("aigov:portkey:getUsageLimitsPolicies", args, opts);
}

/** {@link getUsageLimitsPolicies}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getUsageLimitsPoliciesOutput(args: { workspaceId: pulumi.Input<string> }, opts?: pulumi.InvokeOutputOptions): pulumi.Output<{ policies: GetUsageLimitsPolicyResult[] }> {
  return pulumi.runtime.invokeOutput("aigov:portkey:getUsageLimitsPolicies", args, opts);
}
