// Generated from spec/portkey/gateway-config.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { gatewayConfigSpec } from "../../../spec/portkey/gateway-config";
import { nativeProps } from "../core";
import type { GatewayConfigArgs, GetGatewayConfigResult } from "../../portkey/gateway-config";
import type { GatewayConfigDocument } from "../../portkey/types";

export type { GatewayConfigArgs, GetGatewayConfigResult };

/**
 * A Portkey gateway config: routing, fallbacks, retries and caching for requests.
 *
 * Import id: `slug`, e.g. `pc-routin-1a2b3c`. The Terraform provider's `portkey_config`.
 *
 * Served by the native plugin `aigov`.
 */
export class GatewayConfig extends pulumi.CustomResource {
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
    const p = nativeProps(gatewayConfigSpec, name, args, opts);
    super("aigov:portkey:GatewayConfig", name, p.props, p.opts);
  }
}

/**
 * Looks up one gateway config by slug.
 *
 * Served by the plugin as an invoke.
 */
export function getGatewayConfig(args: { slug: string }, opts?: pulumi.InvokeOptions): Promise<GetGatewayConfigResult> {
  return pulumi.runtime.invoke("aigov:portkey:getGatewayConfig", args, opts);
}

/** {@link getGatewayConfig}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getGatewayConfigOutput(args: { slug: pulumi.Input<string> }, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetGatewayConfigResult> {
  return pulumi.runtime.invokeOutput("aigov:portkey:getGatewayConfig", args, opts);
}

/**
 * Lists gateway configs, optionally those of one workspace.
 *
 * Served by the plugin as an invoke.
 */
export function getGatewayConfigs(args: { workspaceId?: string } = {}, opts?: pulumi.InvokeOptions): Promise<{ configs: GetGatewayConfigResult[] }> {
  return pulumi.runtime.invoke("aigov:portkey:getGatewayConfigs", args, opts);
}

/** {@link getGatewayConfigs}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getGatewayConfigsOutput(args: { workspaceId?: pulumi.Input<string> } = {}, opts?: pulumi.InvokeOutputOptions): pulumi.Output<{ configs: GetGatewayConfigResult[] }> {
  return pulumi.runtime.invokeOutput("aigov:portkey:getGatewayConfigs", args, opts);
}
