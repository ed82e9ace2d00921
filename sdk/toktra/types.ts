// Generated from spec/toktra/*.ts by `npm run gen`; do not edit.
// Value types of toktra resources, each declared once.
/** Where alerts go; at least one channel. */
export interface AlertChannels {
  /** Addresses to email. */
  emails?: string[];
  /** A webhook to post to; https only. */
  webhookUrl?: string;
  /** A Slack channel, e.g. `#ai-alerts`. */
  slackChannel?: string;
}

/** A kind of alert or security event. */
export type AlertType = "policy_violation" | "budget_exceeded" | "anomaly_detected" | "security_event";

/** How often a budget starts over. */
export type BudgetPeriod = "daily" | "weekly" | "monthly" | "quarterly" | "annual";

/** A SAML identity provider. */
export type IdentityProvider = "okta" | "azure_ad" | "google" | "onelogin" | "custom_saml";

/** What happens when a policy matches. */
export interface PolicyActions {
  action: "allow" | "block" | "alert" | "require_approval";
  /** Emails to notify on a match. */
  notify?: string[];
  slack_alert?: boolean;
}

/** When a policy matches, in Toktra's keys; each type needs its own key, and attribute operators may sit next to it. */
export interface PolicyConditions {
  /** token_limit: the most tokens a request may use (>= 1). */
  max_tokens?: number;
  /** provider_block: the AI providers to block. */
  providers?: string[];
  /** model_restrict: the models the policy is about. */
  models?: string[];
  [key: string]: unknown;
}

/** What a policy checks. */
export type PolicyType = "token_limit" | "provider_block" | "model_restrict";

/** A member's role in the organization. */
export type Role = "admin" | "member" | "viewer";

/** How serious a finding is. */
export type Severity = "low" | "medium" | "high" | "critical";
