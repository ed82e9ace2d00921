// Integration: its life on the real engine, and its bad-input cases.
import type { ResourceTable } from "../../helpers/tables";

const integ = { name: "i", aiProviderId: "openai" };

export const table: ResourceTable = {
  lifecycle: {
    type: "Integration",
    hasImmutableFields: true,
    mismatchField: "aiProviderId",
    program(s, variant, imp) {
      const args = {
        base: { name: "LLM creds", aiProviderId: "openai", key: "sk-base-key-1111", description: "first", configurations: { openai_organization: "org-1" } },
        updated: {
          name: "LLM creds",
          aiProviderId: "openai",
          key: "sk-updated-key-2222",
          description: "second",
          configurations: '{"openai_organization": "org-2"}',
        },
        replaced: { name: "LLM creds", aiProviderId: "anthropic", key: "sk-ant-key-3333", description: "second" },
      }[variant];
      const integration = new s.portkey.Integration("integration", args, imp ? { import: imp.importId } : {});
      return { targetId: integration.id, slug: integration.slug };
    },
    async drift(a, out) {
      await a.put(`/integrations/${out.slug}`, { description: "changed in the dashboard" });
    },
    async drifted(a, out) {
      return (await a.get(`/integrations/${out.slug}`)).description === "changed in the dashboard";
    },
    async removeOutOfBand(a, out) {
      await a.delete(`/integrations/${out.slug}`);
    },
    async count(a) {
      return (await a.get("/integrations")).total;
    },
    importId: (out) => String(out.slug),
  },
  badInput: [
    ["missing provider", { name: "i" }, /Integration\.aiProviderId is required/],
    ["missing name", { aiProviderId: "openai" }, /Integration\.name is required/],
    ["provider with a space", { ...integ, aiProviderId: "Open AI" }, /Integration\.aiProviderId must match/],
    ["slug with capitals", { ...integ, slug: "Bad_Slug" }, /Integration\.slug must match/],
    ["one-letter slug", { ...integ, slug: "a" }, /Integration\.slug must match/],
    ["empty key", { ...integ, key: "" }, /Integration\.key must not be empty/],
    ["malformed configurations", { ...integ, configurations: '{"azure_resource_name": ' }, /Integration\.configurations must be valid JSON/],
    ["HCL configurations", { ...integ, configurations: 'aws_region = "eu-west-1"' }, /Integration\.configurations must be valid JSON.*looks like HCL/],
    ["configurations as a list", { ...integ, configurations: "[1, 2]" }, /Integration\.configurations must be object/],
    ["empty workspace", { ...integ, workspaceId: "" }, /Integration\.workspaceId must not be empty/],
    ["description as a number", { ...integ, description: 5 }, /Integration\.description must be string/],
    ["unknown argument", { ...integ, apiKey: "x" }, /Integration\.apiKey is not a known argument/],
  ],
};
