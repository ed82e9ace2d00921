import * as pulumi from "@pulumi/pulumi";
import { policySpec } from "../../spec/toktra/policy";
import { byIdSources } from "../core/data-source";
import { prepare, providerOf } from "../core/resource";
import type { Severity } from "./types";

const impl = providerOf(policySpec);

export type PolicyType = "token_limit" | "provider_block" | "model_restrict";

/** `conditions` in Toktra's keys; each type needs its own key. */
export interface PolicyConditions {
  /** token_limit: the most tokens a request may use (>= 1). */
  max_tokens?: number;
  /** provider_block: the AI providers to block. */
  providers?: string[];
  /** model_restrict: the models the policy is about. */
  models?: string[];
  [attribute: string]: unknown;
}

export interface PolicyActions {
  action: "allow" | "block" | "alert" | "require_approval";
  /** Emails to notify on a match. */
  notify?: string[];
  slack_alert?: boolean;
}

export interface PolicyArgs {
  name: pulumi.Input<string>;
  description?: pulumi.Input<string>;
  /** Changing it replaces the policy. */
  type: pulumi.Input<PolicyType>;
  severity?: pulumi.Input<Severity>;
  enabled?: pulumi.Input<boolean>;
  /** An object or a JSON string; compared by meaning. Must not be empty. */
  conditions: pulumi.Input<PolicyConditions> | pulumi.Input<string>;
  /** An object or a JSON string; compared by meaning. */
  actions: pulumi.Input<PolicyActions> | pulumi.Input<string>;
}

/** A Toktra governance policy. Import id: the policy id. */
export class Policy extends pulumi.dynamic.Resource {
  declare public readonly name: pulumi.Output<string>;
  declare public readonly description: pulumi.Output<string | undefined>;
  declare public readonly type: pulumi.Output<PolicyType>;
  declare public readonly severity: pulumi.Output<Severity | undefined>;
  declare public readonly enabled: pulumi.Output<boolean | undefined>;
  declare public readonly conditions: pulumi.Output<PolicyConditions | string>;
  declare public readonly actions: pulumi.Output<PolicyActions | string>;
  declare public readonly orgId: pulumi.Output<string>;
  declare public readonly createdAt: pulumi.Output<string>;
  declare public readonly updatedAt: pulumi.Output<string>;

  constructor(name: string, args: PolicyArgs, opts?: pulumi.CustomResourceOptions) {
    const p = prepare(impl.spec, name, args, opts);
    super(impl, name, p.props, p.opts, "toktra", "Policy");
  }
}

export interface GetPolicyResult {
  id: string;
  name: string;
  description?: string;
  type: PolicyType;
  severity?: Severity;
  enabled?: boolean;
  conditions: PolicyConditions;
  actions: PolicyActions;
  orgId?: string;
  createdAt?: string;
  updatedAt?: string;
}

/** `getPolicy({ id })` looks up one policy; `getPolicies()` lists every policy of the organization. */
export const {
  one: getPolicy,
  oneOutput: getPolicyOutput,
  all: getPolicies,
  allOutput: getPoliciesOutput,
} = byIdSources<GetPolicyResult, "policies">(impl.spec, "policies");
