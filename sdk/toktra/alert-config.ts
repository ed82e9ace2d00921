// Generated from spec/toktra/alert-config.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { alertConfigSpec } from "../../spec/toktra/alert-config";
import { list, lookup } from "../core/data-source";
import { prepare, providerOf } from "../core/resource";
import type { AlertChannels, AlertChannelsArgs, Severity } from "./types";

const impl = providerOf(alertConfigSpec);

/** The arguments of an {@link AlertConfig}. */
export interface AlertConfigArgs {
  /** Human-readable name. */
  name: pulumi.Input<string>;
  /** The notification channel objects, as a list or a JSON string: `{type: slack, channel_id}`, `{type: email, address}`, `{type: webhook, url}`. Compared by meaning. */
  channels: pulumi.Input<AlertChannelsArgs> | pulumi.Input<string>;
  /** Severities to route (low, medium, high, critical); every severity when left out. */
  severityFilter?: pulumi.Input<pulumi.Input<Severity>[]>;
  /** Whether alerts are routed. Defaults to true. */
  enabled?: pulumi.Input<boolean>;
}

/**
 * Toktra alert routing: which channels hear about alerts of which severities.
 *
 * Import id: `id`, e.g. `9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d`. The Terraform provider's `toktra_alert_config`.
 */
export class AlertConfig extends pulumi.dynamic.Resource {
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
    const p = prepare(impl.spec, name, args, opts);
    super(impl, name, p.props, p.opts, "toktra", "AlertConfig");
  }
}

/** An AlertConfig as the API shows it, from its data sources. */
export interface GetAlertConfigResult {
  /** The object's id. */
  id: string;
  /** Human-readable name. */
  name: string;
  /** The notification channel objects, as a list or a JSON string: `{type: slack, channel_id}`, `{type: email, address}`, `{type: webhook, url}`. Compared by meaning. */
  channels: AlertChannels;
  /** Severities to route (low, medium, high, critical); every severity when left out. */
  severityFilter?: Severity[];
  /** Whether alerts are routed. Defaults to true. */
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
