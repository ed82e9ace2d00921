// Usage and rate limits, shared by workspaces and integration workspace access.
// Users write camelCase keys; the API takes snake_case (`credit_limit`).
import { FieldSpec, Schema } from "../core/types";

export const usageLimitSchema: Schema = {
  typeName: "UsageLimit",
  description: "A spending or token limit.",
  type: "object",
  required: ["type"],
  additionalProperties: false,
  properties: {
    type: { enum: ["cost", "tokens"] },
    creditLimit: { type: "integer", minimum: 1 },
    alertThreshold: { type: "integer", minimum: 1 },
    periodicReset: { enum: ["monthly", "weekly"] },
  },
};

export const rateLimitSchema: Schema = {
  typeName: "RateLimit",
  description: "A request or token rate limit.",
  type: "object",
  required: ["type", "unit", "value"],
  additionalProperties: false,
  properties: {
    type: { enum: ["requests", "tokens"] },
    unit: { enum: ["rpm", "rph", "rpd"] },
    value: { type: "integer", minimum: 1 },
  },
};

export function usageLimitsField(doc: string, maxItems?: number): FieldSpec {
  return {
    doc,
    schema: { type: "array", items: usageLimitSchema, ...(maxItems ? { maxItems } : {}) },
    json: { keys: "camel" },
    inputTypeName: "UsageLimitsInput",
    clearWith: null,
  };
}

export function rateLimitsField(doc: string, maxItems?: number): FieldSpec {
  return {
    doc,
    schema: { type: "array", items: rateLimitSchema, ...(maxItems ? { maxItems } : {}) },
    json: { keys: "camel" },
    inputTypeName: "RateLimitsInput",
    clearWith: null,
  };
}

export const timestamps: Record<string, FieldSpec> = {
  createdAt: { doc: "When the object was created (RFC 3339).", schema: { type: "string" }, output: true },
  updatedAt: {
    doc: "When the object was last updated (RFC 3339).",
    schema: { type: "string" },
    output: true,
    wire: "last_updated_at",
  },
};

/** A slug the program may give; when absent, the provider derives one from the stack and resource name. */
export const derivedSlugField: FieldSpec = {
  doc: "URL-safe identifier. When absent, one is derived from the stack and the resource name, the same on every run.",
  schema: { type: "string", pattern: "^[a-z0-9][a-z0-9-]{1,62}$" },
  computed: true,
  alwaysPresent: true,
  replaceOnChange: true,
  createOnly: true,
};
