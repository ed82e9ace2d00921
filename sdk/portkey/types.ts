// Generated from spec/portkey/*.ts by `npm run gen`; do not edit.
// Value types of portkey resources, each declared once.
import * as pulumi from "@pulumi/pulumi";

/** A spending or token limit. */
export interface ApiKeyUsageLimit {
  type: "cost" | "tokens";
  creditLimit: number;
  alertThreshold?: number;
  periodicReset?: "monthly" | "weekly";
}

/** A gateway config document in Portkey's own keys; keys not listed here pass through. */
export interface GatewayConfigDocument {
  strategy?: { mode: "single" | "loadbalance" | "fallback" | "conditional"; [key: string]: unknown };
  targets?: Record<string, unknown>[];
  retry?: { attempts?: number; on_status_codes?: number[]; [key: string]: unknown };
  cache?: { mode?: "simple" | "semantic"; max_age?: number; [key: string]: unknown };
  [key: string]: unknown;
}

/** What happens with the checks' verdict, in Portkey's own keys (`deny`, `async`, `on_fail`, `on_success`); other keys pass through. */
export interface GuardrailActions {
  deny?: boolean;
  async?: boolean;
  on_fail?: Record<string, unknown>;
  on_success?: Record<string, unknown>;
  [key: string]: unknown;
}

/** One check, in Portkey's own keys: its type (`id`, e.g. `default.wordCount`) and its parameters. */
export interface GuardrailCheck {
  /** The check type, e.g. `default.regexMatch`, `portkey.pii`. */
  id: string;
  /** The check's own settings. */
  parameters?: Record<string, unknown>;
  name?: string;
  /** Whether the check runs; true when absent. */
  is_enabled?: boolean;
  [key: string]: unknown;
}

/** A workspace an invite grants, by id or slug, with the role in it. */
export interface InviteWorkspace {
  id: string;
  role: "admin" | "manager" | "member";
}

/** Static pricing of a model: what a request token and a response token cost. */
export interface ModelPricing {
  type: "static";
  /** Prices per request (input) token and per response (output) token. */
  payAsYouGo: PayAsYouGoPricing;
}

/** Prices per request (input) token and per response (output) token. */
export interface PayAsYouGoPricing {
  /** A price per token. */
  requestToken?: TokenPrice;
  /** A price per token. */
  responseToken?: TokenPrice;
}

/** Which requests a policy applies to: `key` is `api_key`, `organisation_id`, `workspace_id` or `metadata.<field>`. */
export interface PolicyCondition {
  key: string;
  value: string;
}

/** A key usage is counted by: `api_key`, `organisation_id`, `workspace_id` or `metadata.<field>`. */
export interface PolicyGroupBy {
  key: string;
}

/** Model parameters in the provider's own keys. */
export type PromptParameters = Record<string, unknown>;

/** A request or token rate limit. */
export interface RateLimit {
  type: "requests" | "tokens";
  unit: "rpm" | "rph" | "rpd";
  value: number;
}

/** Typed values, or a JSON string of the same shape. */
export type RateLimitsInput = pulumi.Input<pulumi.Input<RateLimit>[]> | pulumi.Input<string>;

/** A price per token. */
export interface TokenPrice {
  price: number;
}

/** A spending or token limit. */
export interface UsageLimit {
  type: "cost" | "tokens";
  creditLimit?: number;
  alertThreshold?: number;
  periodicReset?: "monthly" | "weekly";
}

/** Typed values, or a JSON string of the same shape. */
export type UsageLimitsInput = pulumi.Input<pulumi.Input<UsageLimit>[]> | pulumi.Input<string>;
