// Generated from spec/portkey/scim-workspace-mapping.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { scimWorkspaceMappingSpec } from "../../../spec/portkey/scim-workspace-mapping";
import { nativeProps } from "../core";
import type { ScimWorkspaceMappingArgs, GetScimWorkspaceMappingResult } from "../../portkey/scim-workspace-mapping";

export type { ScimWorkspaceMappingArgs, GetScimWorkspaceMappingResult };

/**
 * Gives the members of a SCIM group a role in a Portkey workspace. Portkey cannot change a mapping: every change replaces it. Destroying it archives the mapping; the group and the workspace stay.
 *
 * Import id: `workspaceId/id`, e.g. `ws-team-a-1a2b3c/d290f1ee-6c54-4b01-90e6-d701748f0851`. The Terraform provider's `portkey_scim_workspace_mapping`.
 *
 * Served by the native plugin `aigov`.
 */
export class ScimWorkspaceMapping extends pulumi.CustomResource {
  /**
   * The workspace, by id or slug.
   *
   * Changing it replaces the resource.
   */
  declare public readonly workspaceId: pulumi.Output<string>;
  /**
   * The role the group's members get: `admin`, `manager` or `member`.
   *
   * Changing it replaces the resource.
   */
  declare public readonly role: pulumi.Output<"admin" | "manager" | "member">;
  /**
   * An existing SCIM group, by id. Give this or `scimGroupName`. Filled in by Portkey when the group is named.
   *
   * Changing it replaces the resource. Chosen by the server when left out.
   */
  declare public readonly scimGroupId: pulumi.Output<string>;
  /**
   * A SCIM group by display name, created if it does not exist yet (before the identity provider pushes it). Give this or `scimGroupId`. It must not look like Portkey's auto-provisioned names (`ws-<name>-role-admin`). Portkey does not show it again: see `scimGroup`.
   *
   * Write-only: sent to the API, never read back. Changing it replaces the resource.
   */
  declare public readonly scimGroupName: pulumi.Output<string | undefined>;
  /** The SCIM group's display name, as Portkey shows it. */
  declare public readonly scimGroup: pulumi.Output<string>;

  constructor(name: string, args: ScimWorkspaceMappingArgs, opts?: pulumi.CustomResourceOptions) {
    const p = nativeProps(scimWorkspaceMappingSpec, name, args, opts);
    super("aigov:portkey:ScimWorkspaceMapping", name, p.props, p.opts);
  }
}

/**
 * Lists the SCIM group mappings of the organisation, every page, optionally of one workspace (a slug is resolved to its UUID, the only form Portkey's filter matches), SCIM group or role.
 *
 * Served by the plugin as an invoke.
 */
export function getScimWorkspaceMappings(args: { workspaceId?: string; scimGroupId?: string; role?: "admin" | "manager" | "member" } = {}, opts?: pulumi.InvokeOptions): Promise<{ mappings: GetScimWorkspaceMappingResult[] }> {
  return pulumi.runtime.invoke("aigov:portkey:getScimWorkspaceMappings", args, opts);
}

/** {@link getScimWorkspaceMappings}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getScimWorkspaceMappingsOutput(args: { workspaceId?: pulumi.Input<string>; scimGroupId?: pulumi.Input<string>; role?: pulumi.Input<"admin" | "manager" | "member"> } = {}, opts?: pulumi.InvokeOutputOptions): pulumi.Output<{ mappings: GetScimWorkspaceMappingResult[] }> {
  return pulumi.runtime.invokeOutput("aigov:portkey:getScimWorkspaceMappings", args, opts);
}
