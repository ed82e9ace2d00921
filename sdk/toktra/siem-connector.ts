// Generated from spec/toktra/siem-connector.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { siemConnectorSpec } from "../../spec/toktra/siem-connector";
import { list, lookup } from "../core/data-source";
import { prepare, providerOf } from "../core/resource";
import type { AlertType, Severity } from "./types";

const impl = providerOf(siemConnectorSpec);

/** The arguments of a {@link SiemConnector}. */
export interface SiemConnectorArgs {
  /** Display name. */
  name: pulumi.Input<string>;
  /** `splunk`, `datadog` or `elasticsearch`. Changing it replaces the connector. */
  type: pulumi.Input<"splunk" | "datadog" | "elasticsearch">;
  /** Where events go: the Splunk HEC URL (Toktra appends /services/collector/event), the Datadog site or the Elasticsearch URL. https only. */
  endpoint: pulumi.Input<string>;
  /**
   * The SIEM's credential: a Splunk HEC token, a Datadog API key or an Elasticsearch API key. Write-only: Toktra never returns it, so state keeps only a salted fingerprint.
   *
   * A secret: Pulumi keeps it encrypted.
   */
  token: pulumi.Input<string>;
  /**
   * Secret Toktra signs each event with (HMAC-SHA256), for the SIEM to verify. Write-only: Toktra never returns it, so state keeps only a salted fingerprint.
   *
   * A secret: Pulumi keeps it encrypted.
   */
  signingSecret?: pulumi.Input<string>;
  /** Event types to send (policy_violation, budget_exceeded, anomaly_detected, security_event); every type when left out. If given, at least one. */
  eventTypes?: pulumi.Input<pulumi.Input<AlertType>[]>;
  /** Least severity of the events sent. Defaults to low. */
  minSeverity?: pulumi.Input<Severity>;
  /** Whether events are sent. Defaults to true. */
  active?: pulumi.Input<boolean>;
}

/**
 * A Toktra SIEM connector: where Toktra sends policy violations, budget alerts, anomalies and security events.
 *
 * Import id: `id`, e.g. `siem_9b2e51c07d4a`. The Terraform provider's `toktra_siem_config`.
 */
export class SiemConnector extends pulumi.dynamic.Resource {
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
    const p = prepare(impl.spec, name, args, opts);
    super(impl, name, p.props, p.opts, "toktra", "SiemConnector");
  }
}

/** A SiemConnector as the API shows it, from its data sources. */
export interface GetSiemConnectorResult {
  /** The object's id. */
  id: string;
  /** Display name. */
  name: string;
  /** `splunk`, `datadog` or `elasticsearch`. Changing it replaces the connector. */
  type: "splunk" | "datadog" | "elasticsearch";
  /** Where events go: the Splunk HEC URL (Toktra appends /services/collector/event), the Datadog site or the Elasticsearch URL. https only. */
  endpoint: string;
  /** Event types to send (policy_violation, budget_exceeded, anomaly_detected, security_event); every type when left out. If given, at least one. */
  eventTypes?: AlertType[];
  /** Least severity of the events sent. Defaults to low. */
  minSeverity?: Severity;
  /** Whether events are sent. Defaults to true. */
  active?: boolean;
  /** When the object was created (ISO 8601). */
  createdAt?: string;
  /** When the object was last updated (ISO 8601). */
  updatedAt?: string;
}

/** Looks up one SIEM connector by id. */
export function getSiemConnector(args: { id: string }): Promise<GetSiemConnectorResult> {
  return lookup<GetSiemConnectorResult>(impl.spec, "getSiemConnector", args);
}

/** {@link getSiemConnector}, with arguments that may be Outputs. */
export function getSiemConnectorOutput(args: { id: pulumi.Input<string> }): pulumi.Output<GetSiemConnectorResult> {
  return pulumi.output(args).apply(getSiemConnector);
}

/** Lists every SIEM connector of the organization. */
export function getSiemConnectors(): Promise<{ connectors: GetSiemConnectorResult[] }> {
  return list<GetSiemConnectorResult, "connectors">(impl.spec, "getSiemConnectors");
}

/** {@link getSiemConnectors}, as an Output. */
export function getSiemConnectorsOutput(): pulumi.Output<{ connectors: GetSiemConnectorResult[] }> {
  return pulumi.output(getSiemConnectors());
}
