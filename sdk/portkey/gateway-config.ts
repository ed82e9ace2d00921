// Generated from spec/portkey/gateway-config.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { gatewayConfigSpec } from "../../spec/portkey/gateway-config";
import { list, lookup } from "../core/data-source";
import { prepare, providerOf } from "../core/resource";
import type { GatewayConfigDocument, GatewayConfigDocumentArgs } from "./types";

const impl = providerOf(gatewayConfigSpec);

/** The arguments of a {@link GatewayConfig}. */
export interface GatewayConfigArgs {
  /** Display name. */
  name: pulumi.Input<string>;
  /** The gateway config document, as an object or a JSON string. Compared by meaning, not by text. */
  config: pulumi.Input<GatewayConfigDocumentArgs> | pulumi.Input<string>;
  /**
   * Workspace id or slug.
   *
   * Changing it replaces the resource.
   */
  workspaceId?: pulumi.Input<string>;
  /**
   * Whether this is the workspace's default config. Only taken at creation.
   *
   * Changing it replaces the resource. Defaults to `false`.
   */
  isDefault?: pulumi.Input<boolean>;
}

/**
 * A Portkey gateway config: routing, fallbacks, retries and caching for requests.
 *
 * Import id: `slug`, e.g. `pc-routin-1a2b3c`. The Terraform provider's `portkey_config`.
 */
export class GatewayConfig extends pulumi.dynamic.Resource {
  /** Display name. */
  declare public readonly name: pulumi.Output<string>;
  /** The gateway config document, as an object or a JSON string. Compared by meaning, not by text. */
  declare public readonly config: pulumi.Output<GatewayConfigDocument | string>;
  /**
   * Workspace id or slug.
   *
   * Changing it replaces the resource.
   */
  declare public readonly workspaceId: pulumi.Output<string | undefined>;
  /**
   * Whether this is the workspace's default config. Only taken at creation.
   *
   * Changing it replaces the resource. Defaults to `false`.
   */
  declare public readonly isDefault: pulumi.Output<boolean | undefined>;
  /** Portkey's slug for the config (`pc-...`). */
  declare public readonly slug: pulumi.Output<string>;
  /** `active` or `archived`. */
  declare public readonly status: pulumi.Output<string>;
  /** Id of the current version. */
  declare public readonly versionId: pulumi.Output<string>;
  /** When the object was created (RFC 3339). */
  declare public readonly createdAt: pulumi.Output<string>;
  /** When the object was last updated (RFC 3339). */
  declare public readonly updatedAt: pulumi.Output<string>;

  constructor(name: string, args: GatewayConfigArgs, opts?: pulumi.CustomResourceOptions) {
    const p = prepare(impl.spec, name, args, opts);
    super(impl, name, p.props, p.opts, "portkey", "GatewayConfig");
  }
}

/** A GatewayConfig as the API shows it, from its data sources. */
export interface GetGatewayConfigResult {
  /** The object's id. */
  id: string;
  /** Display name. */
  name: string;
  /** The gateway config document, as an object or a JSON string. Compared by meaning, not by text. */
  config: GatewayConfigDocument;
  /** Workspace id or slug. */
  workspaceId?: string;
  /** Whether this is the workspace's default config. Only taken at creation. */
  isDefault?: boolean;
  /** Portkey's slug for the config (`pc-...`). */
  slug: string;
  /** `active` or `archived`. */
  status?: string;
  /** Id of the current version. */
  versionId?: string;
  /** When the object was created (RFC 3339). */
  createdAt?: string;
  /** When the object was last updated (RFC 3339). */
  updatedAt?: string;
}

/** Looks up one gateway config by slug. */
export function getGatewayConfig(args: { slug: string }): Promise<GetGatewayConfigResult> {
  return lookup<GetGatewayConfigResult>(impl.spec, "getGatewayConfig", args);
}

/** {@link getGatewayConfig}, with arguments that may be Outputs. */
export function getGatewayConfigOutput(args: { slug: pulumi.Input<string> }): pulumi.Output<GetGatewayConfigResult> {
  return pulumi.output(args).apply(getGatewayConfig);
}

/** Lists gateway configs, optionally those of one workspace. */
export function getGatewayConfigs(args: { workspaceId?: string } = {}): Promise<{ configs: GetGatewayConfigResult[] }> {
  return list<GetGatewayConfigResult, "configs">(impl.spec, "getGatewayConfigs", args);
}

/** {@link getGatewayConfigs}, with arguments that may be Outputs. */
export function getGatewayConfigsOutput(args: { workspaceId?: pulumi.Input<string> } = {}): pulumi.Output<{ configs: GetGatewayConfigResult[] }> {
  return pulumi.output(args).apply(getGatewayConfigs);
}
