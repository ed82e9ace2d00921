// Generated from spec/portkey/integration.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { integrationSpec } from "../../spec/portkey/integration";
import { list, lookup } from "../core/data-source";
import { prepare, providerOf } from "../core/resource";
import type { SecretMapping, SecretMappingsInput } from "./types";

const impl = providerOf(integrationSpec);

/** The arguments of an {@link Integration}. */
export interface IntegrationArgs {
  /** Display name. */
  name: pulumi.Input<string>;
  /**
   * URL-safe identifier. When absent, one is derived from the stack and the resource name, the same on every run.
   *
   * Changing it replaces the resource.
   */
  slug?: pulumi.Input<string>;
  /**
   * The AI provider, e.g. `openai`, `anthropic`, `azure-openai`, `aws-bedrock`, `vertex-ai`.
   *
   * Changing it replaces the resource.
   */
  aiProviderId: pulumi.Input<string>;
  /**
   * Destroy the integration even while workspaces still have access to it, deleting the virtual keys built on it too, including those Pulumi does not manage. Without it, destroying an integration that a workspace can still use fails and deletes nothing. Takes effect once a `pulumi up` has recorded it.
   *
   * Defaults to `false`.
   */
  forceDestroy?: pulumi.Input<boolean>;
  /** The provider's API key. Write-only: Portkey returns it masked. A `secretMappings` entry for `key` can fill it from a secret reference instead. */
  key?: pulumi.Input<string>;
  /** Provider-specific settings (Azure resource, Bedrock region, ...), as an object or a JSON string. Write-only. For `azure-openai`: `azure_auth_mode` (default, entra or managed), `azure_resource_name` and at least one `azure_deployment_config` entry (`azure_deployment_name`, `azure_api_version` of at most 30 characters, `azure_model_slug`, and an `alias` unless `is_default`); entra needs `azure_entra_tenant_id`, `azure_entra_client_id` and `azure_entra_client_secret`, default needs `key`. For `aws-bedrock` (or `bedrock`): `aws_region`, and either `aws_role_arn` (an IAM role ARN) or `aws_access_key_id` with the secret access key in `key`. A field a secret mapping fills need not be given. Checked at preview. */
  configurations?: pulumi.Input<Record<string, unknown>> | pulumi.Input<string>;
  /** Fields Portkey fills at request time from a secret reference, instead of holding them: `targetField` is `key` or `configurations.<field>`, each at most once, and `secretReferenceId` the reference's slug or id. A mapped field need not be given. As a list or a JSON string. */
  secretMappings?: SecretMappingsInput;
  /** Free-text description. */
  description?: pulumi.Input<string>;
  /**
   * Makes the integration workspace-scoped. A workspace id or slug.
   *
   * Changing it replaces the resource.
   */
  workspaceId?: pulumi.Input<string>;
  /**
   * Whether every model of the AI provider may be used. When false, only `models` may.
   *
   * Defaults to `true`.
   */
  allowAllModels?: pulumi.Input<boolean>;
  /** Slugs of the models enabled for this integration. Left to the server when absent. Leave it out when `IntegrationModelAccess` resources manage models of this integration: the two would undo each other, and `preview` refuses the pair. */
  models?: pulumi.Input<pulumi.Input<string>[]>;
}

/**
 * A Portkey integration: credentials for one AI provider, shared with workspaces.
 *
 * Import id: `slug`, e.g. `openai-prod`. The Terraform provider's `portkey_integration`.
 */
