// Generated from spec/toktra/policy.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { policySpec } from "../../../spec/toktra/policy";
import { nativeProps } from "../core";
import type { PolicyArgs, GetPolicyResult } from "../../toktra/policy";
import type { PolicyActions, PolicyConditions, PolicyType, Severity } from "../../toktra/types";

export type { PolicyArgs, GetPolicyResult };

/**
 * A Toktra usage policy: conditions that trigger alerts or blocks, and what happens then.
 *
 * Import id: `id`, e.g. `3f2b8c1e-9a4d-4e7b-8c21-5d6f0a9b1c2e`. The Terraform provider's `toktra_policy`.
 *
 * Served by the native plugin `aigov`.
 */
export class Policy extends pulumi.CustomResource {
  /** Human-readable name. */
  declare public readonly name: pulumi.Output<string>;
  /** `token_limit`, `provider_block` or `model_restrict`. Changing it replaces the policy. */
  declare public readonly type: pulumi.Output<PolicyType>;
  /** The conditions object, as an object or a JSON string in Toktra's keys; at least one key. Compared by meaning. */
  declare public readonly conditions: pulumi.Output<PolicyConditions | string>;
  /** The actions object, as an object or a JSON string in Toktra's keys (`action`, `notify`, `slack_alert`, ...). Compared by meaning. */
  declare public readonly actions: pulumi.Output<PolicyActions | string>;
  /** Whether the policy is enforced. Defaults to true. */
  declare public readonly enabled: pulumi.Output<boolean | undefined>;
  /** `low`, `medium`, `high` or `critical`. Defaults to medium. */
  declare public readonly severity: pulumi.Output<Severity | undefined>;
  /** Free-text description (Toktra's API shows one; the Terraform provider does not take it). */
  declare public readonly description: pulumi.Output<string | undefined>;
  /** The Toktra organization that owns the policy. */
  declare public readonly orgId: pulumi.Output<string>;
  /** When the object was created (ISO 8601). */
  declare public readonly createdAt: pulumi.Output<string>;
  /** When the object was last updated (ISO 8601). */
  declare public readonly updatedAt: pulumi.Output<string>;

  constructor(name: string, args: PolicyArgs, opts?: pulumi.CustomResourceOptions) {
    const p = nativeProps(policySpec, name, args, opts);
    super("aigov:toktra:Policy", name, p.props, p.opts);
  }
}

/**
 * Looks up one policy by id.
 *
 * Served by the plugin as an invoke.
 */
export function getPolicy(args: { id: string }, opts?: pulumi.InvokeOptions): Promise<GetPolicyResult> {
  return pulumi.runtime.invoke("aigov:toktra:getPolicy", args, opts);
}

/** {@link getPolicy}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getPolicyOutput(args: { id: pulumi.Input<string> }, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetPolicyResult> {
  return pulumi.runtime.invokeOutput("aigov:toktra:getPolicy", args, opts);
}

/**
 * Lists every policy of the organization.
 *
 * Served by the plugin as an invoke.
 */
export function getPolicies(args: Record<string, never> = {}, opts?: pulumi.InvokeOptions): Promise<{ policies: GetPolicyResult[] }> {
  return pulumi.runtime.invoke("aigov:toktra:getPolicies", args, opts);
}

/** {@link getPolicies}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getPoliciesOutput(args: Record<string, never> = {}, opts?: pulumi.InvokeOutputOptions): pulumi.Output<{ policies: GetPolicyResult[] }> {
  return pulumi.runtime.invokeOutput("aigov:toktra:getPolicies", args, opts);
}
