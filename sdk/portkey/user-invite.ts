// Generated from spec/portkey/user-invite.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { userInviteSpec } from "../../spec/portkey/user-invite";
import { prepare, providerOf } from "../core/resource";
import type { InviteWorkspace, InviteWorkspaceArgs } from "./types";

const impl = providerOf(userInviteSpec);

/** The arguments of an {@link UserInvite}. */
export interface UserInviteArgs {
  /**
   * Who is invited.
   *
   * Changing it replaces the resource.
   */
  email: pulumi.Input<string>;
  /**
   * Organisation role: `admin` or `member`.
   *
   * Changing it replaces the resource.
   */
  role: pulumi.Input<"admin" | "member">;
  /**
   * Workspaces the user joins on accepting, each with a role: `admin`, `manager` or `member`.
   *
   * Typed, or a JSON string of the same shape; compared by meaning, not by text. Changing it replaces the resource.
   */
  workspaces?: pulumi.Input<pulumi.Input<InviteWorkspaceArgs>[]> | pulumi.Input<string>;
  /**
   * Permissions of the workspace API key the user receives, e.g. `["completions.write"]`. Portkey does not show them again.
   *
   * Write-only: sent to the API, never read back. Changing it replaces the resource.
   */
  scopes?: pulumi.Input<pulumi.Input<string>[]>;
}

/**
 * A Portkey invitation of one email to the organisation and its workspaces. Portkey cannot change an invite: every change replaces it (a new invitation is sent).
 *
 * Import id: `id`, e.g. `9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b`. The Terraform provider's `portkey_user_invite`.
 */
export class UserInvite extends pulumi.dynamic.Resource {
  /**
   * Who is invited.
   *
   * Changing it replaces the resource.
   */
  declare public readonly email: pulumi.Output<string>;
  /**
   * Organisation role: `admin` or `member`.
   *
   * Changing it replaces the resource.
   */
  declare public readonly role: pulumi.Output<"admin" | "member">;
  /**
   * Workspaces the user joins on accepting, each with a role: `admin`, `manager` or `member`.
   *
   * Typed, or a JSON string of the same shape; compared by meaning, not by text. Changing it replaces the resource.
   */
  declare public readonly workspaces: pulumi.Output<InviteWorkspace[] | string | undefined>;
  /**
   * Permissions of the workspace API key the user receives, e.g. `["completions.write"]`. Portkey does not show them again.
   *
   * Write-only: sent to the API, never read back. Changing it replaces the resource.
   */
  declare public readonly scopes: pulumi.Output<string[] | undefined>;
  /** `pending`, `accepted`, `expired` or `cancelled`. */
  declare public readonly status: pulumi.Output<string>;
  /** When the invitation expires (RFC 3339). */
  declare public readonly expiresAt: pulumi.Output<string>;
  /** When the object was created (RFC 3339). */
  declare public readonly createdAt: pulumi.Output<string>;

  constructor(name: string, args: UserInviteArgs, opts?: pulumi.CustomResourceOptions) {
    const p = prepare(impl.spec, name, args, opts);
    super(impl, name, p.props, p.opts, "portkey", "UserInvite");
  }
}