export class Integration extends pulumi.dynamic.Resource {
  /** Display name. */
  declare public readonly name: pulumi.Output<string>;
  /**
   * URL-safe identifier. When absent, one is derived from the stack and the resource name, the same on every run.
   *
   * Changing it replaces the resource.
   */
  declare public readonly slug: pulumi.Output<string>;
  /**
   * The AI provider, e.g. `openai`, `anthropic`, `azure-openai`, `aws-bedrock`, `vertex-ai`.
   *
   * Changing it replaces the resource.
   */
  declare public readonly aiProviderId: pulumi.Output<string>;
  /**
   * Destroy the integration even while workspaces still have access to it, deleting the virtual keys built on it too, including those Pulumi does not manage. Without it, destroying an integration that a workspace can still use fails and deletes nothing. Takes effect once a `pulumi up` has recorded it.
   *
   * Defaults to `false`.
   */
  declare public readonly forceDestroy: pulumi.Output<boolean | undefined>;
  /**
   * The provider's API key. Write-only: Portkey returns it masked. A `secretMappings` entry for `key` can fill it from a secret reference instead.
   *
   * The output holds a salted fingerprint of the value (`fp1:<salt>:<hmac>`), never the value.
   */
  declare public readonly key: pulumi.Output<string | undefined>;
  /**
   * Provider-specific settings (Azure resource, Bedrock region, ...), as an object or a JSON string. Write-only. For `azure-openai`: `azure_auth_mode` (default, entra or managed), `azure_resource_name` and at least one `azure_deployment_config` entry (`azure_deployment_name`, `azure_api_version` of at most 30 characters, `azure_model_slug`, and an `alias` unless `is_default`); entra needs `azure_entra_tenant_id`, `azure_entra_client_id` and `azure_entra_client_secret`, default needs `key`. For `aws-bedrock` (or `bedrock`): `aws_region`, and either `aws_role_arn` (an IAM role ARN) or `aws_access_key_id` with the secret access key in `key`. A field a secret mapping fills need not be given. Checked at preview.
   *
   * The output holds a salted fingerprint of the value (`fp1:<salt>:<hmac>`), never the value.
   */
  declare public readonly configurations: pulumi.Output<string | undefined>;
  /** Fields Portkey fills at request time from a secret reference, instead of holding them: `targetField` is `key` or `configurations.<field>`, each at most once, and `secretReferenceId` the reference's slug or id. A mapped field need not be given. As a list or a JSON string. */
  declare public readonly secretMappings: pulumi.Output<SecretMapping[] | string | undefined>;
  /** Free-text description. */
  declare public readonly description: pulumi.Output<string | undefined>;
  /**
   * Makes the integration workspace-scoped. A workspace id or slug.
   *
   * Changing it replaces the resource.
   */
  declare public readonly workspaceId: pulumi.Output<string | undefined>;
  /**
   * Whether every model of the AI provider may be used. When false, only `models` may.
   *
   * Defaults to `true`.
   */
  declare public readonly allowAllModels: pulumi.Output<boolean | undefined>;
  /** Slugs of the models enabled for this integration. Left to the server when absent. Leave it out when `IntegrationModelAccess` resources manage models of this integration: the two would undo each other, and `preview` refuses the pair. */
  declare public readonly models: pulumi.Output<string[]>;
  /** `organisation` or `workspace`. */
  declare public readonly type: pulumi.Output<string>;
  /** `active` or `archived`. */
  declare public readonly status: pulumi.Output<string>;
  /** When the object was created (RFC 3339). */
  declare public readonly createdAt: pulumi.Output<string>;
  /** When the object was last updated (RFC 3339). */
  declare public readonly updatedAt: pulumi.Output<string>;

  constructor(name: string, args: IntegrationArgs, opts?: pulumi.CustomResourceOptions) {
    const p = prepare(impl.spec, name, args, opts);
    super(impl, name, p.props, p.opts, "portkey", "Integration");
  }
}

/** An Integration as the API shows it, from its data sources. */
export interface GetIntegrationResult {
  /** The object's id. */
  id: string;
  /** Display name. */
  name: string;
  /** URL-safe identifier. When absent, one is derived from the stack and the resource name, the same on every run. */
  slug: string;
  /** The AI provider, e.g. `openai`, `anthropic`, `azure-openai`, `aws-bedrock`, `vertex-ai`. */
  aiProviderId: string;
  /** Fields Portkey fills at request time from a secret reference, instead of holding them: `targetField` is `key` or `configurations.<field>`, each at most once, and `secretReferenceId` the reference's slug or id. A mapped field need not be given. As a list or a JSON string. */
  secretMappings?: SecretMapping[];
  /** Free-text description. */
  description?: string;
  /** Makes the integration workspace-scoped. A workspace id or slug. */
  workspaceId?: string;
  /** Whether every model of the AI provider may be used. When false, only `models` may. */
  allowAllModels?: boolean;
  /** Slugs of the models enabled for this integration. Left to the server when absent. Leave it out when `IntegrationModelAccess` resources manage models of this integration: the two would undo each other, and `preview` refuses the pair. */
  models?: string[];
  /** `organisation` or `workspace`. */
  type?: string;
  /** `active` or `archived`. */
  status?: string;
  /** When the object was created (RFC 3339). */
  createdAt?: string;
  /** When the object was last updated (RFC 3339). */
  updatedAt?: string;
}

/** Looks up one integration by slug. */
export function getIntegration(args: { slug: string }): Promise<GetIntegrationResult> {
  return lookup<GetIntegrationResult>(impl.spec, "getIntegration", args);
}

/** {@link getIntegration}, with arguments that may be Outputs. */
export function getIntegrationOutput(args: { slug: pulumi.Input<string> }): pulumi.Output<GetIntegrationResult> {
  return pulumi.output(args).apply(getIntegration);
}

/** Lists integrations, optionally those of one workspace. */
export function getIntegrations(args: { workspaceId?: string } = {}): Promise<{ integrations: GetIntegrationResult[] }> {
  return list<GetIntegrationResult, "integrations">(impl.spec, "getIntegrations", args);
}

/** {@link getIntegrations}, with arguments that may be Outputs. */
export function getIntegrationsOutput(args: { workspaceId?: pulumi.Input<string> } = {}): pulumi.Output<{ integrations: GetIntegrationResult[] }> {
  return pulumi.output(args).apply(getIntegrations);
}
