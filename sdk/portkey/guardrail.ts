// Generated from spec/portkey/guardrail.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { guardrailSpec } from "../../spec/portkey/guardrail";
import { list, lookup } from "../core/data-source";
import { prepare, providerOf } from "../core/resource";
import type { GuardrailActions, GuardrailActionsArgs, GuardrailCheck, GuardrailCheckArgs } from "./types";

const impl = providerOf(guardrailSpec);

/** The arguments of a {@link Guardrail}. */
export interface GuardrailArgs {
  /** Display name. */
  name: pulumi.Input<string>;
  /**
   * The workspace (id or slug) the guardrail belongs to; give this or organisationId.
   *
   * Changing it replaces the resource.
   */
  workspaceId?: pulumi.Input<string>;
  /**
   * The organisation id, for an organisation-wide guardrail; give this or workspaceId.
   *
   * Changing it replaces the resource.
   */
  organisationId?: pulumi.Input<string>;
  /** The checks, as a list of objects or a JSON string. Compared by meaning: `is_enabled: true` and key order do not count. */
  checks: pulumi.Input<pulumi.Input<GuardrailCheckArgs>[]> | pulumi.Input<string>;
  /** The actions on the checks' verdict, as an object or a JSON string. Compared by meaning, not by text. */
  actions: pulumi.Input<GuardrailActionsArgs> | pulumi.Input<string>;
}

/**
 * A Portkey guardrail: checks on requests and responses, and the actions on their verdict.
 *
 * Import id: `slug`, e.g. `pg-conten-1a2b3c`. The Terraform provider's `portkey_guardrail`.
 */
export class Guardrail extends pulumi.dynamic.Resource {
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
    const p = prepare(impl.spec, name, args, opts);
    super(impl, name, p.props, p.opts, "portkey", "Guardrail");
  }
}

/** A Guardrail as the API shows it, from its data sources. */
export interface GetGuardrailResult {
  /** The object's id. */
  id: string;
  /** Display name. */
  name: string;
  /** The workspace (id or slug) the guardrail belongs to; give this or organisationId. */
  workspaceId?: string;
  /** The organisation id, for an organisation-wide guardrail; give this or workspaceId. */
  organisationId?: string;
  /** The checks, as a list of objects or a JSON string. Compared by meaning: `is_enabled: true` and key order do not count. */
  checks: GuardrailCheck[];
  /** The actions on the checks' verdict, as an object or a JSON string. Compared by meaning, not by text. */
  actions: GuardrailActions;
  /** Portkey's slug for the guardrail (`pg-...`). */
  slug: string;
  /** `active` or `archived`. */
  status?: string;
  /** Id of the current version. */
  versionId?: string;
  /** When the object was created (RFC 3339). */
  createdAt?: string;
  /** When the object was last updated (RFC 3339). */
  updatedAt?: string;
}

/** Looks up one guardrail by slug or id. */
export function getGuardrail(args: { slug: string }): Promise<GetGuardrailResult> {
  return lookup<GetGuardrailResult>(impl.spec, "getGuardrail", args);
}

/** {@link getGuardrail}, with arguments that may be Outputs. */
export function getGuardrailOutput(args: { slug: pulumi.Input<string> }): pulumi.Output<GetGuardrailResult> {
  return pulumi.output(args).apply(getGuardrail);
}

/** Lists guardrails (without their checks), those of a workspace or of the organisation. */
export function getGuardrails(args: { workspaceId?: string; organisationId?: string } = {}): Promise<{ guardrails: GetGuardrailResult[] }> {
  return list<GetGuardrailResult, "guardrails">(impl.spec, "getGuardrails", args);
}

/** {@link getGuardrails}, with arguments that may be Outputs. */
export function getGuardrailsOutput(args: { workspaceId?: pulumi.Input<string>; organisationId?: pulumi.Input<string> } = {}): pulumi.Output<{ guardrails: GetGuardrailResult[] }> {
  return pulumi.output(args).apply(getGuardrails);
}
