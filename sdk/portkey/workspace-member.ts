// Generated from spec/portkey/workspace-member.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { workspaceMemberSpec } from "../../spec/portkey/workspace-member";
import { list } from "../core/data-source";
import { prepare, providerOf } from "../core/resource";

const impl = providerOf(workspaceMemberSpec);

/** The arguments of a {@link WorkspaceMember}. */
export interface WorkspaceMemberArgs {
  /**
   * Workspace id or slug.
   *
   * Changing it replaces the resource.
   */
  workspaceId: pulumi.Input<string>;
  /**
   * The user's id (a user of the organisation).
   *
   * Changing it replaces the resource.
   */
  userId: pulumi.Input<string>;
  /** The role in the workspace: `admin`, `manager` or `member`. */
  role: pulumi.Input<"admin" | "manager" | "member">;
}

/**
 * A user of the organisation made a member of a Portkey workspace, with a role there.
 *
 * Import id: `workspaceId/userId`, e.g. `ws-team-a-1a2b3c/66dc015d-0270-11f1-8eec-0e27d7367989`. The Terraform provider's `portkey_workspace_member`.
 */
export class WorkspaceMember extends pulumi.dynamic.Resource {
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
    const p = prepare(impl.spec, name, args, opts);
    super(impl, name, p.props, p.opts, "portkey", "WorkspaceMember");
  }
}

/** A WorkspaceMember as the API shows it, from its data sources. */
export interface GetWorkspaceMemberResult {
  /** The object's id. */
  id: string;
  /** Workspace id or slug. */
  workspaceId: string;
  /** The user's id (a user of the organisation). */
  userId: string;
  /** The role in the workspace: `admin`, `manager` or `member`. */
  role: "admin" | "manager" | "member";
  /** The user's email. */
  email?: string;
  /** The user's first name. */
  firstName?: string;
  /** The user's last name. */
  lastName?: string;
  /** The user's role in the organisation: `owner`, `admin` or `member`. */
  orgRole?: string;
  /** `active`. */
  status?: string;
  /** When the object was created (RFC 3339). */
  createdAt?: string;
  /** When the object was last updated (RFC 3339). */
  updatedAt?: string;
}

/** Lists the members of a workspace, optionally those with a role or an email. */
export function getWorkspaceMembers(args: { workspaceId: string; role?: "admin" | "manager" | "member"; email?: string }): Promise<{ members: GetWorkspaceMemberResult[] }> {
  return list<GetWorkspaceMemberResult, "members">(impl.spec, "getWorkspaceMembers", args);
}

/** {@link getWorkspaceMembers}, with arguments that may be Outputs. */
export function getWorkspaceMembersOutput(args: { workspaceId: pulumi.Input<string>; role?: pulumi.Input<"admin" | "manager" | "member">; email?: pulumi.Input<string> }): pulumi.Output<{ members: GetWorkspaceMemberResult[] }> {
  return pulumi.output(args).apply(getWorkspaceMembers);
}
