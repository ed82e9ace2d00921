// Generated from spec/portkey/workspace.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { workspaceSpec } from "../../../spec/portkey/workspace";
import { nativeProps } from "../core";
import type { WorkspaceArgs, GetWorkspaceResult } from "../../portkey/workspace";
import type { RateLimit, UsageLimit } from "../../portkey/types";

export type { WorkspaceArgs, GetWorkspaceResult };

/**
 * A Portkey workspace: the unit that owns virtual keys, configs, prompts and API keys.
 *
 * Import id: `id`, e.g. `3f2a9c1e-0b7d-4e5f-8a6b-1c2d3e4f5a6b`. The Terraform provider's `portkey_workspace`.
 *
 * Served by the native plugin `aigov`.
 */
export class Workspace extends pulumi.CustomResource {
  /** Display name of the workspace. */
  declare public readonly name: pulumi.Output<string>;
  /** Free-text description. */
  declare public readonly description: pulumi.Output<string | undefined>;
  /** Emoji shown next to the name. */
  declare public readonly icon: pulumi.Output<string | undefined>;
  /** String key/value metadata attached to every request made in the workspace. */
  declare public readonly metadata: pulumi.Output<Record<string, string> | undefined>;
  /**
   * Spending or token limits for the workspace.
   *
   * Typed, or a JSON string of the same shape; compared by meaning, not by text.
   */
  declare public readonly usageLimits: pulumi.Output<UsageLimit[] | string | undefined>;
  /**
   * Request or token rate limits for the workspace.
   *
   * Typed, or a JSON string of the same shape; compared by meaning, not by text.
   */
  declare public readonly rateLimits: pulumi.Output<RateLimit[] | string | undefined>;
  /**
   * Destroy the workspace even when it still holds virtual keys, configs or other objects, deleting them too, including those Pulumi does not manage. Without it, destroying a workspace that holds anything fails and deletes nothing. Takes effect once a `pulumi up` has recorded it.
   *
   * Defaults to `false`.
   */
  declare public readonly forceDestroy: pulumi.Output<boolean | undefined>;
  /** Portkey's slug for the workspace (`ws-...`). */
  declare public readonly slug: pulumi.Output<string>;
  /** When the object was created (RFC 3339). */
  declare public readonly createdAt: pulumi.Output<string>;
  /** When the object was last updated (RFC 3339). */
  declare public readonly updatedAt: pulumi.Output<string>;

  constructor(name: string, args: WorkspaceArgs, opts?: pulumi.CustomResourceOptions) {
    const p = nativeProps(workspaceSpec, name, args, opts);
    super("aigov:portkey:Workspace", name, p.props, p.opts);
  }
}

/**
 * Looks up one workspace by id or slug.
 *
 * Served by the plugin as an invoke.
 */
export function getWorkspace(args: { id: string }, opts?: pulumi.InvokeOptions): Promise<GetWorkspaceResult> {
  return pulumi.runtime.invoke("aigov:portkey:getWorkspace", args, opts);
}

/** {@link getWorkspace}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getWorkspaceOutput(args: { id: pulumi.Input<string> }, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetWorkspaceResult> {
  return pulumi.runtime.invokeOutput("aigov:portkey:getWorkspace", args, opts);
}

/**
 * Lists every workspace the key can see, optionally those with a name.
 *
 * Served by the plugin as an invoke.
 */
export function getWorkspaces(args: { name?: string } = {}, opts?: pulumi.InvokeOptions): Promise<{ workspaces: GetWorkspaceResult[] }> {
  return pulumi.runtime.invoke("aigov:portkey:getWorkspaces", args, opts);
}

/** {@link getWorkspaces}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getWorkspacesOutput(args: { name?: pulumi.Input<string> } = {}, opts?: pulumi.InvokeOutputOptions): pulumi.Output<{ workspaces: GetWorkspaceResult[] }> {
  return pulumi.runtime.invokeOutput("aigov:portkey:getWorkspaces", args, opts);
}
