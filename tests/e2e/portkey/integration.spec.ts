import { useEmulator } from "../../helpers/emulator";
import { lifecycle } from "../../helpers/lifecycle";

const emulator = useEmulator();

lifecycle(
  {
    type: "Integration",
    hasImmutableFields: true,
    mismatchField: "aiProviderId",
    program(s, variant, imp) {
      const args = {
        base: { name: "LLM creds", aiProviderId: "openai", key: "sk-base-key-1111", description: "first", configurations: { openai_organization: "org-1" } },
        updated: { name: "LLM creds", aiProviderId: "openai", key: "sk-updated-key-2222", description: "second", configurations: '{"openai_organization": "org-2"}' },
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
  emulator,
);
