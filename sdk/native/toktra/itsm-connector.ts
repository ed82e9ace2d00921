// Generated from spec/toktra/itsm-connector.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { itsmConnectorSpec } from "../../../spec/toktra/itsm-connector";
import { nativeProps } from "../core";
import type { ItsmConnectorArgs, GetItsmConnectorResult } from "../../toktra/itsm-connector";

export type { ItsmConnectorArgs, GetItsmConnectorResult };

/**
 * A Toktra ITSM connector: incidents in ServiceNow or issues in Jira Cloud for policy violations and alerts.
 *
 * Import id: `id`, e.g. `itsm_c31f8a0e64b9`. The Terraform provider's `toktra_itsm_config`.
 *
 * Served by the native plugin `aigov`.
 */
export class ItsmConnector extends pulumi.CustomResource {
  /** Display name. */
  declare public readonly name: pulumi.Output<string>;
  /** `servicenow` or `jira`. Changing it replaces the connector. */
  declare public readonly type: pulumi.Output<"servicenow" | "jira">;
  /** The ServiceNow instance (https://<instance>.service-now.com) or the Jira Cloud site (https://<site>.atlassian.net). https only. */
  declare public readonly instanceUrl: pulumi.Output<string>;
  /** ServiceNow: the user Toktra signs in as. */
  declare public readonly username: pulumi.Output<string | undefined>;
  /**
   * ServiceNow: that user's password. Write-only: Toktra never returns it, so state keeps only a salted fingerprint.
   *
   * A secret: Pulumi keeps it encrypted.
   */
  declare public readonly password: pulumi.Output<string | undefined>;
  /** ServiceNow: the group new incidents are assigned to. */
  declare public readonly assignmentGroup: pulumi.Output<string | undefined>;
  /** Jira: the Atlassian account's email. */
  declare public readonly email: pulumi.Output<string | undefined>;
  /**
   * Jira: the Atlassian account's API token. Write-only: Toktra never returns it, so state keeps only a salted fingerprint.
   *
   * A secret: Pulumi keeps it encrypted.
   */
  declare public readonly apiToken: pulumi.Output<string | undefined>;
  /** Jira: the project issues are filed in, e.g. `SEC`. */
  declare public readonly projectKey: pulumi.Output<string | undefined>;
  /** Jira: the issue type, e.g. `Task`; Jira's default when left out. */
  declare public readonly issueType: pulumi.Output<string | undefined>;
  /** Whether tickets are opened. Defaults to true. */
  declare public readonly active: pulumi.Output<boolean | undefined>;
  /** When the object was created (ISO 8601). */
  declare public readonly createdAt: pulumi.Output<string>;
  /** When the object was last updated (ISO 8601). */
  declare public readonly updatedAt: pulumi.Output<string>;

  constructor(name: string, args: ItsmConnectorArgs, opts?: pulumi.CustomResourceOptions) {
    const p = nativeProps(itsmConnectorSpec, name, args, opts);
    super("aigov:toktra:ItsmConnector", name, p.props, p.opts);
  }
}

/**
 * Looks up one ITSM connector by id.
 *
 * Served by the plugin as an invoke.
 */
export function getItsmConnector(args: { id: string }, opts?: pulumi.InvokeOptions): Promise<GetItsmConnectorResult> {
  return pulumi.runtime.invoke("aigov:toktra:getItsmConnector", args, opts);
}

/** {@link getItsmConnector}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getItsmConnectorOutput(args: { id: pulumi.Input<string> }, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetItsmConnectorResult> {
  return pulumi.runtime.invokeOutput("aigov:toktra:getItsmConnector", args, opts);
}

/**
 * Lists every ITSM connector of the organization.
 *
 * Served by the plugin as an invoke.
 */
export function getItsmConnectors(args: Record<string, never> = {}, opts?: pulumi.InvokeOptions): Promise<{ connectors: GetItsmConnectorResult[] }> {
  return pulumi.runtime.invoke("aigov:toktra:getItsmConnectors", args, opts);
}

/** {@link getItsmConnectors}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getItsmConnectorsOutput(args: Record<string, never> = {}, opts?: pulumi.InvokeOutputOptions): pulumi.Output<{ connectors: GetItsmConnectorResult[] }> {
  return pulumi.runtime.invokeOutput("aigov:toktra:getItsmConnectors", args, opts);
}
