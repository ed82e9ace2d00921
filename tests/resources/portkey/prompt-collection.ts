// PromptCollection: its life on the real engine, and its bad-input cases.
import type { ResourceTable } from "../../helpers/tables";

const col = { name: "Prompts", workspaceId: "ws-1" };

export const table: ResourceTable = {
  lifecycle: {
    type: "PromptCollection",
    hasImmutableFields: true,
    mismatchField: "name",
    program(s, variant, imp) {
      let ws: unknown, ws2: unknown;
      if (imp) {
        [ws, ws2] = [imp.from.workspaceId, imp.from.workspace2Id];
      } else {
        ws = new s.portkey.Workspace("ws", { name: "Prompts A" }).id;
        ws2 = new s.portkey.Workspace("ws2", { name: "Prompts B" }).id;
      }
      const args = {
        base: { name: "Support prompts", workspaceId: ws },
        updated: { name: "Support prompts v2", workspaceId: ws },
        replaced: { name: "Support prompts v2", workspaceId: ws2 },
      }[variant] as never;
      const c = new s.portkey.PromptCollection("collection", args, imp ? { import: imp.importId } : {});
      return { targetId: c.id, slug: c.slug, workspaceId: ws, workspace2Id: ws2 };
    },
    async drift(a, out) {
      await a.put(`/collections/${out.targetId}`, { name: "Renamed in the dashboard" });
    },
    async drifted(a, out) {
      return (await a.get(`/collections/${out.targetId}`)).name === "Renamed in the dashboard";
    },
    async removeOutOfBand(a, out) {
      await a.delete(`/collections/${out.targetId}`);
    },
    async count(a) {
      return (await a.get("/collections")).total;
    },
    importId: (out) => String(out.targetId),
  },
  badInput: [
    ["missing workspace", { name: "Prompts" }, /PromptCollection\.workspaceId is required/],
    ["missing name", { workspaceId: "ws-1" }, /PromptCollection\.name is required/],
    ["empty name", { ...col, name: "" }, /PromptCollection\.name must not be empty/],
    ["parent as a number", { ...col, parentCollectionId: 7 }, /PromptCollection\.parentCollectionId must be string/],
    ["slug is an output", { ...col, slug: "mine" }, /PromptCollection\.slug is set by Portkey and cannot be given; remove it/],
  ],
};
