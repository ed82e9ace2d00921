// Generated from spec/toktra/alert-config.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { alertConfigSpec } from "../../../spec/toktra/alert-config";
import { nativeProps } from "../core";
import type { AlertConfigArgs, GetAlertConfigResult } from "../../toktra/alert-config";
import type { AlertChannels, AlertType, Severity } from "../../toktra/types";

export type { AlertConfigArgs, GetAlertConfigResult };

/**
 * A Toktra alert configuration: for one alert type at or above a severity, the channels that are told.
 *
 * Import id: `id`, e.g. `alc_7e4b2d90a1f3`. The Terraform provider's `toktra_alert_config`.
 *
 * Served by the native plugin `aigov`.
 */
export class AlertConfig extends pulumi.CustomResource {
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
    const p = nativeProps(alertConfigSpec, name, args, opts);
    super("aigov:toktra:AlertConfig", name, p.props, p.opts);
  }
}

/**
 * Looks up one alert configuration by id.
 *
 * Served by the plugin as an invoke.
 */
export function getAlertConfig(args: { id: string }, opts?: pulumi.InvokeOptions): Promise<GetAlertConfigResult> {
  return pulumi.runtime.invoke("aigov:toktra:getAlertConfig", args, opts);
}

/** {@link getAlertConfig}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getAlertConfigOutput(args: { id: pulumi.Input<string> }, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetAlertConfigResult> {
  return pulumi.runtime.invokeOutput("aigov:toktra:getAlertConfig", args, opts);
}

/**
 * Lists every alert configuration of the organization.
 *
 * Served by the plugin as an invoke.
 */
export function getAlertConfigs(args: Record<string, never> = {}, opts?: pulumi.InvokeOptions): Promise<{ alertConfigs: GetAlertConfigResult[] }> {
  return pulumi.runtime.invoke("aigov:toktra:getAlertConfigs", args, opts);
}

/** {@link getAlertConfigs}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getAlertConfigsOutput(args: Record<string, never> = {}, opts?: pulumi.InvokeOutputOptions): pulumi.Output<{ alertConfigs: GetAlertConfigResult[] }> {
  return pulumi.runtime.invokeOutput("aigov:toktra:getAlertConfigs", args, opts);
}
