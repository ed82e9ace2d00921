// Generated from spec/portkey/prompt-partial.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { promptPartialSpec } from "../../spec/portkey/prompt-partial";
import { list, lookup } from "../core/data-source";
import { prepare, providerOf } from "../core/resource";

const impl = providerOf(promptPartialSpec);

/** The arguments of a {@link PromptPartial}. */
export interface PromptPartialArgs {
  /** Display name. */
  name: pulumi.Input<string>;
  /** The fragment's text, which may hold `{{variable}}` placeholders. A change makes a new version. */
  content: pulumi.Input<string>;
  /**
   * The workspace the partial lives in, by id or slug. Portkey requires it with an organisation's Admin API key.
   *
   * Changing it replaces the resource.
   */
  workspaceId?: pulumi.Input<string>;
  /**
   * Description given to the version a change makes.
   *
   * Write-only: sent to the API, never read back.
   */
  versionDescription?: pulumi.Input<string>;
  /**
   * Whether a new version becomes the default at once (Portkey leaves the old one). With `false`, the partial tracks its latest version and the default stays where the dashboard puts it.
   *
   * Write-only: sent to the API, never read back. Defaults to `true`.
   */
  makeDefault?: pulumi.Input<boolean>;
}

/**
 * A Portkey prompt partial: a reusable, versioned template fragment that prompts include with `{{>partial-slug}}`.
 *
 * Import id: `slug`, e.g. `system-context-1a2b3c`. The Terraform provider's `portkey_prompt_partial`.
 */
export class PromptPartial extends pulumi.dynamic.Resource {
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
    const p = prepare(impl.spec, name, args, opts);
    super(impl, name, p.props, p.opts, "portkey", "PromptPartial");
  }
}

/** A PromptPartial as the API shows it, from its data sources. */
export interface GetPromptPartialResult {
  /** The object's id. */
  id: string;
  /** Display name. */
  name: string;
  /** The fragment's text, which may hold `{{variable}}` placeholders. A change makes a new version. */
  content: string;
  /** The workspace the partial lives in, by id or slug. Portkey requires it with an organisation's Admin API key. */
  workspaceId?: string;
  /** Portkey's slug for the partial, the name prompts include it by. */
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

/** Looks up one prompt partial by slug or id: its default version, or the version given. */
export function getPromptPartial(args: { slug: string; version?: number }): Promise<GetPromptPartialResult> {
  return lookup<GetPromptPartialResult>(impl.spec, "getPromptPartial", args);
}

/** {@link getPromptPartial}, with arguments that may be Outputs. */
export function getPromptPartialOutput(args: { slug: pulumi.Input<string>; version?: pulumi.Input<number> }): pulumi.Output<GetPromptPartialResult> {
  return pulumi.output(args).apply(getPromptPartial);
}

/** Lists prompt partials (without their content), optionally those of one workspace. */
export function getPromptPartials(args: { workspaceId?: string } = {}): Promise<{ promptPartials: GetPromptPartialResult[] }> {
  return list<GetPromptPartialResult, "promptPartials">(impl.spec, "getPromptPartials", args);
}

/** {@link getPromptPartials}, with arguments that may be Outputs. */
export function getPromptPartialsOutput(args: { workspaceId?: pulumi.Input<string> } = {}): pulumi.Output<{ promptPartials: GetPromptPartialResult[] }> {
  return pulumi.output(args).apply(getPromptPartials);
}
