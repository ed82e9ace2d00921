// Generated from spec/portkey/rate-limits-policy.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { rateLimitsPolicySpec } from "../../spec/portkey/rate-limits-policy";
import { list, lookup } from "../core/data-source";
import { prepare, providerOf } from "../core/resource";
import type { PolicyCondition, PolicyConditionArgs, PolicyGroupBy, PolicyGroupByArgs } from "./types";

const impl = providerOf(rateLimitsPolicySpec);

/** The arguments of a {@link RateLimitsPolicy}. */
export interface RateLimitsPolicyArgs {
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
   * `requests` or `tokens`.
   *
   * Changing it replaces the resource.
   */
  type: pulumi.Input<"requests" | "tokens">;
  /** `rpm`, `rph` or `rpd`: per minute, hour or day. */
  unit: pulumi.Input<"rpm" | "rph" | "rpd">;
  /** How many requests or tokens per unit. */
  value: pulumi.Input<number>;
}

/**
 * A Portkey rate-limits policy: a request or token rate on the requests its conditions pick, per group.
 *
 * Import id: `id`, e.g. `0b9a8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d`. The Terraform provider's `portkey_rate_limits_policy`.
 */
export class RateLimitsPolicy extends pulumi.dynamic.Resource {
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
    const p = prepare(impl.spec, name, args, opts);
    super(impl, name, p.props, p.opts, "portkey", "RateLimitsPolicy");
  }
}

/** A RateLimitsPolicy as the API shows it, from its data sources. */
export interface GetRateLimitsPolicyResult {
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
  /** `requests` or `tokens`. */
  type: "requests" | "tokens";
  /** `rpm`, `rph` or `rpd`: per minute, hour or day. */
  unit: "rpm" | "rph" | "rpd";
  /** How many requests or tokens per unit. */
  value: number;
  /** `active`, or `archived` once deleted. */
  status?: string;
  /** When the object was created (RFC 3339). */
  createdAt?: string;
  /** When the object was last updated (RFC 3339). */
  updatedAt?: string;
}

/** Looks up one rate-limits policy by id. */
export function getRateLimitsPolicy(args: { id: string }): Promise<GetRateLimitsPolicyResult> {
  return lookup<GetRateLimitsPolicyResult>(impl.spec, "getRateLimitsPolicy", args);
}

/** {@link getRateLimitsPolicy}, with arguments that may be Outputs. */
export function getRateLimitsPolicyOutput(args: { id: pulumi.Input<string> }): pulumi.Output<GetRateLimitsPolicyResult> {
  return pulumi.output(args).apply(getRateLimitsPolicy);
}

/** Lists the rate-limits policies of a workspace. */
export function getRateLimitsPolicies(args: { workspaceId: string }): Promise<{ policies: GetRateLimitsPolicyResult[] }> {
  return list<GetRateLimitsPolicyResult, "policies">(impl.spec, "getRateLimitsPolicies", args);
}

/** {@link getRateLimitsPolicies}, with arguments that may be Outputs. */
export function getRateLimitsPoliciesOutput(args: { workspaceId: pulumi.Input<string> }): pulumi.Output<{ policies: GetRateLimitsPolicyResult[] }> {
  return pulumi.output(args).apply(getRateLimitsPolicies);
}
