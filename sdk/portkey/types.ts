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

/** A spending or token limit. */
export interface ApiKeyUsageLimitArgs {
  type: pulumi.Input<"cost" | "tokens">;
  creditLimit: pulumi.Input<number>;
  alertThreshold?: pulumi.Input<number>;
  periodicReset?: pulumi.Input<"monthly" | "weekly">;
}

/** A gateway config document in Portkey's own keys; keys not listed here pass through. */
export interface GatewayConfigDocument {
  strategy?: { mode: "single" | "loadbalance" | "fallback" | "conditional"; [key: string]: unknown };
  targets?: Record<string, unknown>[];
  retry?: { attempts?: number; on_status_codes?: number[]; [key: string]: unknown };
  cache?: { mode?: "simple" | "semantic"; max_age?: number; [key: string]: unknown };
  [key: string]: unknown;
}

/** A gateway config document in Portkey's own keys; keys not listed here pass through. */
export interface GatewayConfigDocumentArgs {
  strategy?: pulumi.Input<{ mode: pulumi.Input<"single" | "loadbalance" | "fallback" | "conditional">; [key: string]: unknown }>;
  targets?: pulumi.Input<pulumi.Input<Record<string, unknown>>[]>;
  retry?: pulumi.Input<{ attempts?: pulumi.Input<number>; on_status_codes?: pulumi.Input<pulumi.Input<number>[]>; [key: string]: unknown }>;
  cache?: pulumi.Input<{ mode?: pulumi.Input<"simple" | "semantic">; max_age?: pulumi.Input<number>; [key: string]: unknown }>;
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

/** What happens with the checks' verdict, in Portkey's own keys (`deny`, `async`, `on_fail`, `on_success`); other keys pass through. */
export interface GuardrailActionsArgs {
  deny?: pulumi.Input<boolean>;
  async?: pulumi.Input<boolean>;
  on_fail?: pulumi.Input<Record<string, unknown>>;
  on_success?: pulumi.Input<Record<string, unknown>>;
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

/** One check, in Portkey's own keys: its type (`id`, e.g. `default.wordCount`) and its parameters. */
export interface GuardrailCheckArgs {
  /** The check type, e.g. `default.regexMatch`, `portkey.pii`. */
  id: pulumi.Input<string>;
  /** The check's own settings. */
  parameters?: pulumi.Input<Record<string, unknown>>;
  name?: pulumi.Input<string>;
  /** Whether the check runs; true when absent. */
  is_enabled?: pulumi.Input<boolean>;
  [key: string]: unknown;
}

/** A workspace an invite grants, by id or slug, with the role in it. */
export interface InviteWorkspace {
  id: string;
  role: "admin" | "manager" | "member";
}

/** A workspace an invite grants, by id or slug, with the role in it. */
export interface InviteWorkspaceArgs {
  id: pulumi.Input<string>;
  role: pulumi.Input<"admin" | "manager" | "member">;
}

/** One capability of an MCP server and its switch. */
export interface McpCapability {
  /** The capability's name as the MCP server lists it. */
  name: string;
  /** `tool`, `prompt` or `resource`. */
  type: "tool" | "prompt" | "resource";
  /** Whether it may be used; true when absent. */
  enabled?: boolean;
}

/** One capability of an MCP server and its switch. */
export interface McpCapabilityArgs {
  /** The capability's name as the MCP server lists it. */
  name: pulumi.Input<string>;
  /** `tool`, `prompt` or `resource`. */
  type: pulumi.Input<"tool" | "prompt" | "resource">;
  /** Whether it may be used; true when absent. */
  enabled?: pulumi.Input<boolean>;
}

/** Static pricing of a model: what a request token and a response token cost. */
export interface ModelPricing {
  type: "static";
  /** Prices per request (input) token and per response (output) token. */
  payAsYouGo: PayAsYouGoPricing;
}

/** Static pricing of a model: what a request token and a response token cost. */
export interface ModelPricingArgs {
  type: pulumi.Input<"static">;
  /** Prices per request (input) token and per response (output) token. */
  payAsYouGo: pulumi.Input<PayAsYouGoPricingArgs>;
}

/** Prices per request (input) token and per response (output) token. */
export interface PayAsYouGoPricing {
  /** A price per token. */
  requestToken?: TokenPrice;
  /** A price per token. */
  responseToken?: TokenPrice;
}

/** Prices per request (input) token and per response (output) token. */
export interface PayAsYouGoPricingArgs {
  /** A price per token. */
  requestToken?: pulumi.Input<TokenPriceArgs>;
  /** A price per token. */
  responseToken?: pulumi.Input<TokenPriceArgs>;
}

/** Which requests a policy applies to: `key` is `api_key`, `organisation_id`, `workspace_id` or `metadata.<field>`. */
export interface PolicyCondition {
  key: string;
  value: string;
}

/** Which requests a policy applies to: `key` is `api_key`, `organisation_id`, `workspace_id` or `metadata.<field>`. */
export interface PolicyConditionArgs {
  key: pulumi.Input<string>;
  value: pulumi.Input<string>;
}

/** A key usage is counted by: `api_key`, `organisation_id`, `workspace_id` or `metadata.<field>`. */
export interface PolicyGroupBy {
  key: string;
}

/** A key usage is counted by: `api_key`, `organisation_id`, `workspace_id` or `metadata.<field>`. */
export interface PolicyGroupByArgs {
  key: pulumi.Input<string>;
}

/** Model parameters in the provider's own keys. */
export type PromptParameters = Record<string, unknown>;

/** Model parameters in the provider's own keys. */
export type PromptParametersArgs = Record<string, unknown>;

/** A request or token rate limit. */
export interface RateLimit {
  type: "requests" | "tokens";
  unit: "rpm" | "rph" | "rpd";
  value: number;
}

/** A request or token rate limit. */
export interface RateLimitArgs {
  type: pulumi.Input<"requests" | "tokens">;
  unit: pulumi.Input<"rpm" | "rph" | "rpd">;
  value: pulumi.Input<number>;
}

/** Typed values, or a JSON string of the same shape. */
export type RateLimitsInput = pulumi.Input<pulumi.Input<RateLimitArgs>[]> | pulumi.Input<string>;

/** A field filled from a secret reference. */
export interface SecretMapping {
  /** `key` or `configurations.<field>`. */
  targetField: string;
  /** The secret reference's slug or id. */
  secretReferenceId: string;
  /** Key within the secret, instead of the reference's own `secretKey`. */
  secretKey?: string;
  /** `json` when the secret holds a JSON document the field takes as an object. */
  valueFormat?: "json" | "string";
}

/** A field filled from a secret reference. */
export interface SecretMappingArgs {
  /** `key` or `configurations.<field>`. */
  targetField: pulumi.Input<string>;
  /** The secret reference's slug or id. */
  secretReferenceId: pulumi.Input<string>;
  /** Key within the secret, instead of the reference's own `secretKey`. */
  secretKey?: pulumi.Input<string>;
  /** `json` when the secret holds a JSON document the field takes as an object. */
  valueFormat?: pulumi.Input<"json" | "string">;
}

/** Typed values, or a JSON string of the same shape. */
export type SecretMappingsInput = pulumi.Input<pulumi.Input<SecretMappingArgs>[]> | pulumi.Input<string>;

/** A price per token. */
export interface TokenPrice {
  price: number;
}

/** A price per token. */
export interface TokenPriceArgs {
  price: pulumi.Input<number>;
}

/** A spending or token limit. */
export interface UsageLimit {
  type: "cost" | "tokens";
  creditLimit?: number;
  alertThreshold?: number;
  periodicReset?: "monthly" | "weekly";
}

/** A spending or token limit. */
export interface UsageLimitArgs {
  type: pulumi.Input<"cost" | "tokens">;
  creditLimit?: pulumi.Input<number>;
  alertThreshold?: pulumi.Input<number>;
  periodicReset?: pulumi.Input<"monthly" | "weekly">;
}

/** Typed values, or a JSON string of the same shape. */
export type UsageLimitsInput = pulumi.Input<pulumi.Input<UsageLimitArgs>[]> | pulumi.Input<string>;
