// Generated from spec/toktra/siem-connector.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { siemConnectorSpec } from "../../../spec/toktra/siem-connector";
import { nativeProps } from "../core";
import type { SiemConnectorArgs, GetSiemConnectorResult } from "../../toktra/siem-connector";
import type { AlertType, Severity } from "../../toktra/types";

export type { SiemConnectorArgs, GetSiemConnectorResult };

/**
 * A Toktra SIEM connector: where Toktra sends policy violations, budget alerts, anomalies and security events.
 *
 * Import id: `id`, e.g. `siem_9b2e51c07d4a`. The Terraform provider's `toktra_siem_config`.
 *
 * Served by the native plugin `aigov`.
 */
export class SiemConnector extends pulumi.CustomResource {
  /** Display name. */
  declare public readonly name: pulumi.Output<string>;
  /** `splunk`, `datadog` or `elasticsearch`. Changing it replaces the connector. */
  declare public readonly type: pulumi.Output<"splunk" | "datadog" | "elasticsearch">;
  /** Where events go: the Splunk HEC URL (Toktra appends /services/collector/event), the Datadog site or the Elasticsearch URL. https only. */
  declare public readonly endpoint: pulumi.Output<string>;
  /**
   * The SIEM's credential: a Splunk HEC token, a Datadog API key or an Elasticsearch API key. Write-only: Toktra never returns it, so state keeps only a salted fingerprint.
   *
   * A secret: Pulumi keeps it encrypted.
   */
  declare public readonly token: pulumi.Output<string>;
  /**
   * Secret Toktra signs each event with (HMAC-SHA256), for the SIEM to verify. Write-only: Toktra never returns it, so state keeps only a salted fingerprint.
   *
   * A secret: Pulumi keeps it encrypted.
   */
  declare public readonly signingSecret: pulumi.Output<string | undefined>;
  /** Event types to send (policy_violation, budget_exceeded, anomaly_detected, security_event); every type when left out. If given, at least one. */
  declare public readonly eventTypes: pulumi.Output<AlertType[] | undefined>;
  /** Least severity of the events sent. Defaults to low. */
  declare public readonly minSeverity: pulumi.Output<Severity | undefined>;
  /** Whether events are sent. Defaults to true. */
  declare public readonly active: pulumi.Output<boolean | undefined>;
  /** When the object was created (ISO 8601). */
  declare public readonly createdAt: pulumi.Output<string>;
  /** When the object was last updated (ISO 8601). */
  declare public readonly updatedAt: pulumi.Output<string>;

  constructor(name: string, args: SiemConnectorArgs, opts?: pulumi.CustomResourceOptions) {
    const p = nativeProps(siemConnectorSpec, name, args, opts);
    super("aigov:toktra:SiemConnector", name, p.props, p.opts);
  }
}

/**
 * Looks up one SIEM connector by id.
 *
 * Served by the plugin as an invoke.
 */
export function getSiemConnector(args: { id: string }, opts?: pulumi.InvokeOptions): Promise<GetSiemConnectorResult> {
  return pulumi.runtime.invoke("aigov:toktra:getSiemConnector", args, opts);
}

/** {@link getSiemConnector}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getSiemConnectorOutput(args: { id: pulumi.Input<string> }, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetSiemConnectorResult> {
  return pulumi.runtime.invokeOutput("aigov:toktra:getSiemConnector", args, opts);
}

/**
 * Lists every SIEM connector of the organization.
 *
 * Served by the plugin as an invoke.
 */
export function getSiemConnectors(args: Record<string, never> = {}, opts?: pulumi.InvokeOptions): Promise<{ connectors: GetSiemConnectorResult[] }> {
  return pulumi.runtime.invoke("aigov:toktra:getSiemConnectors", args, opts);
}

/** {@link getSiemConnectors}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getSiemConnectorsOutput(args: Record<string, never> = {}, opts?: pulumi.InvokeOutputOptions): pulumi.Output<{ connectors: GetSiemConnectorResult[] }> {
  return pulumi.runtime.invokeOutput("aigov:toktra:getSiemConnectors", args, opts);
}
