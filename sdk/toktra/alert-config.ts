// Generated from spec/toktra/alert-config.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { alertConfigSpec } from "../../spec/toktra/alert-config";
import { list, lookup } from "../core/data-source";
import { prepare, providerOf } from "../core/resource";
import type { AlertChannels, AlertType, Severity } from "./types";

const impl = providerOf(alertConfigSpec);

/** The arguments of an {@link AlertConfig}. */
export interface AlertConfigArgs {
  /** Display name. */
  name: pulumi.Input<string>;
  /** The alert type: policy_violation, budget_exceeded, anomaly_detected, security_event. Changing it replaces the configuration. */
  alertType: pulumi.Input<AlertType>;
  /** Least severity that alerts. Defaults to low. */
  minSeverity?: pulumi.Input<Severity>;
  /** Where alerts go, as an object or a JSON string: `emails`, an https `webhookUrl`, a `slackChannel`; at least one. */
  channels: pulumi.Input<AlertChannels> | pulumi.Input<string>;
  /** Whether alerts are sent. Defaults to true. */
  enabled?: pulumi.Input<boolean>;
}

/**
 * A Toktra alert configuration: for one alert type at or above a severity, the channels that are told.
 *
 * Import id: `id`, e.g. `alc_7e4b2d90a1f3`. The Terraform provider's `toktra_alert_config`.
 */
export class AlertConfig extends pulumi.dynamic.Resource {
  /** Display name. */
  declare public readonly name: pulumi.Output<string>;
  /** The alert type: policy_violation, budget_exceeded, anomaly_detected, security_event. Changing it replaces the configuration. */
  declare public readonly alertType: pulumi.Output<AlertType>;
  /** Least severity that alerts. Defaults to low. */
  declare public readonly minSeverity: pulumi.Output<Severity | undefined>;
  /** Where alerts go, as an object or a JSON string: `emails`, an https `webhookUrl`, a `slackChannel`; at least one. */
  declare public readonly channels: pulumi.Output<AlertChannels | string>;
  /** Whether alerts are sent. Defaults to true. */
  declare public readonly enabled: pulumi.Output<boolean | undefined>;
  /** When the object was created (ISO 8601). */
  declare public readonly createdAt: pulumi.Output<string>;
  /** When the object was last updated (ISO 8601). */
  declare public readonly updatedAt: pulumi.Output<string>;

  constructor(name: string, args: AlertConfigArgs, opts?: pulumi.CustomResourceOptions) {
    const p = prepare(impl.spec, name, args, opts);
    super(impl, name, p.props, p.opts, "toktra", "AlertConfig");
  }
}

/** An AlertConfig as the API shows it, from its data sources. */
export interface GetAlertConfigResult {
  /** The object's id. */
  id: string;
  /** Display name. */
  name: string;
  /** The alert type: policy_violation, budget_exceeded, anomaly_detected, security_event. Changing it replaces the configuration. */
  alertType: AlertType;
  /** Least severity that alerts. Defaults to low. */
  minSeverity?: Severity;
  /** Where alerts go, as an object or a JSON string: `emails`, an https `webhookUrl`, a `slackChannel`; at least one. */
  channels: AlertChannels;
  /** Whether alerts are sent. Defaults to true. */
  enabled?: boolean;
  /** When the object was created (ISO 8601). */
  createdAt?: string;
  /** When the object was last updated (ISO 8601). */
  updatedAt?: string;
}

/** Looks up one alert configuration by id. */
export function getAlertConfig(args: { id: string }): Promise<GetAlertConfigResult> {
  return lookup<GetAlertConfigResult>(impl.spec, "getAlertConfig", args);
}

/** {@link getAlertConfig}, with arguments that may be Outputs. */
export function getAlertConfigOutput(args: { id: pulumi.Input<string> }): pulumi.Output<GetAlertConfigResult> {
  return pulumi.output(args).apply(getAlertConfig);
}

/** Lists every alert configuration of the organization. */
export function getAlertConfigs(): Promise<{ alertConfigs: GetAlertConfigResult[] }> {
  return list<GetAlertConfigResult, "alertConfigs">(impl.spec, "getAlertConfigs");
}

/** {@link getAlertConfigs}, as an Output. */
export function getAlertConfigsOutput(): pulumi.Output<{ alertConfigs: GetAlertConfigResult[] }> {
  return pulumi.output(getAlertConfigs());
}
