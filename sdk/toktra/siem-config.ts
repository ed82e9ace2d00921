// Generated from spec/toktra/siem-config.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { siemConfigSpec } from "../../spec/toktra/siem-config";
import { list, lookup } from "../core/data-source";
import { prepare, providerOf } from "../core/resource";
import type { SiemCredentialsArgs, SiemEventsFilter, SiemEventsFilterArgs, SiemProviderType } from "./types";

const impl = providerOf(siemConfigSpec);

/** The arguments of a {@link SiemConfig}. */
export interface SiemConfigArgs {
  /** Human-readable name. */
  name: pulumi.Input<string>;
  /** `splunk`, `datadog`, `elastic` or `generic`. Changing it replaces the object. */
  providerType: pulumi.Input<SiemProviderType>;
  /** The SIEM endpoint URL, e.g. the Splunk HEC URL (Toktra appends /services/collector/event). https only. */
  endpoint: pulumi.Input<string>;
  /** The credential object, as an object or a JSON string; the keys depend on `providerType`. A secret, write-only: state keeps only a salted fingerprint. */
  credentials: pulumi.Input<SiemCredentialsArgs> | pulumi.Input<string>;
  /** The event filter object, as an object or a JSON string in Toktra's keys; every event when left out. Compared by meaning. */
  eventsFilter?: pulumi.Input<SiemEventsFilterArgs> | pulumi.Input<string>;
  /** Whether the connector is active. Defaults to true. */
  isActive?: pulumi.Input<boolean>;
}

/**
 * A Toktra SIEM connector: where Toktra streams its security events (Splunk, Datadog, Elasticsearch or a generic endpoint).
 *
 * Import id: `id`, e.g. `1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed`. The Terraform provider's `toktra_siem_config`.
 */
export class SiemConfig extends pulumi.dynamic.Resource {
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
    const p = prepare(impl.spec, name, args, opts);
    super(impl, name, p.props, p.opts, "toktra", "SiemConfig");
  }
}

/** A SiemConfig as the API shows it, from its data sources. */
export interface GetSiemConfigResult {
  /** The object's id. */
  id: string;
  /** Human-readable name. */
  name: string;
  /** `splunk`, `datadog`, `elastic` or `generic`. Changing it replaces the object. */
  providerType: SiemProviderType;
  /** The SIEM endpoint URL, e.g. the Splunk HEC URL (Toktra appends /services/collector/event). https only. */
  endpoint: string;
  /** The event filter object, as an object or a JSON string in Toktra's keys; every event when left out. Compared by meaning. */
  eventsFilter?: SiemEventsFilter;
  /** Whether the connector is active. Defaults to true. */
  isActive?: boolean;
  /** When the object was created (ISO 8601). */
  createdAt?: string;
  /** When the object was last updated (ISO 8601). */
  updatedAt?: string;
}

/** Looks up one SIEM connector by id. */
export function getSiemConfig(args: { id: string }): Promise<GetSiemConfigResult> {
  return lookup<GetSiemConfigResult>(impl.spec, "getSiemConfig", args);
}

/** {@link getSiemConfig}, with arguments that may be Outputs. */
export function getSiemConfigOutput(args: { id: pulumi.Input<string> }): pulumi.Output<GetSiemConfigResult> {
  return pulumi.output(args).apply(getSiemConfig);
}

/** Lists every SIEM connector of the organization. */
export function getSiemConfigs(): Promise<{ configs: GetSiemConfigResult[] }> {
  return list<GetSiemConfigResult, "configs">(impl.spec, "getSiemConfigs");
}

/** {@link getSiemConfigs}, as an Output. */
export function getSiemConfigsOutput(): pulumi.Output<{ configs: GetSiemConfigResult[] }> {
  return pulumi.output(getSiemConfigs());
}
