// Generated from spec/portkey/secret-reference.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { secretReferenceSpec } from "../../spec/portkey/secret-reference";
import { list, lookup } from "../core/data-source";
import { prepare, providerOf } from "../core/resource";

const impl = providerOf(secretReferenceSpec);

/** The arguments of a {@link SecretReference}. */
export interface SecretReferenceArgs {
  /** Display name. */
  name: pulumi.Input<string>;
  /**
   * URL-safe identifier, the one integrations name. Portkey derives one from the name when absent.
   *
   * Changing it replaces the resource.
   */
  slug?: pulumi.Input<string>;
  /** Free-text description. */
  description?: pulumi.Input<string>;
  /** The secret manager: `aws_sm` (AWS Secrets Manager), `azure_kv` (Azure Key Vault) or `hashicorp_vault`. Portkey cannot change it, so a change replaces the reference. */
  managerType: pulumi.Input<"aws_sm" | "azure_kv" | "hashicorp_vault">;
  /**
   * How Portkey signs in to the manager, as an object or a JSON string: `aws_auth_type` (accessKey, assumedRole, serviceRole) for aws_sm, `azure_auth_mode` (entra, managed, default) and `azure_vault_url` for azure_kv, `vault_auth_type` (token, approle, kubernetes) and `vault_addr` for hashicorp_vault, with the mode's credentials. Write-only: Portkey returns it masked; state keeps a fingerprint.
   *
   * A secret: Pulumi keeps it encrypted.
   */
  authConfig: pulumi.Input<Record<string, unknown>> | pulumi.Input<string>;
  /** Path of the secret in the manager, e.g. `prod/openai/api-key`. */
  secretPath: pulumi.Input<string>;
  /** Key within the secret's value when it holds several. */
  secretKey?: pulumi.Input<string>;
  /** Workspaces (ids or slugs) that may use the reference; every workspace may when absent. Portkey refuses an empty list, and so does `preview`. Write-only: Portkey does not show the list. */
  allowedWorkspaces?: pulumi.Input<pulumi.Input<string>[]>;
  /** String key/value tags. */
  tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
}

/**
 * A Portkey secret reference: a secret kept in AWS Secrets Manager, Azure Key Vault or HashiCorp Vault, which integrations use instead of holding a key.
 *
 * Import id: `slug`, e.g. `openai-prod-key`. The Terraform provider's `portkey_secret_reference`.
 */
export class SecretReference extends pulumi.dynamic.Resource {
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
    const p = prepare(impl.spec, name, args, opts);
    super(impl, name, p.props, p.opts, "portkey", "SecretReference");
  }
}

/** A SecretReference as the API shows it, from its data sources. */
export interface GetSecretReferenceResult {
  /** The object's id. */
  id: string;
  /** Display name. */
  name: string;
  /** URL-safe identifier, the one integrations name. Portkey derives one from the name when absent. */
  slug: string;
  /** Free-text description. */
  description?: string;
  /** The secret manager: `aws_sm` (AWS Secrets Manager), `azure_kv` (Azure Key Vault) or `hashicorp_vault`. Portkey cannot change it, so a change replaces the reference. */
  managerType: "aws_sm" | "azure_kv" | "hashicorp_vault";
  /** Path of the secret in the manager, e.g. `prod/openai/api-key`. */
  secretPath: string;
  /** Key within the secret's value when it holds several. */
  secretKey?: string;
  /** String key/value tags. */
  tags?: Record<string, string>;
  /** Whether every workspace may use the reference. */
  allowAllWorkspaces?: boolean;
  /** `ACTIVE` while the reference is usable. */
  status?: string;
  /** Who created the reference. */
  createdBy?: string;
  /** When the object was created (RFC 3339). */
  createdAt?: string;
  /** When the object was last updated (RFC 3339). */
  updatedAt?: string;
}

/** Looks up one secret reference by slug or id, without its credentials. */
export function getSecretReference(args: { slug: string }): Promise<GetSecretReferenceResult> {
  return lookup<GetSecretReferenceResult>(impl.spec, "getSecretReference", args);
}

/** {@link getSecretReference}, with arguments that may be Outputs. */
export function getSecretReferenceOutput(args: { slug: pulumi.Input<string> }): pulumi.Output<GetSecretReferenceResult> {
  return pulumi.output(args).apply(getSecretReference);
}

/** Lists secret references, without their credentials, optionally those of one manager type. */
export function getSecretReferences(args: { managerType?: "aws_sm" | "azure_kv" | "hashicorp_vault" } = {}): Promise<{ secretReferences: GetSecretReferenceResult[] }> {
  return list<GetSecretReferenceResult, "secretReferences">(impl.spec, "getSecretReferences", args);
}

/** {@link getSecretReferences}, with arguments that may be Outputs. */
export function getSecretReferencesOutput(args: { managerType?: pulumi.Input<"aws_sm" | "azure_kv" | "hashicorp_vault"> } = {}): pulumi.Output<{ secretReferences: GetSecretReferenceResult[] }> {
  return pulumi.output(args).apply(getSecretReferences);
}
