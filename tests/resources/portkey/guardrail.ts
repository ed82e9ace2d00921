// Guardrail: its life on the real engine, and its bad-input cases.
import type { ResourceTable } from "../../helpers/tables";

const wordCount = { id: "default.wordCount", parameters: { minWords: 1, maxWords: 5000 } };
const g = { name: "g", workspaceId: "ws-1", checks: [wordCount], actions: { deny: true } };

export const table: ResourceTable = {
  lifecycle: {
    type: "Guardrail",
    hasImmutableFields: true,
    mismatchField: "checks",
    program(s, variant, imp) {
      let ws: unknown, ws2: unknown;
      if (imp) {
        [ws, ws2] = [imp.from.workspaceId, imp.from.workspace2Id];
      } else {
        ws = new s.portkey.Workspace("ws", { name: "Guardrails A" }).id;
        ws2 = new s.portkey.Workspace("ws2", { name: "Guardrails B" }).id;
      }
      // The server adds is_enabled and reorders keys; written here with is_enabled, as text, in another order.
      const updated = {
        name: "Content filter",
        workspaceId: ws,
        checks: '[{"parameters": {"maxWords": 800, "minWords": 1}, "is_enabled": true, "id": "default.wordCount"}]',
        actions: '{"on_fail": {"feedback": {"weight": 1, "value": -1}}, "deny": true}',
      };
      const args = {
        base: { name: "Content filter", workspaceId: ws, checks: [wordCount], actions: { deny: true, on_fail: { feedback: { value: -1, weight: 1 } } } },
        updated,
        replaced: { ...updated, workspaceId: ws2 },
      }[variant] as never;
      const gr = new s.portkey.Guardrail("guardrail", args, imp ? { import: imp.importId } : {});
      return { targetId: gr.id, slug: gr.slug, workspaceId: ws, workspace2Id: ws2 };
    },
    async drift(a, out) {
      await a.put(`/guardrails/${out.slug}`, { checks: [{ id: "default.wordCount", parameters: { minWords: 1, maxWords: 10 } }] });
    },
    async drifted(a, out) {
      return (await a.get(`/guardrails/${out.slug}`)).checks[0].parameters.maxWords === 10;
    },
    async removeOutOfBand(a, out) {
      await a.delete(`/guardrails/${out.slug}`);
    },
    async count(a) {
      return (await a.get("/guardrails")).total;
    },
    importId: (out) => String(out.slug),
  },
  badInput: [
    [
      "workspace and organisation",
      { ...g, organisationId: "org-1" },
      /Guardrail\.workspaceId or organisationId: workspaceId and organisationId are both given; give exactly one/,
    ],
    [
      "neither workspace nor organisation",
      { ...g, workspaceId: undefined },
      /Guardrail\.workspaceId or organisationId: none of workspaceId, organisationId is given; give exactly one/,
    ],
    ["no checks", { ...g, checks: [] }, /Guardrail\.checks must not be empty: list at least 1 item/],
    ["check without its type", { ...g, checks: [{ parameters: {} }] }, /Guardrail\.checks\[0\] is missing the required key "id"/],
    ["HCL checks", { ...g, checks: 'id = "default.wordCount"' }, /Guardrail\.checks must be valid JSON .*looks like HCL/],
    ["actions as a list", { ...g, actions: "[]" }, /Guardrail\.actions must be object/],
    ["is_enabled as text", { ...g, checks: [{ ...wordCount, is_enabled: "yes" }] }, /Guardrail\.checks.*is_enabled must be boolean/],
  ],
};
