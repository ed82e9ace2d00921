// Generated from spec/portkey/prompt-collection.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { promptCollectionSpec } from "../../spec/portkey/prompt-collection";
import { list, lookup } from "../core/data-source";
import { prepare, providerOf } from "../core/resource";

const impl = providerOf(promptCollectionSpec);

/** The arguments of a {@link PromptCollection}. */
export interface PromptCollectionArgs {
  /** Display name. */
  name: pulumi.Input<string>;
  /**
   * Workspace id or slug.
   *
   * Changing it replaces the resource.
   */
  workspaceId: pulumi.Input<string>;
  /**
   * The collection this one nests in; a top-level collection when absent.
   *
   * Changing it replaces the resource.
   */
  parentCollectionId?: pulumi.Input<string>;
}

/**
 * A Portkey prompt collection: the folder prompts live in.
 *
 * Import id: `id`, e.g. `0c6f1e2a-3b4d-4c5e-8f6a-7b8c9d0e1f2a`. The Terraform provider's `portkey_prompt_collection`.
 */
export class PromptCollection extends pulumi.dynamic.Resource {
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
    const p = prepare(impl.spec, name, args, opts);
    super(impl, name, p.props, p.opts, "portkey", "PromptCollection");
  }
}

/** A PromptCollection as the API shows it, from its data sources. */
export interface GetPromptCollectionResult {
  /** The object's id. */
  id: string;
  /** Display name. */
  name: string;
  /** Workspace id or slug. */
  workspaceId: string;
  /** The collection this one nests in; a top-level collection when absent. */
  parentCollectionId?: string;
  /** Portkey's slug for the collection. */
  slug: string;
  /** Whether this is the workspace's default collection. */
  isDefault?: boolean;
  /** `active` or `archived`. */
  status?: string;
  /** When the object was created (RFC 3339). */
  createdAt?: string;
  /** When the object was last updated (RFC 3339). */
  updatedAt?: string;
}

/** Looks up one prompt collection by id or slug. */
export function getPromptCollection(args: { id: string }): Promise<GetPromptCollectionResult> {
  return lookup<GetPromptCollectionResult>(impl.spec, "getPromptCollection", args);
}

/** {@link getPromptCollection}, with arguments that may be Outputs. */
export function getPromptCollectionOutput(args: { id: pulumi.Input<string> }): pulumi.Output<GetPromptCollectionResult> {
  return pulumi.output(args).apply(getPromptCollection);
}

/** Lists the prompt collections of a workspace. */
export function getPromptCollections(args: { workspaceId: string }): Promise<{ collections: GetPromptCollectionResult[] }> {
  return list<GetPromptCollectionResult, "collections">(impl.spec, "getPromptCollections", args);
}

/** {@link getPromptCollections}, with arguments that may be Outputs. */
export function getPromptCollectionsOutput(args: { workspaceId: pulumi.Input<string> }): pulumi.Output<{ collections: GetPromptCollectionResult[] }> {
  return pulumi.output(args).apply(getPromptCollections);
}
