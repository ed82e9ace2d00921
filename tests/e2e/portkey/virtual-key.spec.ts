import { useEmulator } from "../../helpers/emulator";
import { lifecycle } from "../../helpers/lifecycle";

const emulator = useEmulator();

lifecycle(
  {
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
  emulator,
);
