// ScimWorkspaceMapping: its life on the real engine (every change replaces it:
// Portkey has no update endpoint), and its bad-input cases.
import type { ResourceTable } from "../../helpers/tables";

const mapping = { workspaceId: "ws-1", role: "member" };
// A mapping the drift step adds beside the stack's own; `count` leaves it out.
const OUT_OF_BAND = "Out-of-band auditors";

export const table: ResourceTable = {
  lifecycle: {
    type: "ScimWorkspaceMapping",
    hasImmutableFields: true,
    mismatchField: "role",
    program(s, variant, imp) {
      let ws: unknown, ws2: unknown;
      if (imp) [ws, ws2] = [imp.from.workspaceId, imp.from.workspace2Id];
      else [ws, ws2] = [new s.portkey.Workspace("ws", { name: "Scim A" }).id, new s.portkey.Workspace("ws2", { name: "Scim B" }).id];
      const group = { scimGroupName: "Platform engineers" };
      const args = {
        base: { workspaceId: ws, role: "member", ...group },
        updated: { workspaceId: ws, role: "admin", ...group },
        replaced: { workspaceId: ws2, role: "admin", ...group },
      }[variant] as never;
      const m = new s.portkey.ScimWorkspaceMapping("mapping", args, imp ? { import: imp.importId } : {});
      return { targetId: m.id, workspaceId: ws, workspace2Id: ws2, mappingWorkspaceId: m.workspaceId, scimGroupId: m.scimGroupId };
    },
    replaceOnly: {
      // Besides deleting it, all anyone can do is map another group to the workspace.
      async outOfBand(a, out) {
        await a.post("/scim/workspaces", { workspace_id: out.mappingWorkspaceId, role: "member", scim_group_name: OUT_OF_BAND });
      },
    },
    async removeOutOfBand(a, out) {
      await a.delete(`/scim/workspaces/${out.targetId}`);
    },
    async count(a) {
      return (await a.get("/scim/workspaces")).mappings.filter((m: any) => m.scim_group !== OUT_OF_BAND).length;
    },
    importId: (out) => `${out.mappingWorkspaceId}/${out.targetId}`,
  },
  badInput: [
    [
      "group by id and by name",
      { ...mapping, scimGroupId: "d290f1ee-6c54-4b01-90e6-d701748f0851", scimGroupName: "Engineering" },
      /ScimWorkspaceMapping\.scimGroupId or scimGroupName: scimGroupId and scimGroupName are both given; give exactly one/,
    ],
    ["no group", { ...mapping }, /ScimWorkspaceMapping\.scimGroupId or scimGroupName: none of scimGroupId, scimGroupName is given; give exactly one/],
    ["owner role", { ...mapping, role: "owner", scimGroupName: "Engineering" }, /ScimWorkspaceMapping\.role must be one of: admin, manager, member/],
    ["missing workspace", { role: "member", scimGroupName: "Engineering" }, /ScimWorkspaceMapping\.workspaceId is required/],
    [
      "auto-provisioned group name",
      { ...mapping, scimGroupName: "ws-team-role-admin" },
      /scimGroupName "ws-team-role-admin" has the form of a group Portkey provisions itself/,
    ],
    ["empty group id", { ...mapping, scimGroupId: "" }, /ScimWorkspaceMapping\.scimGroupId must not be empty/],
    ["import id without mapping", { ...mapping, scimGroupName: "Engineering" }, /must have the form workspaceId\/id/, { import: "ws-1" }],
  ],
};
