// Generated from spec/portkey/api-key.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { apiKeySpec } from "../../../spec/portkey/api-key";
import { nativeProps } from "../core";
import type { ApiKeyArgs, GetApiKeyResult } from "../../portkey/api-key";
import type { ApiKeyUsageLimit, RateLimit } from "../../portkey/types";

export type { ApiKeyArgs, GetApiKeyResult };

/**
 * A Portkey API key, for the organisation or one workspace, held by a service or a user. Changing `rotation` rotates it in place.
 *
 * Import id: `id`, e.g. `3f2c9a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b`. The Terraform provider's `portkey_api_key`.
 *
 * Served by the native plugin `aigov`.
 */
export class ApiKey extends pulumi.CustomResource {
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
    const p = nativeProps(apiKeySpec, name, args, opts);
    super("aigov:portkey:ApiKey", name, p.props, p.opts);
  }
}

/**
 * Looks up one API key by id. Its value is never returned.
 *
 * Served by the plugin as an invoke.
 */
export function getApiKey(args: { id: string }, opts?: pulumi.InvokeOptions): Promise<GetApiKeyResult> {
  return pulumi.runtime.invoke("aigov:portkey:getApiKey", args, opts);
}

/** {@link getApiKey}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getApiKeyOutput(args: { id: pulumi.Input<string> }, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetApiKeyResult> {
  return pulumi.runtime.invokeOutput("aigov:portkey:getApiKey", args, opts);
}

/**
 * Lists the API keys of the organisation, or of one workspace. Their values are never returned.
 *
 * Served by the plugin as an invoke.
 */
export function getApiKeys(args: { workspaceId?: string } = {}, opts?: pulumi.InvokeOptions): Promise<{ apiKeys: GetApiKeyResult[] }> {
  return pulumi.runtime.invoke("aigov:portkey:getApiKeys", args, opts);
}

/** {@link getApiKeys}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getApiKeysOutput(args: { workspaceId?: pulumi.Input<string> } = {}, opts?: pulumi.InvokeOutputOptions): pulumi.Output<{ apiKeys: GetApiKeyResult[] }> {
  return pulumi.runtime.invokeOutput("aigov:portkey:getApiKeys", args, opts);
}
