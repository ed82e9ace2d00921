// Generated from spec/portkey/virtual-key.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { virtualKeySpec } from "../../spec/portkey/virtual-key";
import { list, lookup } from "../core/data-source";
import { prepare, providerOf } from "../core/resource";

const impl = providerOf(virtualKeySpec);

/** The arguments of a {@link VirtualKey}. */
export interface VirtualKeyArgs {
  /** Display name. */
  name: pulumi.Input<string>;
  /**
   * Workspace id or slug.
   *
   * Changing it replaces the resource.
   */
  workspaceId: pulumi.Input<string>;
  /**
   * Integration slug or id.
   *
   * Changing it replaces the resource.
   */
  integrationId: pulumi.Input<string>;
  /**
   * URL-safe identifier. When absent, one is derived from the stack and the resource name, the same on every run.
   *
   * Changing it replaces the resource.
   */
  slug?: pulumi.Input<string>;
  /** Free-text note. */
  note?: pulumi.Input<string>;
}

/**
 * A Portkey virtual key (an AI provider bound to a workspace through an integration).
 *
 * Import id: `workspaceId:id`, e.g. `ws-team-a-1a2b3c:8d0f3c1e-...`. The Terraform provider's `portkey_provider`.
 */
export class VirtualKey extends pulumi.dynamic.Resource {
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
    const p = prepare(impl.spec, name, args, opts);
    super(impl, name, p.props, p.opts, "portkey", "VirtualKey");
  }
}

/** A VirtualKey as the API shows it, from its data sources. */
export interface GetVirtualKeyResult {
  /** The object's id. */
  id: string;
  /** Display name. */
  name: string;
  /** Workspace id or slug. */
  workspaceId: string;
  /** Integration slug or id. */
  integrationId: string;
  /** URL-safe identifier. When absent, one is derived from the stack and the resource name, the same on every run. */
  slug: string;
  /** Free-text note. */
  note?: string;
  /** The AI provider behind the integration. */
  aiProviderId?: string;
  /** `active`, `exhausted` or `expired`. */
  status?: string;
  /** When the object was created (RFC 3339). */
  createdAt?: string;
}

/** Looks up one virtual key by id or slug within a workspace. */
export function getVirtualKey(args: { id: string; workspaceId: string }): Promise<GetVirtualKeyResult> {
  return lookup<GetVirtualKeyResult>(impl.spec, "getVirtualKey", args);
}

/** {@link getVirtualKey}, with arguments that may be Outputs. */
export function getVirtualKeyOutput(args: { id: pulumi.Input<string>; workspaceId: pulumi.Input<string> }): pulumi.Output<GetVirtualKeyResult> {
  return pulumi.output(args).apply(getVirtualKey);
}

/** Lists the virtual keys of a workspace. */
export function getVirtualKeys(args: { workspaceId: string }): Promise<{ virtualKeys: GetVirtualKeyResult[] }> {
  return list<GetVirtualKeyResult, "virtualKeys">(impl.spec, "getVirtualKeys", args);
}

/** {@link getVirtualKeys}, with arguments that may be Outputs. */
export function getVirtualKeysOutput(args: { workspaceId: pulumi.Input<string> }): pulumi.Output<{ virtualKeys: GetVirtualKeyResult[] }> {
  return pulumi.output(args).apply(getVirtualKeys);
}
