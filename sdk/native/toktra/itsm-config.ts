// Generated from spec/toktra/itsm-config.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { itsmConfigSpec } from "../../../spec/toktra/itsm-config";
import { nativeProps } from "../core";
import type { ItsmConfigArgs, GetItsmConfigResult } from "../../toktra/itsm-config";
import type { ItsmProviderType } from "../../toktra/types";

export type { ItsmConfigArgs, GetItsmConfigResult };

/**
 * A Toktra ITSM connector: incidents in ServiceNow or issues in Jira Cloud.
 *
 * Import id: `id`, e.g. `6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b`. The Terraform provider's `toktra_itsm_config`.
 *
 * Served by the native plugin `aigov`.
 */
export class ItsmConfig extends pulumi.CustomResource {
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
    const p = nativeProps(itsmConfigSpec, name, args, opts);
    super("aigov:toktra:ItsmConfig", name, p.props, p.opts);
  }
}

/**
 * Looks up one ITSM connector by id.
 *
 * Served by the plugin as an invoke.
 */
export function getItsmConfig(args: { id: string }, opts?: pulumi.InvokeOptions): Promise<GetItsmConfigResult> {
  return pulumi.runtime.invoke("aigov:toktra:getItsmConfig", args, opts);
}

/** {@link getItsmConfig}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getItsmConfigOutput(args: { id: pulumi.Input<string> }, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetItsmConfigResult> {
  return pulumi.runtime.invokeOutput("aigov:toktra:getItsmConfig", args, opts);
}

/**
 * Lists every ITSM connector of the organization.
 *
 * Served by the plugin as an invoke.
 */
export function getItsmConfigs(args: Record<string, never> = {}, opts?: pulumi.InvokeOptions): Promise<{ configs: GetItsmConfigResult[] }> {
  return pulumi.runtime.invoke("aigov:toktra:getItsmConfigs", args, opts);
}

/** {@link getItsmConfigs}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getItsmConfigsOutput(args: Record<string, never> = {}, opts?: pulumi.InvokeOutputOptions): pulumi.Output<{ configs: GetItsmConfigResult[] }> {
  return pulumi.runtime.invokeOutput("aigov:toktra:getItsmConfigs", args, opts);
}
