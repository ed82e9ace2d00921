import { useEmulator } from "../../helpers/emulator";
import { lifecycle } from "../../helpers/lifecycle";

const emulator = useEmulator();

lifecycle(
  {
    type: "GatewayConfig",
    hasImmutableFields: true,
    mismatchField: "name",
    program(s, variant, imp) {
      let ws: unknown, ws2: unknown;
      if (imp) {
        [ws, ws2] = [imp.from.workspaceId, imp.from.workspace2Id];
      } else {
        ws = new s.portkey.Workspace("ws", { name: "Configs A" }).id;
        ws2 = new s.portkey.Workspace("ws2", { name: "Configs B" }).id;
      }
      const args = {
        base: { name: "routing", workspaceId: ws, config: { retry: { attempts: 2 }, cache: { mode: "simple" } } },
        // Same meaning as an object would have, written as text with its own spacing and key order.
        updated: { name: "routing", workspaceId: ws, config: '{ "cache": {"mode": "simple"},\n  "retry": {"attempts": 3} }' },
        replaced: { name: "routing v2", workspaceId: ws2, config: '{ "cache": {"mode": "simple"},\n  "retry": {"attempts": 3} }' },
      }[variant] as never;
      const cfg = new s.portkey.GatewayConfig("config", args, imp ? { import: imp.importId } : {});
      return { targetId: cfg.id, slug: cfg.slug, workspaceId: ws, workspace2Id: ws2 };
    },
    async drift(a, out) {
      await a.put(`/configs/${out.slug}`, { config: { retry: { attempts: 5 }, cache: { mode: "simple" } } });
    },
    async drifted(a, out) {
      const live = (await a.get(`/configs/${out.slug}`)).config;
      return (typeof live === "string" ? JSON.parse(live) : live).retry.attempts === 5;
    },
    async removeOutOfBand(a, out) {
      await a.delete(`/configs/${out.slug}`);
    },
    async count(a) {
      return (await a.get("/configs")).total;
    },
    importId: (out) => String(out.slug),
  },
  emulator,
);
