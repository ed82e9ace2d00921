// Generated from spec/toktra/policy.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { policySpec } from "../../spec/toktra/policy";
import { list, lookup } from "../core/data-source";
import { prepare, providerOf } from "../core/resource";
import type { PolicyActions, PolicyConditions, PolicyType, Severity } from "./types";

const impl = providerOf(policySpec);

/** The arguments of a {@link Policy}. */
export interface PolicyArgs {
  /** Display name. */
  name: pulumi.Input<string>;
  /** Free-text description. */
  description?: pulumi.Input<string>;
  /** `token_limit`, `provider_block` or `model_restrict`. Changing it replaces the policy. */
  type: pulumi.Input<PolicyType>;
  /** `low`, `medium`, `high` or `critical`. Defaults to medium. */
  severity?: pulumi.Input<Severity>;
  /** Whether the policy is enforced. Defaults to true. */
  enabled?: pulumi.Input<boolean>;
  /** When the policy matches, as an object or a JSON string in Toktra's keys (`max_tokens`, `providers`, `models`, attribute operators). Compared by meaning. */
  conditions: pulumi.Input<PolicyConditions> | pulumi.Input<string>;
  /** What happens on a match, as an object or a JSON string: `action` (allow, block, alert, require_approval), `notify` (emails), `slack_alert`. Compared by meaning. */
  actions: pulumi.Input<PolicyActions> | pulumi.Input<string>;
}

/**
 * A Toktra governance policy: a token limit, a provider block or a model restriction, with what to do when it matches.
 *
 * Import id: `id`, e.g. `pol_4f1c2a9e7b3d`. The Terraform provider's `toktra_policy`.
 */
export class Policy extends pulumi.dynamic.Resource {
  /** Display name. */
  declare public readonly name: pulumi.Output<string>;
  /** Free-text description. */
  declare public readonly description: pulumi.Output<string | undefined>;
  /** `token_limit`, `provider_block` or `model_restrict`. Changing it replaces the policy. */
  declare public readonly type: pulumi.Output<PolicyType>;
  /** `low`, `medium`, `high` or `critical`. Defaults to medium. */
  declare public readonly severity: pulumi.Output<Severity | undefined>;
  /** Whether the policy is enforced. Defaults to true. */
  declare public readonly enabled: pulumi.Output<boolean | undefined>;
  /** When the policy matches, as an object or a JSON string in Toktra's keys (`max_tokens`, `providers`, `models`, attribute operators). Compared by meaning. */
  declare public readonly conditions: pulumi.Output<PolicyConditions | string>;
  /** What happens on a match, as an object or a JSON string: `action` (allow, block, alert, require_approval), `notify` (emails), `slack_alert`. Compared by meaning. */
  declare public readonly actions: pulumi.Output<PolicyActions | string>;
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
  /** Display name. */
  name: string;
  /** Free-text description. */
  description?: string;
  /** `token_limit`, `provider_block` or `model_restrict`. Changing it replaces the policy. */
  type: PolicyType;
  /** `low`, `medium`, `high` or `critical`. Defaults to medium. */
  severity?: Severity;
  /** Whether the policy is enforced. Defaults to true. */
  enabled?: boolean;
  /** When the policy matches, as an object or a JSON string in Toktra's keys (`max_tokens`, `providers`, `models`, attribute operators). Compared by meaning. */
  conditions: PolicyConditions;
  /** What happens on a match, as an object or a JSON string: `action` (allow, block, alert, require_approval), `notify` (emails), `slack_alert`. Compared by meaning. */
  actions: PolicyActions;
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
