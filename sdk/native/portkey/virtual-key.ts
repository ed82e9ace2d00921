// Generated from spec/portkey/virtual-key.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { virtualKeySpec } from "../../../spec/portkey/virtual-key";
import { nativeProps } from "../core";
import type { VirtualKeyArgs, GetVirtualKeyResult } from "../../portkey/virtual-key";

export type { VirtualKeyArgs, GetVirtualKeyResult };

/**
 * A Portkey virtual key (an AI provider bound to a workspace through an integration).
 *
 * Import id: `workspaceId:id`, e.g. `ws-team-a-1a2b3c:8d0f3c1e-...`. The Terraform provider's `portkey_provider`.
 *
 * Served by the native plugin `aigov`.
 */
export class VirtualKey extends pulumi.CustomResource {
  /** Display name. */
  declare public readonly name: pulumi.Output<string>;
  /**
   * Workspace id or slug.
   *
   * Changing it replaces the resource.
   */
  declare public readonly workspaceId: pulumi.Output<string>;
  /**
   * Integration slug or id.
   *
   * Changing it replaces the resource.
   */
  declare public readonly integrationId: pulumi.Output<string>;
  /**
   * URL-safe identifier. When absent, one is derived from the stack and the resource name, the same on every run.
   *
   * Changing it replaces the resource.
   */
  declare public readonly slug: pulumi.Output<string>;
  /** Free-text note. */
  declare public readonly note: pulumi.Output<string | undefined>;
  /** The AI provider behind the integration. */
  declare public readonly aiProviderId: pulumi.Output<string>;
  /** `active`, `exhausted` or `expired`. */
  declare public readonly status: pulumi.Output<string>;
  /** When the object was created (RFC 3339). */
  declare public readonly createdAt: pulumi.Output<string>;

  constructor(name: string, args: VirtualKeyArgs, opts?: pulumi.CustomResourceOptions) {
    const p = nativeProps(virtualKeySpec, name, args, opts);
    super("aigov:portkey:VirtualKey", name, p.props, p.opts);
  }
}

/**
 * Looks up one virtual key by id or slug within a workspace.
 *
 * Served by the plugin as an invoke.
 */
export function getVirtualKey(args: { id: string; workspaceId: string }, opts?: pulumi.InvokeOptions): Promise<GetVirtualKeyResult> {
  return pulumi.runtime.invoke("aigov:portkey:getVirtualKey", args, opts);
}

/** {@link getVirtualKey}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getVirtualKeyOutput(args: { id: pulumi.Input<string>; workspaceId: pulumi.Input<string> }, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetVirtualKeyResult> {
  return pulumi.runtime.invokeOutput("aigov:portkey:getVirtualKey", args, opts);
}

/**
 * Lists the virtual keys of a workspace.
 *
 * Served by the plugin as an invoke.
 */
export function getVirtualKeys(args: { workspaceId: string }, opts?: pulumi.InvokeOptions): Promise<{ virtualKeys: GetVirtualKeyResult[] }> {
  return pulumi.runtime.invoke("aigov:portkey:getVirtualKeys", args, opts);
}

/** {@link getVirtualKeys}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getVirtualKeysOutput(args: { workspaceId: pulumi.Input<string> }, opts?: pulumi.InvokeOutputOptions): pulumi.Output<{ virtualKeys: GetVirtualKeyResult[] }> {
  return pulumi.runtime.invokeOutput("aigov:portkey:getVirtualKeys", args, opts);
}
