// Generated from spec/portkey/workspace-member.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { workspaceMemberSpec } from "../../../spec/portkey/workspace-member";
import { nativeProps } from "../core";
import type { WorkspaceMemberArgs, GetWorkspaceMemberResult } from "../../portkey/workspace-member";

export type { WorkspaceMemberArgs, GetWorkspaceMemberResult };

/**
 * A user of the organisation made a member of a Portkey workspace, with a role there.
 *
 * Import id: `workspaceId/userId`, e.g. `ws-team-a-1a2b3c/66dc015d-0270-11f1-8eec-0e27d7367989`. The Terraform provider's `portkey_workspace_member`.
 *
 * Served by the native plugin `aigov`.
 */
export class WorkspaceMember extends pulumi.CustomResource {
  /**
   * Workspace id or slug.
   *
   * Changing it replaces the resource.
   */
  declare public readonly workspaceId: pulumi.Output<string>;
  /**
   * The user's id (a user of the organisation).
   *
   * Changing it replaces the resource.
   */
  declare public readonly userId: pulumi.Output<string>;
  /** The role in the workspace: `admin`, `manager` or `member`. */
  declare public readonly role: pulumi.Output<"admin" | "manager" | "member">;
  /** The user's email. */
  declare public readonly email: pulumi.Output<string>;
  /** The user's first name. */
  declare public readonly firstName: pulumi.Output<string>;
  /** The user's last name. */
  declare public readonly lastName: pulumi.Output<string>;
  /** The user's role in the organisation: `owner`, `admin` or `member`. */
  declare public readonly orgRole: pulumi.Output<string>;
  /** `active`. */
  declare public readonly status: pulumi.Output<string>;
  /** When the object was created (RFC 3339). */
  declare public readonly createdAt: pulumi.Output<string>;
  /** When the object was last updated (RFC 3339). */
  declare public readonly updatedAt: pulumi.Output<string>;

  constructor(name: string, args: WorkspaceMemberArgs, opts?: pulumi.CustomResourceOptions) {
    const p = nativeProps(workspaceMemberSpec, name, args, opts);
    super("aigov:portkey:WorkspaceMember", name, p.props, p.opts);
  }
}

/**
 * Lists the members of a workspace, optionally those with a role or an email.
 *
 * Served by the plugin as an invoke.
 */
export function getWorkspaceMembers(args: { workspaceId: string; role?: "admin" | "manager" | "member"; email?: string }, opts?: pulumi.InvokeOptions): Promise<{ members: GetWorkspaceMemberResult[] }> {
  return pulumi.runtime.invoke("aigov:portkey:getWorkspaceMembers", args, opts);
}

/** {@link getWorkspaceMembers}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getWorkspaceMembersOutput(args: { workspaceId: pulumi.Input<string>; role?: pulumi.Input<"admin" | "manager" | "member">; email?: pulumi.Input<string> }, opts?: pulumi.InvokeOutputOptions): pulumi.Output<{ members: GetWorkspaceMemberResult[] }> {
  return pulumi.runtime.invokeOutput("aigov:portkey:getWorkspaceMembers", args, opts);
}
