// Generated from spec/portkey/prompt.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { promptSpec } from "../../../spec/portkey/prompt";
import { nativeProps } from "../core";
import type { PromptArgs, GetPromptResult } from "../../portkey/prompt";
import type { PromptParameters } from "../../portkey/types";

export type { PromptArgs, GetPromptResult };

/**
 * A Portkey prompt: a versioned template, with its model and parameters, in a prompt collection.
 *
 * Import id: `slug`, e.g. `support-reply-1a2b3c`. The Terraform provider's `portkey_prompt`.
 *
 * Served by the native plugin `aigov`.
 */
export class Prompt extends pulumi.CustomResource {
  /** Display name. */
  declare public readonly name: pulumi.Output<string>;
  /**
   * The prompt collection's id or slug.
   *
   * Changing it replaces the resource.
   */
  declare public readonly collectionId: pulumi.Output<string>;
  /** The template, with `{{variable}}` placeholders. A change makes a new version. */
  declare public readonly string: pulumi.Output<string>;
  /** The model the prompt runs on, e.g. `gpt-4o`. A change makes a new version. */
  declare public readonly model: pulumi.Output<string>;
  /** The virtual key (id or slug) the prompt runs through. */
  declare public readonly virtualKey: pulumi.Output<string>;
  /**
   * Model parameters such as `temperature` and `max_tokens`, as an object or a JSON string. A change makes a new version.
   *
   * Defaults to `{}`.
   */
  declare public readonly parameters: pulumi.Output<PromptParameters | string | undefined>;
  /** The workspace the prompt lives in (a list filter). */
  declare public readonly workspaceId: pulumi.Output<string>;
  /** Portkey's slug for the prompt. */
  declare public readonly slug: pulumi.Output<string>;
  /** Number of the version shown: the default one, or with `makeDefault: false` the latest. */
  declare public readonly version: pulumi.Output<number>;
  /** Id of the version shown. */
  declare public readonly versionId: pulumi.Output<string>;
  /**
   * Description given to the version a change makes.
   *
   * Write-only: sent to the API, never read back.
   */
  declare public readonly versionDescription: pulumi.Output<string | undefined>;
  /**
   * Whether a new version becomes the default at once (Portkey leaves the old one). With `false`, the prompt tracks its latest version and the default stays where the dashboard puts it.
   *
   * Write-only: sent to the API, never read back. Defaults to `true`.
   */
  declare public readonly makeDefault: pulumi.Output<boolean | undefined>;
  /** Number of the default version, the one the gateway serves. */
  declare public readonly defaultVersion: pulumi.Output<number>;
  /** `active` or `archived`. */
  declare public readonly status: pulumi.Output<string>;
  /** When the object was created (RFC 3339). */
  declare public readonly createdAt: pulumi.Output<string>;
  /** When the object was last updated (RFC 3339). */
  declare public readonly updatedAt: pulumi.Output<string>;

  constructor(name: string, args: PromptArgs, opts?: pulumi.CustomResourceOptions) {
    const p = nativeProps(promptSpec, name, args, opts);
    super("aigov:portkey:Prompt", name, p.props, p.opts);
  }
}

/**
 * Looks up one prompt by slug or id: its default version, or the version given.
 *
 * Served by the plugin as an invoke.
 */
export function getPrompt(args: { slug: string }, opts?: pulumi.InvokeOptions): Promise<GetPromptResult> {
  return pulumi.runtime.invoke("aigov:portkey:getPrompt", args, opts);
}

/** {@link getPrompt}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getPromptOutput(args: { slug: pulumi.Input<string> }, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetPromptResult> {
  return pulumi.runtime.invokeOutput("aigov:portkey:getPrompt", args, opts);
}

/**
 * Lists prompts (without their templates), optionally those of one workspace or collection.
 *
 * Served by the plugin as an invoke.
 */
export function getPrompts(args: { workspaceId?: string; collectionId?: string } = {}, opts?: pulumi.InvokeOptions): Promise<{ prompts: GetPromptResult[] }> {
  return pulumi.runtime.invoke("aigov:portkey:getPrompts", args, opts);
}

/** {@link getPrompts}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getPromptsOutput(args: { workspaceId?: pulumi.Input<string>; collectionId?: pulumi.Input<string> } = {}, opts?: pulumi.InvokeOutputOptions): pulumi.Output<{ prompts: GetPromptResult[] }> {
  return pulumi.runtime.invokeOutput("aigov:portkey:getPrompts", args, opts);
}
