// ApiKey: its life on the real engine, and its bad-input cases.
import type { ResourceTable } from "../../helpers/tables";

const key = { name: "k", type: "organisation", subType: "service", scopes: ["completions.write"] };

export const table: ResourceTable = {
  lifecycle: {
    type: "ApiKey",
    hasImmutableFields: true,
    mismatchField: "description",
    program(s, variant, imp) {
      let ws: unknown, ws2: unknown;
      if (imp) {
        [ws, ws2] = [imp.from.workspaceId, imp.from.workspace2Id];
      } else {
        ws = new s.portkey.Workspace("ws", { name: "Keys A" }).id;
        ws2 = new s.portkey.Workspace("ws2", { name: "Keys B" }).id;
      }
      const common = { name: "app", type: "workspace", subType: "service", scopes: ["completions.write"] };
      const args = {
        base: { ...common, workspaceId: ws, description: "first" },
        updated: { ...common, workspaceId: ws, description: "second", rateLimits: [{ type: "requests", unit: "rpm", value: 60 }] },
        replaced: { ...common, workspaceId: ws2, description: "second", rateLimits: [{ type: "requests", unit: "rpm", value: 60 }] },
      }[variant] as never;
      const k = new s.portkey.ApiKey("key", args, imp ? { import: imp.importId } : {});
      return { targetId: k.id, workspaceId: ws, workspace2Id: ws2 };
    },
    async drift(a, out) {
      await a.put(`/api-keys/${out.targetId}`, { description: "changed in the dashboard" });
    },
    async drifted(a, out) {
      return (await a.get(`/api-keys/${out.targetId}`)).description === "changed in the dashboard";
    },
    async removeOutOfBand(a, out) {
      await a.delete(`/api-keys/${out.targetId}`);
    },
    async count(a) {
      return (await a.get("/api-keys")).total;
    },
    importId: (out) => String(out.targetId),
  },
  badInput: [
    [
      "empty scopes (Portkey answers 502)",
      { ...key, scopes: [] },
      /ApiKey\.scopes must not be empty: list at least 1 item\(s\), e\.g\. \["completions\.write"\]/,
    ],
    ["missing scopes", { name: "k", type: "organisation", subType: "service" }, /ApiKey\.scopes is required/],
    ["unknown kind", { ...key, type: "team" }, /ApiKey\.type must be one of: organisation, workspace/],
    ["workspace key without a workspace", { ...key, type: "workspace" }, /ApiKey\.workspaceId is required \(when type is workspace: .*set workspaceId\)/],
    [
      "organisation key in a workspace",
      { ...key, workspaceId: "ws-1" },
      /ApiKey\.workspaceId does not apply here; remove it \(when type is organisation: .*set type to workspace\)/,
    ],
    ["user key without a user", { ...key, subType: "user" }, /ApiKey\.userId is required \(when subType is user/],
    ["key value given", { ...key, key: "pk-123" }, /ApiKey\.key is set by Portkey and cannot be given; remove it/],
    ["alert email malformed", { ...key, alertEmails: ["ops"] }, /ApiKey\.alertEmails\[0\] must be an email address/],
  ],
};
