// WorkspaceMember: its life on the real engine, and its bad-input cases. The
// emulator's single-member GET answers inconsistently (memberReadInconsistent),
// so every quiet preview after a refresh here is read through it.
import type { ResourceTable } from "../../helpers/tables";
import { SEEDED_USERS } from "../../../emulator/portkey/users";

const [, ana, max] = SEEDED_USERS.map((u) => u.id);
const m = { workspaceId: "ws-1", userId: "u-1", role: "member" };

export const table: ResourceTable = {
  lifecycle: {
    type: "WorkspaceMember",
    hasImmutableFields: true,
    mismatchField: "role",
    program(s, variant, imp) {
      const ws = imp ? imp.from.workspaceId : new s.portkey.Workspace("ws", { name: "Members" }).id;
      const args = {
        base: { workspaceId: ws, userId: ana, role: "member" },
        updated: { workspaceId: ws, userId: ana, role: "manager" },
        replaced: { workspaceId: ws, userId: max, role: "manager" },
      }[variant] as never;
      const member = new s.portkey.WorkspaceMember("member", args, imp ? { import: imp.importId } : {});
      return { targetId: member.id, userId: member.userId, workspaceId: ws };
    },
    async drift(a, out) {
      await a.put(`/admin/workspaces/${out.workspaceId}/users/${out.userId}`, { role: "admin" });
    },
    async drifted(a, out) {
      // The list answers consistently, unlike the single-member GET.
      const list = (await a.get(`/admin/workspaces/${out.workspaceId}/users`)).data as { id: string; role: string }[];
      return list.find((x) => x.id === out.userId)?.role === "admin";
    },
    async removeOutOfBand(a, out) {
      await a.delete(`/admin/workspaces/${out.workspaceId}/users/${out.userId}`);
    },
    async count(a, out) {
      // Once the workspace is destroyed, its members are gone with it (the list answers 403).
      return a.get(`/admin/workspaces/${out.workspaceId}/users`).then(
        (res) => res.total as number,
        () => 0,
      );
    },
    importId: (out) => `${out.workspaceId}/${out.userId}`,
  },
  badInput: [
    ["unknown role", { ...m, role: "owner" }, /WorkspaceMember\.role must be one of: admin, manager, member/],
    ["missing user", { workspaceId: "ws-1", role: "member" }, /WorkspaceMember\.userId is required/],
    ["missing role", { workspaceId: "ws-1", userId: "u-1" }, /WorkspaceMember\.role is required/],
    ["email is an output", { ...m, email: "a@example.test" }, /WorkspaceMember\.email is set by Portkey and cannot be given; remove it/],
    ["import id without a user", m, /WorkspaceMember\.import id "ws-1" must have the form workspaceId\/userId/, { import: "ws-1" }],
  ],
};
