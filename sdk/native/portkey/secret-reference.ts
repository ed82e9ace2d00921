// Generated from spec/portkey/secret-reference.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { secretReferenceSpec } from "../../../spec/portkey/secret-reference";
import { nativeProps } from "../core";
import type { SecretReferenceArgs, GetSecretReferenceResult } from "../../portkey/secret-reference";

export type { SecretReferenceArgs, GetSecretReferenceResult };

/**
 * A Portkey secret reference: a secret kept in AWS Secrets Manager, Azure Key Vault or HashiCorp Vault, which integrations use instead of holding a key.
 *
 * Import id: `slug`, e.g. `openai-prod-key`. The Terraform provider's `portkey_secret_reference`.
 *
 * Served by the native plugin `aigov`.
 */
export class SecretReference extends pulumi.CustomResource {
  /** Display name. */
  declare public readonly name: pulumi.Output<string>;
  /**
   * URL-safe identifier, the one integrations name. Portkey derives one from the name when absent.
   *
   * Changing it replaces the resource.
   */
  declare public readonly slug: pulumi.Output<string>;
  /** Free-text description. */
  declare public readonly description: pulumi.Output<string | undefined>;
  /** The secret manager: `aws_sm` (AWS Secrets Manager), `azure_kv` (Azure Key Vault) or `hashicorp_vault`. Portkey cannot change it, so a change replaces the reference. */
  declare public readonly managerType: pulumi.Output<"aws_sm" | "azure_kv" | "hashicorp_vault">;
  /**
   * How Portkey signs in to the manager, as an object or a JSON string: `aws_auth_type` (accessKey, assumedRole, serviceRole) for aws_sm, `azure_auth_mode` (entra, managed, default) and `azure_vault_url` for azure_kv, `vault_auth_type` (token, approle, kubernetes) and `vault_addr` for hashicorp_vault, with the mode's credentials. Write-only: Portkey returns it masked; state keeps a fingerprint.
   *
   * A secret: Pulumi keeps it encrypted.
   */
  declare public readonly authConfig: pulumi.Output<string>;
  /** Path of the secret in the manager, e.g. `prod/openai/api-key`. */
  declare public readonly secretPath: pulumi.Output<string>;
  /** Key within the secret's value when it holds several. */
  declare public readonly secretKey: pulumi.Output<string | undefined>;
  /** Workspaces (ids or slugs) that may use the reference; every workspace may when absent. Portkey refuses an empty list, and so does `preview`. Write-only: Portkey does not show the list. */
  declare public readonly allowedWorkspaces: pulumi.Output<string[] | undefined>;
  /** String key/value tags. */
  declare public readonly tags: pulumi.Output<Record<string, string> | undefined>;
  /** Whether every workspace may use the reference. */
  declare public readonly allowAllWorkspaces: pulumi.Output<boolean>;
  /** `ACTIVE` while the reference is usable. */
  declare public readonly status: pulumi.Output<string>;
  /** Who created the reference. */
  declare public readonly createdBy: pulumi.Output<string>;
  /** When the object was created (RFC 3339). */
  declare public readonly createdAt: pulumi.Output<string>;
  /** When the object was last updated (RFC 3339). */
  declare public readonly updatedAt: pulumi.Output<string>;

  constructor(name: string, args: SecretReferenceArgs, opts?: pulumi.CustomResourceOptions) {
    const p = nativeProps(secretReferenceSpec, name, args, opts);
    super("aigov:portkey:SecretReference", name, p.props, p.opts);
  }
}

/**
 * Looks up one secret reference by slug or id, without its credentials.
 *
 * Served by the plugin as an invoke.
 */
export function getSecretReference(args: { slug: string }, opts?: pulumi.InvokeOptions): Promise<GetSecretReferenceResult> {
  return pulumi.runtime.invoke("aigov:portkey:getSecretReference", args, opts);
}

/** {@link getSecretReference}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getSecretReferenceOutput(args: { slug: pulumi.Input<string> }, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetSecretReferenceResult> {
  return pulumi.runtime.invokeOutput("aigov:portkey:getSecretReference", args, opts);
}

/**
 * Lists secret references, without their credentials, optionally those of one manager type.
 *
 * Served by the plugin as an invoke.
 */
export function getSecretReferences(args: { managerType?: "aws_sm" | "azure_kv" | "hashicorp_vault" } = {}, opts?: pulumi.InvokeOptions): Promise<{ secretReferences: GetSecretReferenceResult[] }> {
  return pulumi.runtime.invoke("aigov:portkey:getSecretReferences", args, opts);
}

/** {@link getSecretReferences}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getSecretReferencesOutput(args: { managerType?: pulumi.Input<"aws_sm" | "azure_kv" | "hashicorp_vault"> } = {}, opts?: pulumi.InvokeOutputOptions): pulumi.Output<{ secretReferences: GetSecretReferenceResult[] }> {
  return pulumi.runtime.invokeOutput("aigov:portkey:getSecretReferences", args, opts);
}
