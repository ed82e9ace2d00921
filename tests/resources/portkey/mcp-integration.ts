// McpIntegration: its life on the real engine, and its bad-input cases.
import type { ResourceTable } from "../../helpers/tables";

const mcp = { name: "m", url: "https://mcp.example.com/mcp", authType: "none", transport: "http" };

export const table: ResourceTable = {
  lifecycle: {
    type: "McpIntegration",
    hasImmutableFields: true,
    mismatchField: "url",
    program(s, variant, imp) {
      const ws = imp ? imp.from.workspaceId : new s.portkey.Workspace("ws", { name: "MCP home" }).id;
      const docs = { name: "Docs MCP", url: "https://mcp.example.com/mcp" };
      const args = {
        base: { ...docs, authType: "none", transport: "http", description: "first" },
        updated: {
          ...docs,
          authType: "headers",
          transport: "sse",
          description: "second",
          configurations: { custom_headers: { Authorization: "Bearer mcp-token-1111" } },
        },
        replaced: {
          name: "Tools MCP",
          url: "https://tools.example.com/mcp",
          authType: "headers",
          transport: "http",
          configurations: '{"custom_headers": {"x-api-key": "mcp-token-2222"}}',
          workspaceId: ws,
        },
      }[variant] as never;
      const integration = new s.portkey.McpIntegration("mcp", args, imp ? { import: imp.importId } : {});
      return { targetId: integration.id, workspaceId: ws };
    },
    async drift(a, out) {
      await a.put(`/mcp-integrations/${out.targetId}`, { description: "changed in the dashboard" });
    },
    async drifted(a, out) {
      return (await a.get(`/mcp-integrations/${out.targetId}`)).description === "changed in the dashboard";
    },
    async removeOutOfBand(a, out) {
      await a.delete(`/mcp-integrations/${out.targetId}`);
    },
    async count(a) {
      return (await a.get("/mcp-integrations")).total;
    },
    importId: (out) => String(out.targetId),
  },
  badInput: [
    ["missing URL", { name: "m", authType: "none", transport: "http" }, /McpIntegration\.url is required/],
    ["missing name", { ...mcp, name: undefined }, /McpIntegration\.name is required/],
    ["plain http to a remote host", { ...mcp, url: "http://mcp.example.com/mcp" }, /McpIntegration\.url must be an https URL/],
    ["URL with credentials", { ...mcp, url: "https://bot:pw@mcp.example.com/mcp" }, /McpIntegration\.url must be an https URL without credentials/],
    ["unknown auth type", { ...mcp, authType: "basic" }, /McpIntegration\.authType must be one of: none, headers, oauth_auto/],
    ["unknown transport", { ...mcp, transport: "websocket" }, /McpIntegration\.transport must be one of: http, sse/],
    ["slug with a space", { ...mcp, slug: "docs mcp" }, /McpIntegration\.slug must match/],
    ["malformed configurations", { ...mcp, configurations: '{"custom_headers": ' }, /McpIntegration\.configurations must be valid JSON/],
    ["configurations as a list", { ...mcp, configurations: "[1]" }, /McpIntegration\.configurations must be object/],
    ["empty workspace", { ...mcp, workspaceId: "" }, /McpIntegration\.workspaceId must not be empty/],
    ["unknown argument", { ...mcp, headers: {} }, /McpIntegration\.headers is not a known argument/],
  ],
};
