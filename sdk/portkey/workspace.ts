// Generated from spec/portkey/workspace.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { workspaceSpec } from "../../spec/portkey/workspace";
import { list, lookup } from "../core/data-source";
import { prepare, providerOf } from "../core/resource";
import type { RateLimit, RateLimitsInput, UsageLimit, UsageLimitsInput } from "./types";

const impl = providerOf(workspaceSpec);

/** The arguments of a {@link Workspace}. */
export interface WorkspaceArgs {
  /** Display name of the workspace. */
  name: pulumi.Input<string>;
  /** Free-text description. */
  description?: pulumi.Input<string>;
  /** Emoji shown next to the name. */
  icon?: pulumi.Input<string>;
  /** String key/value metadata attached to every request made in the workspace. */
  metadata?: pulumi.Input<Record<string, pulumi.Input<string>>>;
  /**
   * Spending or token limits for the workspace.
   *
   * Typed, or a JSON string of the same shape; compared by meaning, not by text.
   */
  usageLimits?: UsageLimitsInput;
  /**
   * Request or token rate limits for the workspace.
   *
   * Typed, or a JSON string of the same shape; compared by meaning, not by text.
   */
  rateLimits?: RateLimitsInput;
  /**
   * Destroy the workspace even when it still holds virtual keys, configs or other objects, deleting them too, including those Pulumi does not manage. Without it, destroying a workspace that holds anything fails and deletes nothing. Takes effect once a `pulumi up` has recorded it.
   *
   * Defaults to `false`.
   */
  forceDestroy?: pulumi.Input<boolean>;
}

/**
 * A Portkey workspace: the unit that owns virtual keys, configs, prompts and API keys.
 *
 * Import id: `id`, e.g. `3f2a9c1e-0b7d-4e5f-8a6b-1c2d3e4f5a6b`. The Terraform provider's `portkey_workspace`.
 */
export class Workspace extends pulumi.dynamic.Resource {
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
    const p = prepare(impl.spec, name, args, opts);
    super(impl, name, p.props, p.opts, "portkey", "Workspace");
  }
}

/** A Workspace as the API shows it, from its data sources. */
export interface GetWorkspaceResult {
  /** The object's id. */
  id: string;
  /** Display name of the workspace. */
  name: string;
  /** Free-text description. */
  description?: string;
  /** Emoji shown next to the name. */
  icon?: string;
  /** String key/value metadata attached to every request made in the workspace. */
  metadata?: Record<string, string>;
  /** Spending or token limits for the workspace. */
  usageLimits?: UsageLimit[];
  /** Request or token rate limits for the workspace. */
  rateLimits?: RateLimit[];
  /** Portkey's slug for the workspace (`ws-...`). */
  slug: string;
  /** When the object was created (RFC 3339). */
  createdAt?: string;
  /** When the object was last updated (RFC 3339). */
  updatedAt?: string;
}

/** Looks up one workspace by id or slug. */
export function getWorkspace(args: { id: string }): Promise<GetWorkspaceResult> {
  return lookup<GetWorkspaceResult>(impl.spec, "getWorkspace", args);
}

/** {@link getWorkspace}, with arguments that may be Outputs. */
export function getWorkspaceOutput(args: { id: pulumi.Input<string> }): pulumi.Output<GetWorkspaceResult> {
  return pulumi.output(args).apply(getWorkspace);
}

/** Lists every workspace the key can see, optionally those with a name. */
export function getWorkspaces(args: { name?: string } = {}): Promise<{ workspaces: GetWorkspaceResult[] }> {
  return list<GetWorkspaceResult, "workspaces">(impl.spec, "getWorkspaces", args);
}

/** {@link getWorkspaces}, with arguments that may be Outputs. */
export function getWorkspacesOutput(args: { name?: pulumi.Input<string> } = {}): pulumi.Output<{ workspaces: GetWorkspaceResult[] }> {
  return pulumi.output(args).apply(getWorkspaces);
}
