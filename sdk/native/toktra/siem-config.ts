// Generated from spec/toktra/siem-config.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { siemConfigSpec } from "../../../spec/toktra/siem-config";
import { nativeProps } from "../core";
import type { SiemConfigArgs, GetSiemConfigResult } from "../../toktra/siem-config";
import type { SiemEventsFilter, SiemProviderType } from "../../toktra/types";

export type { SiemConfigArgs, GetSiemConfigResult };

/**
 * A Toktra SIEM connector: where Toktra streams its security events (Splunk, Datadog, Elasticsearch or a generic endpoint).
 *
 * Import id: `id`, e.g. `1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed`. The Terraform provider's `toktra_siem_config`.
 *
 * Served by the native plugin `aigov`.
 */
export class SiemConfig extends pulumi.CustomResource {
  /** Human-readable name. */
  declare public readonly name: pulumi.Output<string>;
  /** `splunk`, `datadog`, `elastic` or `generic`. Changing it replaces the object. */
  declare public readonly providerType: pulumi.Output<SiemProviderType>;
  /** The SIEM endpoint URL, e.g. the Splunk HEC URL (Toktra appends /services/collector/event). https only. */
  declare public readonly endpoint: pulumi.Output<string>;
  /** The credential object, as an object or a JSON string; the keys depend on `providerType`. A secret, write-only: state keeps only a salted fingerprint. */
  declare public readonly credentials: pulumi.Output<string>;
  /** The event filter object, as an object or a JSON string in Toktra's keys; every event when left out. Compared by meaning. */
  declare public readonly eventsFilter: pulumi.Output<SiemEventsFilter | string | undefined>;
  /** Whether the connector is active. Defaults to true. */
  declare public readonly isActive: pulumi.Output<boolean | undefined>;
  /** When the object was created (ISO 8601). */
  declare public readonly createdAt: pulumi.Output<string>;
  /** When the object was last updated (ISO 8601). */
  declare public readonly updatedAt: pulumi.Output<string>;

  constructor(name: string, args: SiemConfigArgs, opts?: pulumi.CustomResourceOptions) {
    const p = nativeProps(siemConfigSpec, name, args, opts);
    super("aigov:toktra:SiemConfig", name, p.props, p.opts);
  }
}

/**
 * Looks up one SIEM connector by id.
 *
 * Served by the plugin as an invoke.
 */
export function getSiemConfig(args: { id: string }, opts?: pulumi.InvokeOptions): Promise<GetSiemConfigResult> {
  return pulumi.runtime.invoke("aigov:toktra:getSiemConfig", args, opts);
}

/** {@link getSiemConfig}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getSiemConfigOutput(args: { id: pulumi.Input<string> }, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetSiemConfigResult> {
  return pulumi.runtime.invokeOutput("aigov:toktra:getSiemConfig", args, opts);
}

/**
 * Lists every SIEM connector of the organization.
 *
 * Served by the plugin as an invoke.
 */
export function getSiemConfigs(args: Record<string, never> = {}, opts?: pulumi.InvokeOptions): Promise<{ configs: GetSiemConfigResult[] }> {
  return pulumi.runtime.invoke("aigov:toktra:getSiemConfigs", args, opts);
}

/** {@link getSiemConfigs}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getSiemConfigsOutput(args: Record<string, never> = {}, opts?: pulumi.InvokeOutputOptions): pulumi.Output<{ configs: GetSiemConfigResult[] }> {
  return pulumi.runtime.invokeOutput("aigov:toktra:getSiemConfigs", args, opts);
}
