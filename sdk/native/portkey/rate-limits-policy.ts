// Generated from spec/portkey/rate-limits-policy.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { rateLimitsPolicySpec } from "../../../spec/portkey/rate-limits-policy";
import { nativeProps } from "../core";
import type { RateLimitsPolicyArgs, GetRateLimitsPolicyResult } from "../../portkey/rate-limits-policy";
import type { PolicyCondition, PolicyGroupBy } from "../../portkey/types";

export type { RateLimitsPolicyArgs, GetRateLimitsPolicyResult };

/**
 * A Portkey rate-limits policy: a request or token rate on the requests its conditions pick, per group.
 *
 * Import id: `id`, e.g. `0b9a8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d`. The Terraform provider's `portkey_rate_limits_policy`.
 *
 * Served by the native plugin `aigov`.
 */
export class RateLimitsPolicy extends pulumi.CustomResource {
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
   * `requests` or `tokens`.
   *
   * Changing it replaces the resource.
   */
  declare public readonly type: pulumi.Output<"requests" | "tokens">;
  /** `rpm`, `rph` or `rpd`: per minute, hour or day. */
  declare public readonly unit: pulumi.Output<"rpm" | "rph" | "rpd">;
  /** How many requests or tokens per unit. */
  declare public readonly value: pulumi.Output<number>;
  /** `active`, or `archived` once deleted. */
  declare public readonly status: pulumi.Output<string>;
  /** When the object was created (RFC 3339). */
  declare public readonly createdAt: pulumi.Output<string>;
  /** When the object was last updated (RFC 3339). */
  declare public readonly updatedAt: pulumi.Output<string>;

  constructor(name: string, args: RateLimitsPolicyArgs, opts?: pulumi.CustomResourceOptions) {
    const p = nativeProps(rateLimitsPolicySpec, name, args, opts);
    super("aigov:portkey:RateLimitsPolicy", name, p.props, p.opts);
  }
}

/**
 * Looks up one rate-limits policy by id.
 *
 * Served by the plugin as an invoke.
 */
export function getRateLimitsPolicy(args: { id: string }, opts?: pulumi.InvokeOptions): Promise<GetRateLimitsPolicyResult> {
  return pulumi.runtime.invoke("aigov:portkey:getRateLimitsPolicy", args, opts);
}

/** {@link getRateLimitsPolicy}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getRateLimitsPolicyOutput(args: { id: pulumi.Input<string> }, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetRateLimitsPolicyResult> {
  return pulumi.runtime.invokeOutput("aigov:portkey:getRateLimitsPolicy", args, opts);
}

/**
 * Lists the rate-limits policies of a workspace.
 *
 * Served by the plugin as an invoke.
 */
export function getRateLimitsPolicies(args: { workspaceId: string }, opts?: pulumi.InvokeOptions): Promise<{ policies: GetRateLimitsPolicyResult[] }> {
  return pulumi.runtime.invoke("aigov:portkey:getRateLimitsPolicies", args, opts);
}

/** {@link getRateLimitsPolicies}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getRateLimitsPoliciesOutput(args: { workspaceId: pulumi.Input<string> }, opts?: pulumi.InvokeOutputOptions): pulumi.Output<{ policies: GetRateLimitsPolicyResult[] }> {
  return pulumi.runtime.invokeOutput("aigov:portkey:getRateLimitsPolicies", args, opts);
}
