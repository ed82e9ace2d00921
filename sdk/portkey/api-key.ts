// Generated from spec/portkey/api-key.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { apiKeySpec } from "../../spec/portkey/api-key";
import { list, lookup } from "../core/data-source";
import { prepare, providerOf } from "../core/resource";
import type { ApiKeyUsageLimit, ApiKeyUsageLimitArgs, RateLimit, RateLimitsInput } from "./types";

const impl = providerOf(apiKeySpec);

/** The arguments of an {@link ApiKey}. */
export interface ApiKeyArgs {
  /** Display name. */
  name: pulumi.Input<string>;
  /** Free-text description. */
  description?: pulumi.Input<string>;
  /**
   * `organisation` or `workspace`.
   *
   * Changing it replaces the resource.
   */
  type: pulumi.Input<"organisation" | "workspace">;
  /**
   * `service` (held by a service) or `user` (held by a user, `userId`).
   *
   * Changing it replaces the resource.
   */
  subType: pulumi.Input<"service" | "user">;
  /**
   * Workspace id or slug; required for workspace keys.
   *
   * Changing it replaces the resource.
   */
  workspaceId?: pulumi.Input<string>;
  /**
   * The user holding a user key.
   *
   * Changing it replaces the resource.
   */
  userId?: pulumi.Input<string>;
  /** Permissions of the key, e.g. `["completions.write"]`. At least one: Portkey answers a key without scopes with a 502. */
  scopes: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * A spending or token limit of the key.
   *
   * Typed, or a JSON string of the same shape; compared by meaning, not by text.
   */
  usageLimits?: pulumi.Input<ApiKeyUsageLimitArgs> | pulumi.Input<string>;
  /**
   * Request or token rate limits of the key.
   *
   * Typed, or a JSON string of the same shape; compared by meaning, not by text.
   */
  rateLimits?: RateLimitsInput;
  /** Metadata sent with every request made with the key. */
  metadata?: pulumi.Input<Record<string, pulumi.Input<string>>>;
  /** Who is told when a limit is near. */
  alertEmails?: pulumi.Input<pulumi.Input<string>[]>;
  /** Any text; change it to rotate the key in place (a new value, the same id). */
  rotation?: pulumi.Input<string>;
}

/**
 * A Portkey API key, for the organisation or one workspace, held by a service or a user. Changing `rotation` rotates it in place.
 *
 * Import id: `id`, e.g. `3f2c9a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b`. The Terraform provider's `portkey_api_key`.
 */
export class ApiKey extends pulumi.dynamic.Resource {
  /** Display name. */
  declare public readonly name: pulumi.Output<string>;
  /** Free-text description. */
  declare public readonly description: pulumi.Output<string | undefined>;
  /**
   * `organisation` or `workspace`.
   *
   * Changing it replaces the resource.
   */
  declare public readonly type: pulumi.Output<"organisation" | "workspace">;
  /**
   * `service` (held by a service) or `user` (held by a user, `userId`).
   *
   * Changing it replaces the resource.
   */
  declare public readonly subType: pulumi.Output<"service" | "user">;
  /**
   * Workspace id or slug; required for workspace keys.
   *
   * Changing it replaces the resource.
   */
  declare public readonly workspaceId: pulumi.Output<string | undefined>;
  /**
   * The user holding a user key.
   *
   * Changing it replaces the resource.
   */
  declare public readonly userId: pulumi.Output<string | undefined>;
  /** Permissions of the key, e.g. `["completions.write"]`. At least one: Portkey answers a key without scopes with a 502. */
  declare public readonly scopes: pulumi.Output<string[]>;
  /**
   * A spending or token limit of the key.
   *
   * Typed, or a JSON string of the same shape; compared by meaning, not by text.
   */
  declare public readonly usageLimits: pulumi.Output<ApiKeyUsageLimit | string | undefined>;
  /**
   * Request or token rate limits of the key.
   *
   * Typed, or a JSON string of the same shape; compared by meaning, not by text.
   */
  declare public readonly rateLimits: pulumi.Output<RateLimit[] | string | undefined>;
  /** Metadata sent with every request made with the key. */
  declare public readonly metadata: pulumi.Output<Record<string, string> | undefined>;
  /** Who is told when a limit is near. */
  declare public readonly alertEmails: pulumi.Output<string[] | undefined>;
  /** Any text; change it to rotate the key in place (a new value, the same id). */
  declare public readonly rotation: pulumi.Output<string | undefined>;
  /** The key's value, from its create or its latest rotation. Empty for an imported key until it is rotated. */
  declare public readonly key: pulumi.Output<string | undefined>;
  /** The organisation the key belongs to. */
  declare public readonly organisationId: pulumi.Output<string>;
  /** `active` or `exhausted`. */
  declare public readonly status: pulumi.Output<string>;
  /** When the object was created (RFC 3339). */
  declare public readonly createdAt: pulumi.Output<string>;
  /** When the object was last updated (RFC 3339). */
  declare public readonly updatedAt: pulumi.Output<string>;

  constructor(name: string, args: ApiKeyArgs, opts?: pulumi.CustomResourceOptions) {
    const p = prepare(impl.spec, name, args, opts);
    super(impl, name, p.props, p.opts, "portkey", "ApiKey");
  }
}

/** An ApiKey as the API shows it, from its data sources. */
export interface GetApiKeyResult {
  /** The object's id. */
  id: string;
  /** Display name. */
  name: string;
  /** Free-text description. */
  description?: string;
  /** `organisation` or `workspace`. */
  type: "organisation" | "workspace";
  /** `service` (held by a service) or `user` (held by a user, `userId`). */
  subType: "service" | "user";
  /** Workspace id or slug; required for workspace keys. */
  workspaceId?: string;
  /** The user holding a user key. */
  userId?: string;
  /** Permissions of the key, e.g. `["completions.write"]`. At least one: Portkey answers a key without scopes with a 502. */
  scopes: string[];
  /** A spending or token limit of the key. */
  usageLimits?: ApiKeyUsageLimit;
  /** Request or token rate limits of the key. */
  rateLimits?: RateLimit[];
  /** Metadata sent with every request made with the key. */
  metadata?: Record<string, string>;
  /** Who is told when a limit is near. */
  alertEmails?: string[];
  /** The organisation the key belongs to. */
  organisationId?: string;
  /** `active` or `exhausted`. */
  status?: string;
  /** When the object was created (RFC 3339). */
  createdAt?: string;
  /** When the object was last updated (RFC 3339). */
  updatedAt?: string;
}

/** Looks up one API key by id. Its value is never returned. */
export function getApiKey(args: { id: string }): Promise<GetApiKeyResult> {
  return lookup<GetApiKeyResult>(impl.spec, "getApiKey", args);
}

/** {@link getApiKey}, with arguments that may be Outputs. */
export function getApiKeyOutput(args: { id: pulumi.Input<string> }): pulumi.Output<GetApiKeyResult> {
  return pulumi.output(args).apply(getApiKey);
}

/** Lists the API keys of the organisation, or of one workspace. Their values are never returned. */
export function getApiKeys(args: { workspaceId?: string } = {}): Promise<{ apiKeys: GetApiKeyResult[] }> {
  return list<GetApiKeyResult, "apiKeys">(impl.spec, "getApiKeys", args);
}

/** {@link getApiKeys}, with arguments that may be Outputs. */
export function getApiKeysOutput(args: { workspaceId?: pulumi.Input<string> } = {}): pulumi.Output<{ apiKeys: GetApiKeyResult[] }> {
  return pulumi.output(args).apply(getApiKeys);
}
