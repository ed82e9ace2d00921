// McpIntegrationCapabilities: its life on the real engine, and its bad-input cases.
import type { ResourceTable } from "../../helpers/tables";

const search = { name: "search_docs", type: "tool" };
const caps = (capabilities: unknown) => ({ mcpIntegrationId: "docs-mcp", capabilities });

export const table: ResourceTable = {
  lifecycle: {
    type: "McpIntegrationCapabilities",
    hasImmutableFields: true,
    mismatchField: "mcpIntegrationId",
    program(s, variant, imp) {
      let mcp: unknown, mcp2: unknown;
      if (imp) {
        [mcp, mcp2] = [imp.from.mcpId, imp.from.mcp2Id];
      } else {
        const server = { url: "https://mcp.example.com/mcp", authType: "none" as const, transport: "http" as const };
        mcp = new s.portkey.McpIntegration("mcp", { name: "Docs MCP", ...server }).id;
        mcp2 = new s.portkey.McpIntegration("mcp2", { name: "Tools MCP", ...server }).id;
      }
      const args = {
        base: { mcpIntegrationId: mcp, capabilities: [search, { name: "summarise", type: "prompt", enabled: false }] },
        updated: { mcpIntegrationId: mcp, capabilities: [search, { name: "summarise", type: "prompt" }] },
        replaced: { mcpIntegrationId: mcp2, capabilities: '[{"name": "search_docs", "type": "tool"}, {"name": "docs://index", "type": "resource"}]' },
      }[variant] as never;
      const set = new s.portkey.McpIntegrationCapabilities("caps", args, imp ? { import: imp.importId } : {});
      return { targetId: set.id, mcpId: mcp, mcp2Id: mcp2, setMcpId: set.mcpIntegrationId };
    },
    async drift(a, out) {
      await a.put(`/mcp-integrations/${out.setMcpId}/capabilities`, { capabilities: [{ ...search, enabled: false }] });
    },
    async drifted(a, out) {
      const list = await a.get(`/mcp-integrations/${out.setMcpId}/capabilities`);
      return list.data.some((c: any) => c.name === search.name && !c.enabled);
    },
    async removeOutOfBand(a, out) {
      const list = await a.get(`/mcp-integrations/${out.setMcpId}/capabilities`);
      const off = list.data.map((c: any) => ({ name: c.name, type: c.type, enabled: false }));
      await a.put(`/mcp-integrations/${out.setMcpId}/capabilities`, { capabilities: off });
    },
    async count(a, out) {
      // One set per MCP integration: there while any capability is enabled; none once the integration is gone.
      const list = await a.get(`/mcp-integrations/${out.setMcpId}/capabilities`).catch((err: Error) => {
        if (/-> 404/.test(err.message)) return { data: [] };
        throw err;
      });
      return list.data.some((c: any) => c.enabled) ? 1 : 0;
    },
    importId: (out) => String(out.setMcpId),
  },
  badInput: [
    ["missing MCP integration", { capabilities: [search] }, /McpIntegrationCapabilities\.mcpIntegrationId is required/],
    ["missing capabilities", { mcpIntegrationId: "docs-mcp" }, /McpIntegrationCapabilities\.capabilities is required/],
    [
      "no capability",
      caps([]),
      /McpIntegrationCapabilities\.capabilities must not be empty: list at least 1 item\(s\), e\.g\. \[\{"name":"search_docs","type":"tool"\}\]/,
    ],
    ["resource template", caps([{ name: "file://{path}", type: "resource_template" }]), /capabilities\[0\]\.type must be one of: tool, prompt, resource/],
    ["capability without a name", caps([{ type: "tool" }]), /capabilities\[0\] is missing the required key "name"/],
    ["switch as text", caps([{ ...search, enabled: "yes" }]), /capabilities\[0\]\.enabled must be boolean/],
    [
      "the same tool twice",
      caps([search, { ...search, enabled: false }]),
      /capabilities\[1\] names the same tool as capabilities\[0\]; list each capability once/,
    ],
    ["malformed JSON", caps('[{"name": '), /McpIntegrationCapabilities\.capabilities must be valid JSON/],
  ],
};
