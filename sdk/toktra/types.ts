// Generated from spec/toktra/*.ts by `npm run gen`; do not edit.
// Value types of toktra resources, each declared once.
import * as pulumi from "@pulumi/pulumi";

/** One notification channel: a Slack channel, an email address or a webhook. */
export interface AlertChannel {
  /** `slack`, `email` or `webhook`. */
  type: "slack" | "email" | "webhook";
  /** slack: the channel id, e.g. `C12345678`. */
  channel_id?: string;
  /** email: the address. */
  address?: string;
  /** webhook: the URL. */
  url?: string;
  [key: string]: unknown;
}

/** One notification channel: a Slack channel, an email address or a webhook. */
export interface AlertChannelArgs {
  /** `slack`, `email` or `webhook`. */
  type: pulumi.Input<"slack" | "email" | "webhook">;
  /** slack: the channel id, e.g. `C12345678`. */
  channel_id?: pulumi.Input<string>;
  /** email: the address. */
  address?: pulumi.Input<string>;
  /** webhook: the URL. */
  url?: pulumi.Input<string>;
  [key: string]: unknown;
}

/** Notification channel objects, in Toktra's keys. */
export type AlertChannels = AlertChannel[];

/** Notification channel objects, in Toktra's keys. */
export type AlertChannelsArgs = pulumi.Input<AlertChannelArgs>[];

/** A SAML identity provider. */
export type IdentityProvider = "okta" | "azure_ad" | "google" | "onelogin" | "custom_saml";

/** Credentials in Toktra's keys; which are required depends on the provider type. */
export interface ItsmCredentialsArgs {
  /** jira: the Atlassian account's email. */
  email?: pulumi.Input<string>;
  /** jira: the account's API token. */
  api_token?: pulumi.Input<string>;
  /** servicenow: the user Toktra signs in as. */
  username?: pulumi.Input<string>;
  /** servicenow: that user's password. */
  password?: pulumi.Input<string>;
  [key: string]: unknown;
}

/** An ITSM product Toktra opens tickets in. */
export type ItsmProviderType = "servicenow" | "jira";

/** What happens when a policy matches, in Toktra's keys. */
export interface PolicyActions {
  /** What Toktra does, e.g. `alert` or `warn_and_notify`. */
  action?: string;
  /** Who is notified, e.g. `security@company.com`. */
  notify?: string[];
  /** Whether a Slack alert is sent. */
  slack_alert?: boolean;
  [key: string]: unknown;
}

/** What happens when a policy matches, in Toktra's keys. */
export interface PolicyActionsArgs {
  /** What Toktra does, e.g. `alert` or `warn_and_notify`. */
  action?: pulumi.Input<string>;
  /** Who is notified, e.g. `security@company.com`. */
  notify?: pulumi.Input<pulumi.Input<string>[]>;
  /** Whether a Slack alert is sent. */
  slack_alert?: pulumi.Input<boolean>;
  [key: string]: unknown;
}

/** When a policy matches, in Toktra's keys, e.g. `model`, `department: {not_in: [...]}`, `max_tokens_per_day`, `scope`. */
export type PolicyConditions = Record<string, unknown>;

/** When a policy matches, in Toktra's keys, e.g. `model`, `department: {not_in: [...]}`, `max_tokens_per_day`, `scope`. */
export type PolicyConditionsArgs = Record<string, unknown>;

/** What a policy checks. */
export type PolicyType = "token_limit" | "provider_block" | "model_restrict";

/** How serious a finding is. */
export type Severity = "low" | "medium" | "high" | "critical";

/** Credentials in Toktra's keys; which are required depends on the provider type. */
export interface SiemCredentialsArgs {
  /** splunk: the HEC token. */
  token?: pulumi.Input<string>;
  /** datadog, elastic: the API key. */
  api_key?: pulumi.Input<string>;
  /** splunk, elastic: the secret events are signed with (HMAC-SHA256). */
  signing_secret?: pulumi.Input<string>;
  [key: string]: unknown;
}

/** Which events are sent, in Toktra's keys. */
export type SiemEventsFilter = Record<string, unknown>;

/** Which events are sent, in Toktra's keys. */
export type SiemEventsFilterArgs = Record<string, unknown>;

/** A SIEM Toktra delivers events to. */
export type SiemProviderType = "splunk" | "datadog" | "elastic" | "generic";
