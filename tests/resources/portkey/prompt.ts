// Prompt: its life on the real engine, and its bad-input cases.
import type { ResourceTable } from "../../helpers/tables";

const prompt = { name: "p", collectionId: "col-1", string: "Hi {{name}}", model: "gpt-4o", virtualKey: "vk-1" };

export const table: ResourceTable = {
  lifecycle: {
    type: "Prompt",
    hasImmutableFields: true,
    mismatchField: "string",
    program(s, variant, imp) {
      let col: unknown, col2: unknown, vk: unknown;
      if (imp) {
        [col, col2, vk] = [imp.from.collectionId, imp.from.collection2Id, imp.from.virtualKeyId];
      } else {
        const ws = new s.portkey.Workspace("ws", { name: "Prompts" });
        const i = new s.portkey.Integration("integration", { name: "Prompt creds", aiProviderId: "openai", key: "sk-prompt-6666" });
        const access = new s.portkey.IntegrationWorkspaceAccess("access", { integrationId: i.slug, workspaceId: ws.id });
        vk = new s.portkey.VirtualKey("vk", { name: "prompt key", workspaceId: ws.id, integrationId: i.slug }, { dependsOn: [access] }).id;
        col = new s.portkey.PromptCollection("collection", { name: "Support", workspaceId: ws.id }).id;
        col2 = new s.portkey.PromptCollection("collection2", { name: "Sales", workspaceId: ws.id }).id;
      }
      const updated = {
        name: "reply",
        collectionId: col,
        virtualKey: vk,
        model: "gpt-4o",
        string: "Answer briefly: {{question}}",
        parameters: '{ "temperature": 0.3 }',
      };
      const args = {
        base: { name: "reply", collectionId: col, virtualKey: vk, model: "gpt-4o", string: "Answer: {{question}}", parameters: { temperature: 0.2 } },
        updated,
        replaced: { ...updated, collectionId: col2 },
      }[variant] as never;
      const p = new s.portkey.Prompt("prompt", args, imp ? { import: imp.importId } : {});
      return { targetId: p.id, slug: p.slug, defaultVersion: p.defaultVersion, collectionId: col, collection2Id: col2, virtualKeyId: vk };
    },
    async drift(a, out) {
      const live = await a.get(`/prompts/${out.slug}`);
      const made = await a.put(`/prompts/${out.slug}`, {
        string: "Changed in the dashboard",
        model: live.model,
        parameters: {},
        virtual_key: live.virtual_key,
      });
      const versions = (await a.get(`/prompts/${out.slug}/versions`)).data as { id: string; prompt_version: number }[];
      await a.put(`/prompts/${out.slug}/makeDefault`, { version: versions.find((v) => v.id === made.prompt_version_id)!.prompt_version });
    },
    async drifted(a, out) {
      return (await a.get(`/prompts/${out.slug}`)).string === "Changed in the dashboard";
    },
    async removeOutOfBand(a, out) {
      await a.delete(`/prompts/${out.slug}`);
    },
    async count(a) {
      return (await a.get("/prompts")).total;
    },
    importId: (out) => String(out.slug),
  },
  badInput: [
    ["missing template", { ...prompt, string: undefined }, /Prompt\.string is required/],
    ["missing virtual key", { ...prompt, virtualKey: undefined }, /Prompt\.virtualKey is required/],
    ["parameters as a JSON list", { ...prompt, parameters: "[1, 2]" }, /Prompt\.parameters must be object/],
    ["HCL parameters", { ...prompt, parameters: "temperature = 0.7" }, /Prompt\.parameters must be valid JSON .*looks like HCL/],
    ["makeDefault as text", { ...prompt, makeDefault: "yes" }, /Prompt\.makeDefault must be boolean/],
    ["empty template", { ...prompt, string: "" }, /Prompt\.string must not be empty/],
  ],
};
