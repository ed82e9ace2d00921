import { useEmulator } from "../../helpers/emulator";
import { lifecycle } from "../../helpers/lifecycle";

const emulator = useEmulator();

lifecycle(
  {
    type: "Workspace",
    hasImmutableFields: false,
    mismatchField: "name",
    program(s, variant, imp) {
      const table: Record<typeof variant, import("../../../sdk/portkey").WorkspaceArgs> = {
        base: {
          name: "Team A",
          description: "first",
          metadata: { team: "a" },
          usageLimits: [{ type: "cost" as const, creditLimit: 100, alertThreshold: 80, periodicReset: "monthly" as const }],
          rateLimits: [{ type: "requests" as const, unit: "rpm" as const, value: 100 }],
        },
        updated: {
          name: "Team A",
          description: "second",
          metadata: { team: "a" },
          usageLimits: [{ type: "cost" as const, creditLimit: 200, alertThreshold: 80, periodicReset: "monthly" as const }],
          rateLimits: [{ type: "requests" as const, unit: "rpm" as const, value: 100 }],
        },
        // Every field changes; limits as a JSON string, an icon that the API prefixes to the name.
        replaced: {
          name: "Team A renamed",
          icon: "🚀",
          description: "third",
          metadata: { team: "a2", tier: "gold" },
          usageLimits: '[{"type": "tokens", "creditLimit": 5000}]',
          rateLimits: '[ {"value": 50, "unit": "rph", "type": "tokens"} ]',
        },
      };
      const args = table[variant];
      const ws = new s.portkey.Workspace("ws", args, imp ? { import: imp.importId } : {});
      return { targetId: ws.id, slug: ws.slug };
    },
    async drift(a, out) {
      await a.put(`/admin/workspaces/${out.targetId}`, { description: "changed in the dashboard" });
    },
    async drifted(a, out) {
      return (await a.get(`/admin/workspaces/${out.targetId}`)).description === "changed in the dashboard";
    },
    async removeOutOfBand(a, out) {
      const live = await a.get(`/admin/workspaces/${out.targetId}`);
      await a.delete(`/admin/workspaces/${out.targetId}`, { name: live.name, force_delete: true });
    },
    async count(a) {
      return (await a.get("/admin/workspaces")).total;
    },
    importId: (out) => String(out.targetId),
  },
  emulator,
);
