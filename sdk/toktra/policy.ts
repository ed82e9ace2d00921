// Generated from spec/toktra/policy.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { policySpec } from "../../spec/toktra/policy";
import { list, lookup } from "../core/data-source";
import { prepare, providerOf } from "../core/resource";
import type { PolicyActions, PolicyActionsArgs, PolicyConditions, PolicyConditionsArgs, PolicyType, Severity } from "./types";

const impl = providerOf(policySpec);

/** The arguments of a {@link Policy}. */
export interface PolicyArgs {
  /** Human-readable name. */
  name: pulumi.Input<string>;
  /** `token_limit`, `provider_block` or `model_restrict`. Changing it replaces the policy. */
  type: pulumi.Input<PolicyType>;
  /** The conditions object, as an object or a JSON string in Toktra's keys; at least one key. Compared by meaning. */
  conditions: pulumi.Input<PolicyConditionsArgs> | pulumi.Input<string>;
  /** The actions object, as an object or a JSON string in Toktra's keys (`action`, `notify`, `slack_alert`, ...). Compared by meaning. */
  actions: pulumi.Input<PolicyActionsArgs> | pulumi.Input<string>;
  /** Whether the policy is enforced. Defaults to true. */
  enabled?: pulumi.Input<boolean>;
  /** `low`, `medium`, `high` or `critical`. Defaults to medium. */
  severity?: pulumi.Input<Severity>;
  /** Free-text description (Toktra's API shows one; the Terraform provider does not take it). */
  description?: pulumi.Input<string>;
}

/**
 * A Toktra usage policy: conditions that trigger alerts or blocks, and what happens then.
 *
 * Import id: `id`, e.g. `3f2b8c1e-9a4d-4e7b-8c21-5d6f0a9b1c2e`. The Terraform provider's `toktra_policy`.
 */
export class Policy extends pulumi.dynamic.Resource {
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
    const p = prepare(impl.spec, name, args, opts);
    super(impl, name, p.props, p.opts, "toktra", "Policy");
  }
}

/** A Policy as the API shows it, from its data sources. */
export interface GetPolicyResult {
  /** The object's id. */
  id: string;
  /** Human-readable name. */
  name: string;
  /** `token_limit`, `provider_block` or `model_restrict`. Changing it replaces the policy. */
  type: PolicyType;
  /** The conditions object, as an object or a JSON string in Toktra's keys; at least one key. Compared by meaning. */
  conditions: PolicyConditions;
  /** The actions object, as an object or a JSON string in Toktra's keys (`action`, `notify`, `slack_alert`, ...). Compared by meaning. */
  actions: PolicyActions;
  /** Whether the policy is enforced. Defaults to true. */
  enabled?: boolean;
  /** `low`, `medium`, `high` or `critical`. Defaults to medium. */
  severity?: Severity;
  /** Free-text description (Toktra's API shows one; the Terraform provider does not take it). */
  description?: string;
  /** The Toktra organization that owns the policy. */
  orgId?: string;
  /** When the object was created (ISO 8601). */
  createdAt?: string;
  /** When the object was last updated (ISO 8601). */
  updatedAt?: string;
}

/** Looks up one policy by id. */
export function getPolicy(args: { id: string }): Promise<GetPolicyResult> {
  return lookup<GetPolicyResult>(impl.spec, "getPolicy", args);
}

/** {@link getPolicy}, with arguments that may be Outputs. */
export function getPolicyOutput(args: { id: pulumi.Input<string> }): pulumi.Output<GetPolicyResult> {
  return pulumi.output(args).apply(getPolicy);
}

/** Lists every policy of the organization. */
export function getPolicies(): Promise<{ policies: GetPolicyResult[] }> {
  return list<GetPolicyResult, "policies">(impl.spec, "getPolicies");
}

/** {@link getPolicies}, as an Output. */
export function getPoliciesOutput(): pulumi.Output<{ policies: GetPolicyResult[] }> {
  return pulumi.output(getPolicies());
}
