// Generated from spec/portkey/scim-workspace-mapping.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { scimWorkspaceMappingSpec } from "../../spec/portkey/scim-workspace-mapping";
import { list } from "../core/data-source";
import { prepare, providerOf } from "../core/resource";

const impl = providerOf(scimWorkspaceMappingSpec);

/** The arguments of a {@link ScimWorkspaceMapping}. */
export interface ScimWorkspaceMappingArgs {
  /**
   * The workspace, by id or slug.
   *
   * Changing it replaces the resource.
   */
  workspaceId: pulumi.Input<string>;
  /**
   * The role the group's members get: `admin`, `manager` or `member`.
   *
   * Changing it replaces the resource.
   */
  role: pulumi.Input<"admin" | "manager" | "member">;
  /**
   * An existing SCIM group, by id. Give this or `scimGroupName`. Filled in by Portkey when the group is named.
   *
   * Changing it replaces the resource. Chosen by the server when left out.
   */
  scimGroupId?: pulumi.Input<string>;
  /**
   * A SCIM group by display name, created if it does not exist yet (before the identity provider pushes it). Give this or `scimGroupId`. It must not look like Portkey's auto-provisioned names (`ws-<name>-role-admin`). Portkey does not show it again: see `scimGroup`.
   *
   * Write-only: sent to the API, never read back. Changing it replaces the resource.
   */
  scimGroupName?: pulumi.Input<string>;
}

/**
 * Gives the members of a SCIM group a role in a Portkey workspace. Portkey cannot change a mapping: every change replaces it. Destroying it archives the mapping; the group and the workspace stay.
 *
 * Import id: `workspaceId/id`, e.g. `ws-team-a-1a2b3c/d290f1ee-6c54-4b01-90e6-d701748f0851`. The Terraform provider's `portkey_scim_workspace_mapping`.
 */
export class ScimWorkspaceMapping extends pulumi.dynamic.Resource {
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
    const p = prepare(impl.spec, name, args, opts);
    super(impl, name, p.props, p.opts, "portkey", "ScimWorkspaceMapping");
  }
}

/** A ScimWorkspaceMapping as the API shows it, from its data sources. */
export interface GetScimWorkspaceMappingResult {
  /** The object's id. */
  id: string;
  /** The workspace, by id or slug. */
  workspaceId: string;
  /** The role the group's members get: `admin`, `manager` or `member`. */
  role: "admin" | "manager" | "member";
  /** An existing SCIM group, by id. Give this or `scimGroupName`. Filled in by Portkey when the group is named. */
  scimGroupId?: string;
  /** The SCIM group's display name, as Portkey shows it. */
  scimGroup?: string;
}

/** Lists the SCIM group mappings of the organisation, every page, optionally of one workspace (a slug is resolved to its UUID, the only form Portkey's filter matches), SCIM group or role. */
export function getScimWorkspaceMappings(args: { workspaceId?: string; scimGroupId?: string; role?: "admin" | "manager" | "member" } = {}): Promise<{ mappings: GetScimWorkspaceMappingResult[] }> {
  return list<GetScimWorkspaceMappingResult, "mappings">(impl.spec, "getScimWorkspaceMappings", args);
}

/** {@link getScimWorkspaceMappings}, with arguments that may be Outputs. */
export function getScimWorkspaceMappingsOutput(args: { workspaceId?: pulumi.Input<string>; scimGroupId?: pulumi.Input<string>; role?: pulumi.Input<"admin" | "manager" | "member"> } = {}): pulumi.Output<{ mappings: GetScimWorkspaceMappingResult[] }> {
  return pulumi.output(args).apply(getScimWorkspaceMappings);
}
