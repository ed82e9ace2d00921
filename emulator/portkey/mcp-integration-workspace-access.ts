// MCP integration workspace access: GET/PUT /v1/mcp-integrations/{id}/workspaces
// (portkey-openapi.yaml McpIntegrationWorkspaces_*). PUT upserts grants; there
// is no DELETE, `enabled: false` disables. The list names workspaces by id, as
// it does for an organisation key (McpIntegrationWorkspaceItem.id), and keeps
// disabled grants. Without `version` it answers the legacy `{workspaces}`
// shape (portkey-api.md §1.2), with it `{data, total}`.
import { Router } from "../router";
import { mcpIntegration, McpIntegrationRec } from "./mcp-integration";
import { Bag, Portkey } from "./state";

interface GrantRec {
  enabled: boolean;
  created_at: string;
  last_updated_at: string;
}

const ROUTE = "/mcp-integrations/{mcpIntegrationId}/workspaces";

/** MCP integration UUID -> workspace UUID -> grant. */
const grants = (pk: Portkey) => pk.table<Record<string, GrantRec>>("mcpAccess");

function list(pk: Portkey, rec: McpIntegrationRec, versioned: boolean): Bag {
  const items = Object.entries(grants(pk)[rec.id] ?? {}).flatMap(([wsId, g]) =>
    pk.workspaces[wsId] ? [{ id: wsId, enabled: g.enabled, status: "active", created_at: g.created_at, last_updated_at: g.last_updated_at }] : [],
  );
  return versioned ? { data: items, total: items.length, global_workspace_access: null } : { workspaces: items, global_workspace_access: null };
}

function put(pk: Portkey, rec: McpIntegrationRec, b: Bag): void {
  const now = pk.now();
  // Resolve every workspace first so a bad one changes nothing.
  const items = (b.workspaces as Bag[]).map((e) => ({ e, ws: pk.workspace(String(e.id)) }));
  const mine = (grants(pk)[rec.id] ??= {});
  for (const { e, ws } of items) {
    const g = (mine[ws.id] ??= { enabled: false, created_at: now, last_updated_at: now });
    g.enabled = e.enabled === true;
    g.last_updated_at = now;
  }
}

export function mcpAccessRoutes(r: Router, pk: Portkey): void {
  pk.workspaceChildren.push({
    count: (p, ws) => Object.values(grants(p)).filter((g) => g[ws]?.enabled).length,
    cascade: (p, ws) => Object.values(grants(p)).forEach((g) => delete g[ws]),
  });
  const path = `/v1${ROUTE.replace("{mcpIntegrationId}", ":ref")}`;
  const checkPut = pk.body("PUT", ROUTE);
  r.add("GET", path, (req) => ({ body: list(pk, mcpIntegration(pk, req.params.ref!), req.query.has("version")) }));
  r.add("PUT", path, (req) => {
    const rec = mcpIntegration(pk, req.params.ref!);
    put(pk, rec, checkPut(req.body));
    return {};
  });
}
