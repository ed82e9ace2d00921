// Workspace: its life on the real engine, and its bad-input cases.
import type { ResourceTable } from "../../helpers/tables";

const ws = { name: "w" };
const long = "x".repeat(101);

export const table: ResourceTable = {
  lifecycle: {
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
  badInput: [
    ["missing name", {}, /Workspace\.name is required/],
    ["empty name", { name: "" }, /Workspace\.name must not be empty/],
    ["name too long", { name: long }, /Workspace\.name must NOT have more than 100 characters/],
    ["wrong limit type", { ...ws, usageLimits: [{ type: "dollars" }] }, /usageLimits\[0\]\.type must be one of: cost, tokens/],
    ["zero credit limit", { ...ws, usageLimits: [{ type: "cost", creditLimit: 0 }] }, /usageLimits\[0\]\.creditLimit must be >= 1/],
    ["fractional credit limit", { ...ws, usageLimits: [{ type: "cost", creditLimit: 1.5 }] }, /usageLimits\[0\]\.creditLimit must be integer/],
    ["negative alert threshold", { ...ws, usageLimits: [{ type: "cost", alertThreshold: -1 }] }, /usageLimits\[0\]\.alertThreshold must be >= 1/],
    ["daily reset", { ...ws, usageLimits: [{ type: "cost", periodicReset: "daily" }] }, /usageLimits\[0\]\.periodicReset must be one of: monthly, weekly/],
    ["limit without type", { ...ws, usageLimits: [{ creditLimit: 5 }] }, /usageLimits\[0\] is missing the required key "type"/],
    ["unknown limit key", { ...ws, usageLimits: [{ type: "cost", burst: 2 }] }, /usageLimits\[0\] has an unknown key "burst"/],
    ["malformed limits JSON", { ...ws, usageLimits: '[{"type": "cost"' }, /Workspace\.usageLimits must be valid JSON/],
    ["HCL limits", { ...ws, usageLimits: 'type = "cost"' }, /usageLimits must be valid JSON .*looks like HCL/],
    ["limits as an object", { ...ws, usageLimits: '{"type": "cost"}' }, /Workspace\.usageLimits must be array/],
    ["per-second rate unit", { ...ws, rateLimits: [{ type: "requests", unit: "rps", value: 1 }] }, /rateLimits\[0\]\.unit must be one of: rpm, rph, rpd/],
    ["zero rate", { ...ws, rateLimits: [{ type: "requests", unit: "rpm", value: 0 }] }, /rateLimits\[0\]\.value must be >= 1/],
    ["rate without unit", { ...ws, rateLimits: [{ type: "requests", value: 1 }] }, /rateLimits\[0\] is missing the required key "unit"/],
    ["non-string metadata", { ...ws, metadata: { team: 1 } }, /metadata\.team must be string/],
    ["unknown argument", { ...ws, colour: "red" }, /Workspace\.colour is not a known argument/],
  ],
};
