// MCP integration capabilities: GET/PUT /v1/mcp-integrations/{id}/capabilities
// (portkey-openapi.yaml McpIntegrationCapabilities_*). The GET pages with a
// 1-based `page` and `page_size` (at most 500), filters by `type`, and answers
// {data, counts, total, has_more}; the PUT sets switches and answers {success}.
// Portkey learns the capabilities from the MCP server; the emulator contacts
// no server, so a capability exists once a PUT names it.
import { badRequest } from "../errors";
import { Router } from "../router";
import { mcpIntegration } from "./mcp-integration";
import { Bag, Portkey } from "./state";

interface CapabilityRec {
  name: string;
  type: string;
  enabled: boolean;
  created_at: string;
  last_updated_at: string;
}

const ROUTE = "/mcp-integrations/{mcpIntegrationId}/capabilities";
const KINDS: [string, string][] = [
  ["tool", "tools"],
  ["prompt", "prompts"],
  ["resource", "resources"],
  ["resource_template", "resource_templates"],
];

/** MCP integration UUID -> `type:name` -> capability. */
const capabilities = (pk: Portkey) => pk.table<Record<string, CapabilityRec>>("mcpCapabilities");

function intParam(query: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const raw = query.get(name);
  const n = raw === null || raw === "" ? fallback : Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw badRequest(`${name}: must be an integer from ${min} to ${max}`);
  return n;
}

function list(all: CapabilityRec[], query: URLSearchParams): Bag {
  const page = intParam(query, "page", 1, 1, Number.MAX_SAFE_INTEGER);
  const size = intParam(query, "page_size", 100, 1, 500);
  const type = query.get("type");
  const chosen = type ? all.filter((c) => c.type === type) : all;
  const data = chosen.slice((page - 1) * size, page * size).map((c) => ({ ...c, title: null, description: null }));
  const counts = Object.fromEntries(
    KINDS.map(([kind, key]) => {
      const of = all.filter((c) => c.type === kind);
      return [key, { total: of.length, enabled: of.filter((c) => c.enabled).length }];
    }),
  );
  return { data, counts, total: chosen.length, has_more: page * size < chosen.length };
}

export function mcpCapabilityRoutes(r: Router, pk: Portkey): void {
  const path = `/v1${ROUTE.replace("{mcpIntegrationId}", ":ref")}`;
  const checkPut = pk.body("PUT", ROUTE);
  r.add("GET", path, (req) => {
    const rec = mcpIntegration(pk, req.params.ref!);
    return { body: list(Object.values(capabilities(pk)[rec.id] ?? {}), req.query) };
  });
  r.add("PUT", path, (req) => {
    const rec = mcpIntegration(pk, req.params.ref!);
    const b = checkPut(req.body);
    const now = pk.now();
    const mine = (capabilities(pk)[rec.id] ??= {});
    for (const c of b.capabilities as Bag[]) {
      const key = `${String(c.type)}:${String(c.name)}`;
      const cap = (mine[key] ??= { name: String(c.name), type: String(c.type), enabled: false, created_at: now, last_updated_at: now });
      cap.enabled = c.enabled === true;
      cap.last_updated_at = now;
    }
    return { body: { success: true } };
  });
}
