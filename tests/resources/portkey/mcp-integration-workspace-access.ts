// McpIntegrationWorkspaceAccess: its life on the real engine (a grant has
// nothing to change, so every change replaces it), and its bad-input cases.
import type { ResourceTable } from "../../helpers/tables";

const grant = { mcpIntegrationId: "docs-mcp", workspaceId: "ws-1" };

export const table: ResourceTable = {
  lifecycle: {
    type: "McpIntegrationWorkspaceAccess",
    hasImmutableFields: true,
    mismatchField: "mcpIntegrationId",
    program(s, variant, imp) {
      let ws: unknown, ws2: unknown, mcp: unknown, mcp2: unknown;
      if (imp) {
        [ws, ws2, mcp, mcp2] = [imp.from.workspaceId, imp.from.workspace2Id, imp.from.mcpId, imp.from.mcp2Id];
      } else {
        ws = new s.portkey.Workspace("ws", { name: "MCP A" }).id;
        ws2 = new s.portkey.Workspace("ws2", { name: "MCP B" }).id;
        const server = { url: "https://mcp.example.com/mcp", authType: "none" as const, transport: "http" as const };
        mcp = new s.portkey.McpIntegration("mcp", { name: "Docs MCP", ...server }).id;
        mcp2 = new s.portkey.McpIntegration("mcp2", { name: "Tools MCP", ...server }).id;
      }
      const args = {
        base: { mcpIntegrationId: mcp, workspaceId: ws },
        updated: { mcpIntegrationId: mcp, workspaceId: ws2 },
        replaced: { mcpIntegrationId: mcp2, workspaceId: ws2 },
      }[variant] as never;
      const access = new s.portkey.McpIntegrationWorkspaceAccess("access", args, imp ? { import: imp.importId } : {});
      return {
        targetId: access.id,
        workspaceId: ws,
        workspace2Id: ws2,
        mcpId: mcp,
        mcp2Id: mcp2,
        accessMcpId: access.mcpIntegrationId,
        accessWorkspaceId: access.workspaceId,
      };
    },
    replaceOnly: {
      // Switching a grant is all the API lets anyone do to it: granting it again changes nothing.
      async outOfBand(a, out) {
        await a.put(`/mcp-integrations/${out.accessMcpId}/workspaces`, { workspaces: [{ id: out.accessWorkspaceId, enabled: true }] });
      },
    },
    async removeOutOfBand(a, out) {
      await a.put(`/mcp-integrations/${out.accessMcpId}/workspaces`, { workspaces: [{ id: out.accessWorkspaceId, enabled: false }] });
    },
    async count(a, out) {
      // Once the MCP integration itself is destroyed, nothing can be enabled for it.
      const list = await a.get(`/mcp-integrations/${out.accessMcpId}/workspaces`).catch((err: Error) => {
        if (/-> 404/.test(err.message)) return { workspaces: [] };
        throw err;
      });
      return list.workspaces.filter((w: any) => w.id === out.accessWorkspaceId && w.enabled).length;
    },
    importId: (out) => `${out.accessMcpId}/${out.accessWorkspaceId}`,
  },
  badInput: [
    ["missing MCP integration", { workspaceId: "ws-1" }, /McpIntegrationWorkspaceAccess\.mcpIntegrationId is required/],
    ["missing workspace", { mcpIntegrationId: "docs-mcp" }, /McpIntegrationWorkspaceAccess\.workspaceId is required/],
    ["empty workspace", { ...grant, workspaceId: "" }, /McpIntegrationWorkspaceAccess\.workspaceId must not be empty/],
    ["workspace as a number", { ...grant, workspaceId: 7 }, /McpIntegrationWorkspaceAccess\.workspaceId must be string/],
    ["a switch: deleting is what disables", { ...grant, enabled: false }, /McpIntegrationWorkspaceAccess\.enabled is not a known argument/],
    [
      "import id without a workspace",
      grant,
      /McpIntegrationWorkspaceAccess\.import id "docs-mcp" must have the form mcpIntegrationId\/workspaceId/,
      { import: "docs-mcp" },
    ],
  ],
};
