// Generated from spec/portkey/prompt-partial.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { promptPartialSpec } from "../../../spec/portkey/prompt-partial";
import { nativeProps } from "../core";
import type { PromptPartialArgs, GetPromptPartialResult } from "../../portkey/prompt-partial";

export type { PromptPartialArgs, GetPromptPartialResult };

/**
 * A Portkey prompt partial: a reusable, versioned template fragment that prompts include with `{{>partial-slug}}`.
 *
 * Import id: `slug`, e.g. `system-context-1a2b3c`. The Terraform provider's `portkey_prompt_partial`.
 *
 * Served by the native plugin `aigov`.
 */
export class PromptPartial extends pulumi.CustomResource {
  /** Display name. */
  declare public readonly name: pulumi.Output<string>;
  /** The fragment's text, which may hold `{{variable}}` placeholders. A change makes a new version. */
  declare public readonly content: pulumi.Output<string>;
  /**
   * The workspace the partial lives in, by id or slug. Portkey requires it with an organisation's Admin API key.
   *
   * Changing it replaces the resource.
   */
  declare public readonly workspaceId: pulumi.Output<string | undefined>;
  /** Portkey's slug for the partial, the name prompts include it by. */
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
   * Whether a new version becomes the default at once (Portkey leaves the old one). With `false`, the partial tracks its latest version and the default stays where the dashboard puts it.
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

  constructor(name: string, args: PromptPartialArgs, opts?: pulumi.CustomResourceOptions) {
    const p = nativeProps(promptPartialSpec, name, args, opts);
    super("aigov:portkey:PromptPartial", name, p.props, p.opts);
  }
}

/**
 * Looks up one prompt partial by slug or id: its default version, or the version given.
 *
 * Served by the plugin as an invoke.
 */
export function getPromptPartial(args: { slug: string }, opts?: pulumi.InvokeOptions): Promise<GetPromptPartialResult> {
  return pulumi.runtime.invoke("aigov:portkey:getPromptPartial", args, opts);
}

/** {@link getPromptPartial}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getPromptPartialOutput(args: { slug: pulumi.Input<string> }, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetPromptPartialResult> {
  return pulumi.runtime.invokeOutput("aigov:portkey:getPromptPartial", args, opts);
}

/**
 * Lists prompt partials (without their content), optionally those of one workspace.
 *
 * Served by the plugin as an invoke.
 */
export function getPromptPartials(args: { workspaceId?: string } = {}, opts?: pulumi.InvokeOptions): Promise<{ promptPartials: GetPromptPartialResult[] }> {
  return pulumi.runtime.invoke("aigov:portkey:getPromptPartials", args, opts);
}

/** {@link getPromptPartials}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getPromptPartialsOutput(args: { workspaceId?: pulumi.Input<string> } = {}, opts?: pulumi.InvokeOutputOptions): pulumi.Output<{ promptPartials: GetPromptPartialResult[] }> {
  return pulumi.runtime.invokeOutput("aigov:portkey:getPromptPartials", args, opts);
}
