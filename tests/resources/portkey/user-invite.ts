// UserInvite: its life on the real engine (every change replaces it: Portkey
// has no update endpoint), and its bad-input cases.
import type { ResourceTable } from "../../helpers/tables";

const invite = { email: "dev@example.com", role: "member" };

export const table: ResourceTable = {
  lifecycle: {
    type: "UserInvite",
    hasImmutableFields: true,
    mismatchField: "email",
    program(s, variant, imp) {
      const ws = imp ? imp.from.workspaceId : new s.portkey.Workspace("ws", { name: "Invites" }).id;
      const args = {
        base: { email: "dev@example.com", role: "member", workspaces: [{ id: ws, role: "member" }], scopes: ["completions.write"] },
        updated: { email: "dev@example.com", role: "member", workspaces: [{ id: ws, role: "manager" }], scopes: ["completions.write"] },
        replaced: { email: "lead@example.com", role: "admin", workspaces: [{ id: ws, role: "manager" }], scopes: ["completions.write"] },
      }[variant] as never;
      const inv = new s.portkey.UserInvite("invite", args, imp ? { import: imp.importId } : {});
      return { targetId: inv.id, workspaceId: ws };
    },
    replaceOnly: {
      // A resend is all the API lets anyone do to an invite besides deleting it.
      async outOfBand(a, out) {
        await a.post(`/admin/users/invites/${out.targetId}/resend`, {});
      },
    },
    async removeOutOfBand(a, out) {
      await a.delete(`/admin/users/invites/${out.targetId}`);
    },
    async count(a) {
      return (await a.get("/admin/users/invites")).total;
    },
    importId: (out) => String(out.targetId),
  },
  badInput: [
    ["malformed email", { ...invite, email: "dev" }, /UserInvite\.email must be an email address/],
    ["owner role", { ...invite, role: "owner" }, /UserInvite\.role must be one of: admin, member/],
    [
      "workspace role unknown",
      { ...invite, workspaces: [{ id: "ws-1", role: "owner" }] },
      /UserInvite\.workspaces\[0\]\.role must be one of: admin, manager, member/,
    ],
    ["workspace without a role", { ...invite, workspaces: '[{"id": "ws-1"}]' }, /UserInvite\.workspaces\[0\] is missing the required key "role"/],
    ["empty scopes", { ...invite, scopes: [] }, /UserInvite\.scopes must not be empty: list at least 1 item\(s\), e\.g\. \["completions\.write"\]/],
    ["missing email", { role: "member" }, /UserInvite\.email is required/],
  ],
};
