// VirtualKey: its life on the real engine, and its bad-input cases.
import type { ResourceTable } from "../../helpers/tables";

const vk = { name: "k", workspaceId: "ws-1", integrationId: "openai-1" };
const long = "x".repeat(101);

export const table: ResourceTable = {
  lifecycle: {
    type: "VirtualKey",
    hasImmutableFields: true,
    mismatchField: "workspaceId",
    program(s, variant, imp) {
      let ws: unknown, ws2: unknown, integration: unknown;
      const deps: unknown[] = [];
      if (imp) {
        [ws, ws2, integration] = [imp.from.workspaceId, imp.from.workspace2Id, imp.from.integrationSlug];
      } else {
        const w1 = new s.portkey.Workspace("ws", { name: "Keys A" });
        const w2 = new s.portkey.Workspace("ws2", { name: "Keys B" });
        const i = new s.portkey.Integration("integration", { name: "Key creds", aiProviderId: "openai", key: "sk-vk-5555" });
        deps.push(
          new s.portkey.IntegrationWorkspaceAccess("access", { integrationId: i.slug, workspaceId: w1.id }),
          new s.portkey.IntegrationWorkspaceAccess("access2", { integrationId: i.slug, workspaceId: w2.id }),
        );
        [ws, ws2, integration] = [w1.id, w2.id, i.slug];
      }
      const args = {
        base: { name: "app key", workspaceId: ws, integrationId: integration, note: "first" },
        updated: { name: "app key", workspaceId: ws, integrationId: integration, note: "second" },
        replaced: { name: "app key", workspaceId: ws2, integrationId: integration, note: "second" },
      }[variant] as never;
      const vk = new s.portkey.VirtualKey("vk", args, { dependsOn: deps as never, ...(imp ? { import: imp.importId } : {}) });
      return { targetId: vk.id, slug: vk.slug, workspaceId: ws, workspace2Id: ws2, integrationSlug: integration, vkWorkspaceId: vk.workspaceId };
    },
    async drift(a, out) {
      await a.put(`/providers/${out.targetId}?workspace_id=${out.vkWorkspaceId}`, { note: "changed in the dashboard" });
    },
    async drifted(a, out) {
      return (await a.get(`/providers/${out.targetId}?workspace_id=${out.vkWorkspaceId}`)).note === "changed in the dashboard";
    },
    async removeOutOfBand(a, out) {
      await a.delete(`/providers/${out.targetId}?workspace_id=${out.vkWorkspaceId}`);
    },
    async count(a, out) {
      const [one, two] = await Promise.all([a.get(`/providers?workspace_id=${out.workspaceId}`), a.get(`/providers?workspace_id=${out.workspace2Id}`)]);
      return one.total + two.total;
    },
    importId: (out) => `${out.vkWorkspaceId}:${out.targetId}`,
  },
  badInput: [
    ["missing workspace", { name: "k", integrationId: "openai-1" }, /VirtualKey\.workspaceId is required/],
    ["missing integration", { name: "k", workspaceId: "ws-1" }, /VirtualKey\.integrationId is required/],
    ["missing name", { workspaceId: "ws-1", integrationId: "openai-1" }, /VirtualKey\.name is required/],
    ["slug starting with a dash", { ...vk, slug: "-bad" }, /VirtualKey\.slug must match/],
    ["note as a number", { ...vk, note: 7 }, /VirtualKey\.note must be string/],
    ["name too long", { ...vk, name: long }, /VirtualKey\.name must NOT have more than 100 characters/],
    ["unknown argument", { ...vk, budget: 1 }, /VirtualKey\.budget is not a known argument/],
    ["import id without a workspace", vk, /VirtualKey\.import id "only-one-part" must have the form workspaceId:id/, { import: "only-one-part" }],
  ],
};
