// Generated from spec/portkey/prompt.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { promptSpec } from "../../spec/portkey/prompt";
import { list, lookup } from "../core/data-source";
import { prepare, providerOf } from "../core/resource";
import type { PromptParameters, PromptParametersArgs } from "./types";

const impl = providerOf(promptSpec);

/** The arguments of a {@link Prompt}. */
export interface PromptArgs {
  /** Display name. */
  name: pulumi.Input<string>;
  /**
   * The prompt collection's id or slug.
   *
   * Changing it replaces the resource.
   */
  collectionId: pulumi.Input<string>;
  /** The template, with `{{variable}}` placeholders. A change makes a new version. */
  string: pulumi.Input<string>;
  /** The model the prompt runs on, e.g. `gpt-4o`. A change makes a new version. */
  model: pulumi.Input<string>;
  /** The virtual key (id or slug) the prompt runs through. */
  virtualKey: pulumi.Input<string>;
  /**
   * Model parameters such as `temperature` and `max_tokens`, as an object or a JSON string. A change makes a new version.
   *
   * Defaults to `{}`.
   */
  parameters?: pulumi.Input<PromptParametersArgs> | pulumi.Input<string>;
  /**
   * Description given to the version a change makes.
   *
   * Write-only: sent to the API, never read back.
   */
  versionDescription?: pulumi.Input<string>;
  /**
   * Whether a new version becomes the default at once (Portkey leaves the old one). With `false`, the prompt tracks its latest version and the default stays where the dashboard puts it.
   *
   * Write-only: sent to the API, never read back. Defaults to `true`.
   */
  makeDefault?: pulumi.Input<boolean>;
}

/**
 * A Portkey prompt: a versioned template, with its model and parameters, in a prompt collection.
 *
 * Import id: `slug`, e.g. `support-reply-1a2b3c`. The Terraform provider's `portkey_prompt`.
 */
export class Prompt extends pulumi.dynamic.Resource {
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
    const p = prepare(impl.spec, name, args, opts);
    super(impl, name, p.props, p.opts, "portkey", "Prompt");
  }
}

/** A Prompt as the API shows it, from its data sources. */
export interface GetPromptResult {
  /** The object's id. */
  id: string;
  /** Display name. */
  name: string;
  /** The prompt collection's id or slug. */
  collectionId: string;
  /** The template, with `{{variable}}` placeholders. A change makes a new version. */
  string: string;
  /** The model the prompt runs on, e.g. `gpt-4o`. A change makes a new version. */
  model: string;
  /** The virtual key (id or slug) the prompt runs through. */
  virtualKey: string;
  /** Model parameters such as `temperature` and `max_tokens`, as an object or a JSON string. A change makes a new version. */
  parameters?: PromptParameters;
  /** The workspace the prompt lives in (a list filter). */
  workspaceId?: string;
  /** Portkey's slug for the prompt. */
  slug: string;
  /** Number of the version shown: the default one, or with `makeDefault: false` the latest. */
  version?: number;
  /** Id of the version shown. */
  versionId?: string;
  /** Number of the default version, the one the gateway serves. */
  defaultVersion?: number;
  /** `active` or `archived`. */
  status?: string;
  /** When the object was created (RFC 3339). */
  createdAt?: string;
  /** When the object was last updated (RFC 3339). */
  updatedAt?: string;
}

/** Looks up one prompt by slug or id: its default version, or the version given. */
export function getPrompt(args: { slug: string; version?: number }): Promise<GetPromptResult> {
  return lookup<GetPromptResult>(impl.spec, "getPrompt", args);
}

/** {@link getPrompt}, with arguments that may be Outputs. */
export function getPromptOutput(args: { slug: pulumi.Input<string>; version?: pulumi.Input<number> }): pulumi.Output<GetPromptResult> {
  return pulumi.output(args).apply(getPrompt);
}

/** Lists prompts (without their templates), optionally those of one workspace or collection. */
export function getPrompts(args: { workspaceId?: string; collectionId?: string } = {}): Promise<{ prompts: GetPromptResult[] }> {
  return list<GetPromptResult, "prompts">(impl.spec, "getPrompts", args);
}

/** {@link getPrompts}, with arguments that may be Outputs. */
export function getPromptsOutput(args: { workspaceId?: pulumi.Input<string>; collectionId?: pulumi.Input<string> } = {}): pulumi.Output<{ prompts: GetPromptResult[] }> {
  return pulumi.output(args).apply(getPrompts);
}
