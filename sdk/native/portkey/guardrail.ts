// Generated from spec/portkey/guardrail.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { guardrailSpec } from "../../../spec/portkey/guardrail";
import { nativeProps } from "../core";
import type { GuardrailArgs, GetGuardrailResult } from "../../portkey/guardrail";
import type { GuardrailActions, GuardrailCheck } from "../../portkey/types";

export type { GuardrailArgs, GetGuardrailResult };

/**
 * A Portkey guardrail: checks on requests and responses, and the actions on their verdict.
 *
 * Import id: `slug`, e.g. `pg-conten-1a2b3c`. The Terraform provider's `portkey_guardrail`.
 *
 * Served by the native plugin `aigov`.
 */
export class Guardrail extends pulumi.CustomResource {
  /** Display name. */
  declare public readonly name: pulumi.Output<string>;
  /**
   * The workspace (id or slug) the guardrail belongs to; give this or organisationId.
   *
   * Changing it replaces the resource.
   */
  declare public readonly workspaceId: pulumi.Output<string | undefined>;
  /**
   * The organisation id, for an organisation-wide guardrail; give this or workspaceId.
   *
   * Changing it replaces the resource.
   */
  declare public readonly organisationId: pulumi.Output<string | undefined>;
  /** The checks, as a list of objects or a JSON string. Compared by meaning: `is_enabled: true` and key order do not count. */
  declare public readonly checks: pulumi.Output<GuardrailCheck[] | string>;
  /** The actions on the checks' verdict, as an object or a JSON string. Compared by meaning, not by text. */
  declare public readonly actions: pulumi.Output<GuardrailActions | string>;
  /** Portkey's slug for the guardrail (`pg-...`). */
  declare public readonly slug: pulumi.Output<string>;
  /** `active` or `archived`. */
  declare public readonly status: pulumi.Output<string>;
  /** Id of the current version. */
  declare public readonly versionId: pulumi.Output<string>;
  /** When the object was created (RFC 3339). */
  declare public readonly createdAt: pulumi.Output<string>;
  /** When the object was last updated (RFC 3339). */
  declare public readonly updatedAt: pulumi.Output<string>;

  constructor(name: string, args: GuardrailArgs, opts?: pulumi.CustomResourceOptions) {
    const p = nativeProps(guardrailSpec, name, args, opts);
    super("aigov:portkey:Guardrail", name, p.props, p.opts);
  }
}

/**
 * Looks up one guardrail by slug or id.
 *
 * Served by the plugin as an invoke.
 */
export function getGuardrail(args: { slug: string }, opts?: pulumi.InvokeOptions): Promise<GetGuardrailResult> {
  return pulumi.runtime.invoke("aigov:portkey:getGuardrail", args, opts);
}

/** {@link getGuardrail}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getGuardrailOutput(args: { slug: pulumi.Input<string> }, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetGuardrailResult> {
  return pulumi.runtime.invokeOutput("aigov:portkey:getGuardrail", args, opts);
}

/**
 * Lists guardrails (without their checks), those of a workspace or of the organisation.
 *
 * Served by the plugin as an invoke.
 */
export function getGuardrails(args: { workspaceId?: string; organisationId?: string } = {}, opts?: pulumi.InvokeOptions): Promise<{ guardrails: GetGuardrailResult[] }> {
  return pulumi.runtime.invoke("aigov:portkey:getGuardrails", args, opts);
}

/** {@link getGuardrails}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getGuardrailsOutput(args: { workspaceId?: pulumi.Input<string>; organisationId?: pulumi.Input<string> } = {}, opts?: pulumi.InvokeOutputOptions): pulumi.Output<{ guardrails: GetGuardrailResult[] }> {
  return pulumi.runtime.invokeOutput("aigov:portkey:getGuardrails", args, opts);
}
