// Generated from spec/portkey/prompt-collection.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { promptCollectionSpec } from "../../../spec/portkey/prompt-collection";
import { nativeProps } from "../core";
import type { PromptCollectionArgs, GetPromptCollectionResult } from "../../portkey/prompt-collection";

export type { PromptCollectionArgs, GetPromptCollectionResult };

/**
 * A Portkey prompt collection: the folder prompts live in.
 *
 * Import id: `id`, e.g. `0c6f1e2a-3b4d-4c5e-8f6a-7b8c9d0e1f2a`. The Terraform provider's `portkey_prompt_collection`.
 *
 * Served by the native plugin `aigov`.
 */
export class PromptCollection extends pulumi.CustomResource {
  /** Display name. */
  declare public readonly name: pulumi.Output<string>;
  /**
   * Workspace id or slug.
   *
   * Changing it replaces the resource.
   */
  declare public readonly workspaceId: pulumi.Output<string>;
  /**
   * The collection this one nests in; a top-level collection when absent.
   *
   * Changing it replaces the resource.
   */
  declare public readonly parentCollectionId: pulumi.Output<string | undefined>;
  /** Portkey's slug for the collection. */
  declare public readonly slug: pulumi.Output<string>;
  /** Whether this is the workspace's default collection. */
  declare public readonly isDefault: pulumi.Output<boolean>;
  /** `active` or `archived`. */
  declare public readonly status: pulumi.Output<string>;
  /** When the object was created (RFC 3339). */
  declare public readonly createdAt: pulumi.Output<string>;
  /** When the object was last updated (RFC 3339). */
  declare public readonly updatedAt: pulumi.Output<string>;

  constructor(name: string, args: PromptCollectionArgs, opts?: pulumi.CustomResourceOptions) {
    const p = nativeProps(promptCollectionSpec, name, args, opts);
    super("aigov:portkey:PromptCollection", name, p.props, p.opts);
  }
}

/**
 * Looks up one prompt collection by id or slug.
 *
 * Served by the plugin as an invoke.
 */
export function getPromptCollection(args: { id: string }, opts?: pulumi.InvokeOptions): Promise<GetPromptCollectionResult> {
  return pulumi.runtime.invoke("aigov:portkey:getPromptCollection", args, opts);
}

/** {@link getPromptCollection}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getPromptCollectionOutput(args: { id: pulumi.Input<string> }, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetPromptCollectionResult> {
  return pulumi.runtime.invokeOutput("aigov:portkey:getPromptCollection", args, opts);
}

/**
 * Lists the prompt collections of a workspace.
 *
 * Served by the plugin as an invoke.
 */
export function getPromptCollections(args: { workspaceId: string }, opts?: pulumi.InvokeOptions): Promise<{ collections: GetPromptCollectionResult[] }> {
  return pulumi.runtime.invoke("aigov:portkey:getPromptCollections", args, opts);
}

/** {@link getPromptCollections}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getPromptCollectionsOutput(args: { workspaceId: pulumi.Input<string> }, opts?: pulumi.InvokeOutputOptions): pulumi.Output<{ collections: GetPromptCollectionResult[] }> {
  return pulumi.runtime.invokeOutput("aigov:portkey:getPromptCollections", args, opts);
}
