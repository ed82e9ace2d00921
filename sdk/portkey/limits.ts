import * as pulumi from "@pulumi/pulumi";

/** A spending or token limit. */
export interface UsageLimit {
  type: "cost" | "tokens";
  creditLimit?: number;
  alertThreshold?: number;
  periodicReset?: "monthly" | "weekly";
}

/** A request or token rate limit. */
export interface RateLimit {
  type: "requests" | "tokens";
  unit: "rpm" | "rph" | "rpd";
  value: number;
}

/** Limits are written as typed objects or as a JSON string of the same shape. */
export type UsageLimitsInput = pulumi.Input<pulumi.Input<UsageLimit>[]> | pulumi.Input<string>;
export type RateLimitsInput = pulumi.Input<pulumi.Input<RateLimit>[]> | pulumi.Input<string>;
