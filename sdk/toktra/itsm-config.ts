// Generated from spec/toktra/itsm-config.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { itsmConfigSpec } from "../../spec/toktra/itsm-config";
import { list, lookup } from "../core/data-source";
import { prepare, providerOf } from "../core/resource";
import type { ItsmCredentialsArgs, ItsmProviderType } from "./types";

const impl = providerOf(itsmConfigSpec);

/** The arguments of an {@link ItsmConfig}. */
export interface ItsmConfigArgs {
  /** Human-readable name. */
  name: pulumi.Input<string>;
  /** `servicenow` or `jira`. Changing it replaces the object. */
  providerType: pulumi.Input<ItsmProviderType>;
  /** The ITSM instance base URL, e.g. https://company.atlassian.net. https only. */
  instanceUrl: pulumi.Input<string>;
  /** The credential object, as an object or a JSON string; the keys depend on `providerType`. A secret, write-only: state keeps only a salted fingerprint. */
  credentials: pulumi.Input<ItsmCredentialsArgs> | pulumi.Input<string>;
  /** The default Jira project key or ServiceNow assignment group. */
  defaultProject?: pulumi.Input<string>;
  /** The default issue type. Defaults to "Bug". */
  defaultIssueType?: pulumi.Input<string>;
  /** Whether the connector is active. Defaults to true. */
  isActive?: pulumi.Input<boolean>;
}

/**
 * A Toktra ITSM connector: incidents in ServiceNow or issues in Jira Cloud.
 *
 * Import id: `id`, e.g. `6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b`. The Terraform provider's `toktra_itsm_config`.
 */
export class ItsmConfig extends pulumi.dynamic.Resource {
  /** Human-readable name. */
  declare public readonly name: pulumi.Output<string>;
  /** `servicenow` or `jira`. Changing it replaces the object. */
  declare public readonly providerType: pulumi.Output<ItsmProviderType>;
  /** The ITSM instance base URL, e.g. https://company.atlassian.net. https only. */
  declare public readonly instanceUrl: pulumi.Output<string>;
  /** The credential object, as an object or a JSON string; the keys depend on `providerType`. A secret, write-only: state keeps only a salted fingerprint. */
  declare public readonly credentials: pulumi.Output<string>;
  /** The default Jira project key or ServiceNow assignment group. */
  declare public readonly defaultProject: pulumi.Output<string | undefined>;
  /** The default issue type. Defaults to "Bug". */
  declare public readonly defaultIssueType: pulumi.Output<string | undefined>;
  /** Whether the connector is active. Defaults to true. */
  declare public readonly isActive: pulumi.Output<boolean | undefined>;
  /** When the object was created (ISO 8601). */
  declare public readonly createdAt: pulumi.Output<string>;
  /** When the object was last updated (ISO 8601). */
  declare public readonly updatedAt: pulumi.Output<string>;

  constructor(name: string, args: ItsmConfigArgs, opts?: pulumi.CustomResourceOptions) {
    const p = prepare(impl.spec, name, args, opts);
    super(impl, name, p.props, p.opts, "toktra", "ItsmConfig");
  }
}

/** An ItsmConfig as the API shows it, from its data sources. */
export interface GetItsmConfigResult {
  /** The object's id. */
  id: string;
  /** Human-readable name. */
  name: string;
  /** `servicenow` or `jira`. Changing it replaces the object. */
  providerType: ItsmProviderType;
  /** The ITSM instance base URL, e.g. https://company.atlassian.net. https only. */
  instanceUrl: string;
  /** The default Jira project key or ServiceNow assignment group. */
  defaultProject?: string;
  /** The default issue type. Defaults to "Bug". */
  defaultIssueType?: string;
  /** Whether the connector is active. Defaults to true. */
  isActive?: boolean;
  /** When the object was created (ISO 8601). */
  createdAt?: string;
  /** When the object was last updated (ISO 8601). */
  updatedAt?: string;
}

/** Looks up one ITSM connector by id. */
export function getItsmConfig(args: { id: string }): Promise<GetItsmConfigResult> {
  return lookup<GetItsmConfigResult>(impl.spec, "getItsmConfig", args);
}

/** {@link getItsmConfig}, with arguments that may be Outputs. */
export function getItsmConfigOutput(args: { id: pulumi.Input<string> }): pulumi.Output<GetItsmConfigResult> {
  return pulumi.output(args).apply(getItsmConfig);
}

/** Lists every ITSM connector of the organization. */
export function getItsmConfigs(): Promise<{ configs: GetItsmConfigResult[] }> {
  return list<GetItsmConfigResult, "configs">(impl.spec, "getItsmConfigs");
}

/** {@link getItsmConfigs}, as an Output. */
export function getItsmConfigsOutput(): pulumi.Output<{ configs: GetItsmConfigResult[] }> {
  return pulumi.output(getItsmConfigs());
}
