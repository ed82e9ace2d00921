// PromptPartial: its life on the real engine, and its bad-input cases.
import type { ResourceTable } from "../../helpers/tables";

const partial = { name: "p", workspaceId: "ws-1", content: "You are a helpful assistant." };

export const table: ResourceTable = {
  lifecycle: {
    type: "PromptPartial",
    hasImmutableFields: true,
    mismatchField: "content",
    program(s, variant, imp) {
      let ws: unknown, ws2: unknown;
      if (imp) {
        [ws, ws2] = [imp.from.workspaceId, imp.from.workspace2Id];
      } else {
        ws = new s.portkey.Workspace("ws", { name: "Partials A" }).id;
        ws2 = new s.portkey.Workspace("ws2", { name: "Partials B" }).id;
      }
      const updated = { name: "System context", workspaceId: ws, content: "You are a concise assistant.", versionDescription: "shorter" };
      const args = {
        base: { name: "System context", workspaceId: ws, content: "You are a helpful assistant.", versionDescription: "first" },
        updated,
        replaced: { ...updated, workspaceId: ws2 },
      }[variant] as never;
      const p = new s.portkey.PromptPartial("partial", args, imp ? { import: imp.importId } : {});
      return { targetId: p.id, slug: p.slug, defaultVersion: p.defaultVersion, workspaceId: ws, workspace2Id: ws2 };
    },
    async drift(a, out) {
      const made = await a.put(`/prompts/partials/${out.slug}`, { string: "Changed in the dashboard" });
      const versions = (await a.get(`/prompts/partials/${out.slug}/versions`)).data as { prompt_partial_version_id: string; version: number }[];
      const version = versions.find((v) => v.prompt_partial_version_id === made.prompt_partial_version_id)!.version;
      await a.put(`/prompts/partials/${out.slug}/makeDefault`, { version });
    },
    async drifted(a, out) {
      return (await a.get(`/prompts/partials/${out.slug}`)).string === "Changed in the dashboard";
    },
    async removeOutOfBand(a, out) {
      await a.delete(`/prompts/partials/${out.slug}`);
    },
    async count(a) {
      return (await a.get("/prompts/partials")).total;
    },
    importId: (out) => String(out.slug),
  },
  badInput: [
    ["missing content", { ...partial, content: undefined }, /PromptPartial\.content is required/],
    ["empty content", { ...partial, content: "" }, /PromptPartial\.content must not be empty/],
    ["missing name", { ...partial, name: undefined }, /PromptPartial\.name is required/],
    ["name over 100 characters", { ...partial, name: "n".repeat(101) }, /PromptPartial\.name must NOT have more than 100 characters/],
    ["makeDefault as text", { ...partial, makeDefault: "yes" }, /PromptPartial\.makeDefault must be boolean/],
    ["empty workspace", { ...partial, workspaceId: "" }, /PromptPartial\.workspaceId must not be empty/],
    ["the template's argument name", { ...partial, string: "Hi" }, /PromptPartial\.string is not a known argument/],
  ],
};
