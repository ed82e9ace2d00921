// Generated from spec/toktra/alert-config.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { alertConfigSpec } from "../../../spec/toktra/alert-config";
import { nativeProps } from "../core";
import type { AlertConfigArgs, GetAlertConfigResult } from "../../toktra/alert-config";
import type { AlertChannels, Severity } from "../../toktra/types";

export type { AlertConfigArgs, GetAlertConfigResult };

/**
 * Toktra alert routing: which channels hear about alerts of which severities.
 *
 * Import id: `id`, e.g. `9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d`. The Terraform provider's `toktra_alert_config`.
 *
 * Served by the native plugin `aigov`.
 */
export class AlertConfig extends pulumi.CustomResource {
  /** Human-readable name. */
  declare public readonly name: pulumi.Output<string>;
  /** The notification channel objects, as a list or a JSON string: `{type: slack, channel_id}`, `{type: email, address}`, `{type: webhook, url}`. Compared by meaning. */
  declare public readonly channels: pulumi.Output<AlertChannels | string>;
  /** Severities to route (low, medium, high, critical); every severity when left out. */
  declare public readonly severityFilter: pulumi.Output<Severity[] | undefined>;
  /** Whether alerts are routed. Defaults to true. */
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
