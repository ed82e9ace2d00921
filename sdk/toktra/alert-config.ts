import * as pulumi from "@pulumi/pulumi";
import { alertConfigSpec } from "../../spec/toktra/alert-config";
import { byIdSources } from "../core/data-source";
import { prepare, providerOf } from "../core/resource";
import type { AlertType, Severity } from "./types";

const impl = providerOf(alertConfigSpec);

/** At least one channel. */
export interface AlertChannels {
  emails?: string[];
  /** https only. */
  webhookUrl?: string;
  /** e.g. `#ai-alerts`. */
  slackChannel?: string;
}

export interface AlertConfigArgs {
  name: pulumi.Input<string>;
  /** Changing it replaces the configuration. */
  alertType: pulumi.Input<AlertType>;
  minSeverity?: pulumi.Input<Severity>;
  /** An object or a JSON string; compared by meaning. */
  channels: pulumi.Input<AlertChannels> | pulumi.Input<string>;
  enabled?: pulumi.Input<boolean>;
}

/** A Toktra alert configuration. Import id: its id. */
export class AlertConfig extends pulumi.dynamic.Resource {
  declare public readonly name: pulumi.Output<string>;
  declare public readonly alertType: pulumi.Output<AlertType>;
  declare public readonly minSeverity: pulumi.Output<Severity | undefined>;
  declare public readonly channels: pulumi.Output<AlertChannels | string>;
  declare public readonly enabled: pulumi.Output<boolean | undefined>;
  declare public readonly createdAt: pulumi.Output<string>;
  declare public readonly updatedAt: pulumi.Output<string>;

  constructor(name: string, args: AlertConfigArgs, opts?: pulumi.CustomResourceOptions) {
    const p = prepare(impl.spec, name, args, opts);
    super(impl, name, p.props, p.opts, "toktra", "AlertConfig");
  }
}

export interface GetAlertConfigResult {
  id: string;
  name: string;
  alertType: AlertType;
  minSeverity?: Severity;
  channels: AlertChannels;
  enabled?: boolean;
  createdAt?: string;
  updatedAt?: string;
}

/** `getAlertConfig({ id })` looks up one configuration; `getAlertConfigs()` lists them all. */
export const {
  one: getAlertConfig,
  oneOutput: getAlertConfigOutput,
  all: getAlertConfigs,
  allOutput: getAlertConfigsOutput,
} = byIdSources<GetAlertConfigResult, "alertConfigs">(impl.spec, "alertConfigs");
