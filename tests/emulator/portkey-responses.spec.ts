// What the Portkey emulator answers, endpoint by endpoint, checked against the
// response schemas of Portkey's published OpenAPI description. Where the
// emulator knowingly answers otherwise, the row names the place and the
// source; such a deviation must still occur (a stale note fails too), and no
// other mismatch is allowed.
import { strict as assert } from "assert";
import { RunningEmulator, startEmulator } from "../../emulator";
import { loadOpenApi, locateOpenApi } from "../../emulator/portkey/openapi";
import { rawApi } from "../helpers/raw-api";

type Json = Record<string, any>;

interface Deviation {
  /** JSON pointer of the mismatch, with every array index written `*`. */
  at: string;
  why: string;
  source: string;
}

interface Row {
  method: string;
  /** The operation's path in the OpenAPI description. */
  route: string;
  url: (w: Json) => string;
  body?: (w: Json) => unknown;
  deviations?: Deviation[];
}

const EMPTY_RESET: Deviation = {
  at: "/usage_limits/*/periodic_reset",
  why: 'an unset periodic_reset is "" (emptyStrings), outside the documented enum',
  source: "portkey-api.md §3.1 quirk 3, §5 item 7",
};
const under = (prefix: string, d: Deviation): Deviation => ({ ...d, at: prefix + d.at });
const UNSET_NULL = "unset fields come back empty or null rather than absent";

/** A limits policy's create body: the workspace's requests, counted per API key. */
const policyBody = (w: Json, rest: Json) => ({
  conditions: [{ key: "workspace_id", value: w.ws.id }],
  group_by: [{ key: "api_key" }],
  workspace_id: w.ws.id,
  ...rest,
});

/** Both shapes of the MCP access list, legacy `{workspaces}` and versioned `{data, total}`. */
const MCP_WORKSPACES = {
  method: "GET",
  route: "/mcp-integrations/{mcpIntegrationId}/workspaces",
  deviations: [
    {
      at: "",
      why: "the documented oneOf's two shapes require no field, so every answer matches both and oneOf can never pass",
      source: "portkey-openapi.yaml McpIntegrationWorkspacesListResponse, McpIntegrationWorkspacesLegacyResponse",
    },
  ],
};

const ROWS: Row[] = [
  { method: "POST", route: "/admin/workspaces", url: () => "/admin/workspaces", body: () => ({ name: "Team B" }) },
  { method: "GET", route: "/admin/workspaces", url: () => "/admin/workspaces", deviations: [under("/data/*", EMPTY_RESET)] },
  { method: "GET", route: "/admin/workspaces/{workspaceId}", url: (w) => `/admin/workspaces/${w.ws.id}`, deviations: [EMPTY_RESET] },
  { method: "PUT", route: "/admin/workspaces/{workspaceId}", url: (w) => `/admin/workspaces/${w.ws.id}`, body: () => ({ name: "Team A" }) },
  {
    method: "POST",
    route: "/integrations",
    url: () => "/integrations",
    body: () => ({ name: "Second", ai_provider_id: "anthropic", key: "sk-ant-0123456789" }),
  },
  { method: "GET", route: "/integrations", url: () => "/integrations" },
  {
    method: "GET",
    route: "/integrations/{slug}",
    url: (w) => `/integrations/${w.integ.slug}`,
    deviations: [
      {
        at: "/configurations",
        why: "the documented oneOf has several variants without required fields, so no configurations object can match exactly one",
        source: "portkey-openapi.yaml IntegrationDetailResponse.configurations; portkey-api.md §3.5",
      },
    ],
  },
  { method: "PUT", route: "/integrations/{slug}", url: (w) => `/integrations/${w.integ.slug}`, body: () => ({ name: "LLM creds" }) },
  { method: "GET", route: "/integrations/{slug}/models", url: (w) => `/integrations/${w.integ.slug}/models` },
  {
    method: "PUT",
    route: "/integrations/{slug}/models",
    url: (w) => `/integrations/${w.integ.slug}/models`,
    body: () => ({ models: [{ slug: "gpt-4o", enabled: true }] }),
  },
  { method: "GET", route: "/integrations/{slug}/workspaces", url: (w) => `/integrations/${w.integ.slug}/workspaces` },
  {
    method: "PUT",
    route: "/integrations/{slug}/workspaces",
    url: (w) => `/integrations/${w.integ.slug}/workspaces`,
    body: (w) => ({ workspaces: [{ id: w.ws.id, enabled: true }] }),
  },
  { method: "POST", route: "/providers", url: () => "/providers", body: (w) => ({ name: "second key", workspace_id: w.ws.id, integration_id: w.integ.slug }) },
  {
    method: "GET",
    route: "/providers",
    url: (w) => `/providers?workspace_id=${w.ws.id}`,
    deviations: [
      { at: "/data/*/usage_limits", why: `${UNSET_NULL} (null; documented as an object)`, source: "portkey-api.md §5 item 7" },
      { at: "/data/*/expires_at", why: `${UNSET_NULL} (null; documented as a string)`, source: "portkey-api.md §5 item 7" },
    ],
  },
  {
    method: "GET",
    route: "/providers/{slug}",
    url: (w) => `/providers/${w.vk.slug}?workspace_id=${w.ws.id}`,
    deviations: [
      { at: "/usage_limits", why: `${UNSET_NULL} (null; documented as an object)`, source: "portkey-api.md §5 item 7" },
      { at: "/expires_at", why: `${UNSET_NULL} (null; documented as a string)`, source: "portkey-api.md §5 item 7" },
    ],
  },
  { method: "PUT", route: "/providers/{slug}", url: (w) => `/providers/${w.vk.id}`, body: (w) => ({ name: "app key", workspace_id: w.ws.id }) },
  { method: "POST", route: "/configs", url: () => "/configs", body: () => ({ name: "org routing", config: { retry: { attempts: 1 } } }) },
  {
    method: "GET",
    route: "/configs",
    url: () => "/configs",
    deviations: [{ at: "/data/*/workspace_id", why: `${UNSET_NULL}: an organisation config has workspace_id null`, source: "portkey-api.md §5 item 7" }],
  },
  { method: "GET", route: "/configs/{slug}", url: (w) => `/configs/${w.cfg.slug}` },
  { method: "PUT", route: "/configs/{slug}", url: (w) => `/configs/${w.cfg.slug}`, body: () => ({ name: "routing" }) },
  { method: "DELETE", route: "/configs/{slug}", url: (w) => `/configs/${w.cfg.slug}` },
  { method: "DELETE", route: "/providers/{slug}", url: (w) => `/providers/${w.vk.id}?workspace_id=${w.ws.id}` },
  { method: "DELETE", route: "/integrations/{slug}", url: (w) => `/integrations/${w.integ.slug}` },
  {
    method: "POST",
    route: "/api-keys/{type}/{sub-type}",
    url: () => "/api-keys/organisation/service",
    body: () => ({ name: "admin", scopes: ["workspaces.read"] }),
  },
  { method: "GET", route: "/api-keys", url: () => "/api-keys" },
  { method: "GET", route: "/api-keys/{id}", url: (w) => `/api-keys/${w.key.id}` },
  { method: "PUT", route: "/api-keys/{id}", url: (w) => `/api-keys/${w.key.id}`, body: () => ({ name: "app" }) },
  { method: "POST", route: "/api-keys/{id}/rotate", url: (w) => `/api-keys/${w.key.id}/rotate`, body: () => ({}) },
  { method: "DELETE", route: "/api-keys/{id}", url: (w) => `/api-keys/${w.key.id}` },
  { method: "POST", route: "/policies/usage-limits", url: () => "/policies/usage-limits", body: (w) => policyBody(w, { type: "tokens", credit_limit: 5 }) },
  { method: "GET", route: "/policies/usage-limits", url: (w) => `/policies/usage-limits?workspace_id=${w.ws.id}` },
  { method: "GET", route: "/policies/usage-limits/{policyUsageLimitsId}", url: (w) => `/policies/usage-limits/${w.usage.id}` },
  {
    method: "PUT",
    route: "/policies/usage-limits/{policyUsageLimitsId}",
    url: (w) => `/policies/usage-limits/${w.usage.id}`,
    body: () => ({ credit_limit: 20 }),
  },
  { method: "DELETE", route: "/policies/usage-limits/{policyUsageLimitsId}", url: (w) => `/policies/usage-limits/${w.usage.id}` },
  { method: "POST", route: "/policies/rate-limits", url: () => "/policies/rate-limits", body: (w) => policyBody(w, { type: "tokens", unit: "rph", value: 5 }) },
  { method: "GET", route: "/policies/rate-limits", url: (w) => `/policies/rate-limits?workspace_id=${w.ws.id}` },
  { method: "GET", route: "/policies/rate-limits/{rateLimitsPolicyId}", url: (w) => `/policies/rate-limits/${w.rate.id}` },
  { method: "PUT", route: "/policies/rate-limits/{rateLimitsPolicyId}", url: (w) => `/policies/rate-limits/${w.rate.id}`, body: () => ({ value: 7 }) },
  { method: "DELETE", route: "/policies/rate-limits/{rateLimitsPolicyId}", url: (w) => `/policies/rate-limits/${w.rate.id}` },
  { method: "POST", route: "/admin/users/invites", url: () => "/admin/users/invites", body: () => ({ email: "b@example.com", role: "admin", workspaces: [] }) },
  { method: "GET", route: "/admin/users/invites", url: () => "/admin/users/invites" },
  { method: "GET", route: "/admin/users/invites/{inviteId}", url: (w) => `/admin/users/invites/${w.invite.id}` },
  { method: "DELETE", route: "/admin/users/invites/{inviteId}", url: (w) => `/admin/users/invites/${w.invite.id}` },
  { method: "GET", route: "/admin/users", url: () => "/admin/users" },
  { method: "GET", route: "/admin/users/{userId}", url: (w) => `/admin/users/${w.user.id}` },
  {
    method: "POST",
    route: "/mcp-integrations",
    url: () => "/mcp-integrations",
    body: (w) => ({ name: "Tools", url: "https://tools.example.com/mcp", auth_type: "headers", transport: "sse", workspace_id: w.ws.id }),
  },
  { method: "GET", route: "/mcp-integrations", url: () => "/mcp-integrations" },
  { method: "GET", route: "/mcp-integrations/{mcpIntegrationId}", url: (w) => `/mcp-integrations/${w.mcp.id}` },
  { method: "PUT", route: "/mcp-integrations/{mcpIntegrationId}", url: (w) => `/mcp-integrations/${w.mcp.slug}`, body: () => ({ description: null }) },
  { method: "DELETE", route: "/mcp-integrations/{mcpIntegrationId}", url: (w) => `/mcp-integrations/${w.mcp.id}` },
  { ...MCP_WORKSPACES, url: (w) => `/mcp-integrations/${w.mcp.id}/workspaces` },
  { ...MCP_WORKSPACES, url: (w) => `/mcp-integrations/${w.mcp.id}/workspaces?version=2` },
  {
    method: "PUT",
    route: "/mcp-integrations/{mcpIntegrationId}/workspaces",
    url: (w) => `/mcp-integrations/${w.mcp.id}/workspaces`,
    body: (w) => ({ workspaces: [{ id: w.ws.slug, enabled: false }] }),
  },
  { method: "GET", route: "/mcp-integrations/{mcpIntegrationId}/capabilities", url: (w) => `/mcp-integrations/${w.mcp.id}/capabilities?type=tool` },
  {
    method: "PUT",
    route: "/mcp-integrations/{mcpIntegrationId}/capabilities",
    url: (w) => `/mcp-integrations/${w.mcp.id}/capabilities`,
    body: () => ({ capabilities: [{ name: "summarise", type: "prompt", enabled: true }] }),
  },
  // DELETE /admin/workspaces/{workspaceId} documents no response body; it is not in this table.
];

describe("Portkey emulator answers, against Portkey's OpenAPI response schemas", function () {
  const oas = loadOpenApi(locateOpenApi());
  let emu: RunningEmulator;
  before(async () => {
    emu = await startEmulator({ port: 0 });
  });
  beforeEach(() => emu.reset());
  after(() => emu.close());
  const { call, ok } = rawApi(
    () => emu.portkeyBaseUrl,
    (key): Record<string, string> => (key === null ? {} : { "x-portkey-api-key": key }),
    () => emu.portkeyKey,
  );

  /**
   * A workspace with limits, an integration enabled for it, a provider and a workspace config, plus an organisation config;
   * a workspace API key, a usage-limits and a rate-limits policy, an invite, the owner user, and an MCP integration
   * shared with the workspace, one tool enabled.
   */
  async function world(): Promise<Json> {
    const ws = await ok("POST", "/admin/workspaces", { name: "Team A", usage_limits: [{ type: "cost", credit_limit: 10 }] });
    const integ = await ok("POST", "/integrations", { name: "LLM creds", ai_provider_id: "openai", key: "sk-live-secret-9876" });
    await ok("PUT", `/integrations/${integ.slug}/workspaces`, { workspaces: [{ id: ws.id, enabled: true }] });
    const vk = await ok("POST", "/providers", { name: "app key", workspace_id: ws.id, integration_id: integ.slug });
    const cfg = await ok("POST", "/configs", { name: "routing", workspace_id: ws.id, config: { retry: { attempts: 2 } } });
    await ok("POST", "/configs", { name: "org routing", config: { retry: { attempts: 1 } } });
    const key = await ok("POST", "/api-keys/workspace/service", { name: "app", workspace_id: ws.id, scopes: ["completions.write"] });
    const usage = await ok("POST", "/policies/usage-limits", policyBody({ ws }, { type: "cost", credit_limit: 10, alert_threshold: 8 }));
    const rate = await ok("POST", "/policies/rate-limits", policyBody({ ws }, { type: "requests", unit: "rpm", value: 60 }));
    const invite = await ok("POST", "/admin/users/invites", { email: "a@example.com", role: "member", workspaces: [{ id: ws.slug, role: "member" }] });
    const user = (await ok("GET", "/admin/users")).data[0];
    const mcp = await ok("POST", "/mcp-integrations", {
      name: "Docs",
      url: "https://mcp.example.com/mcp",
      auth_type: "headers",
      transport: "http",
      configurations: { custom_headers: { Authorization: "Bearer mcp-token-0123456789" } },
    });
    await ok("PUT", `/mcp-integrations/${mcp.id}/workspaces`, { workspaces: [{ id: ws.id, enabled: true }] });
    await ok("PUT", `/mcp-integrations/${mcp.id}/capabilities`, { capabilities: [{ name: "search", type: "tool", enabled: true }] });
    return { ws, integ, vk, cfg, key, usage, rate, invite, user, mcp };
  }

  for (const row of ROWS) {
    it(`${row.method} ${row.route}${row.deviations ? ` (deviates at ${row.deviations.map((d) => d.at).join(", ")})` : ""}`, async () => {
      const schema = oas.responseSchema(row.method, row.route, 200);
      assert.ok(schema, `the description has a 200 schema for ${row.method} ${row.route}`);
      const w = await world();
      const res = await call(row.method, row.url(w), row.body?.(w));
      assert.equal(res.status, 200, JSON.stringify(res.body));
      const validate = oas.validator(schema);
      validate(res.body);
      const at = [...new Set((validate.errors ?? []).map((e) => e.instancePath.replace(/\/\d+(?=\/|$)/g, "/*")))];
      const declared = (row.deviations ?? []).map((d) => d.at);
      assert.deepEqual(
        at.filter((p) => !declared.some((d) => p === d)),
        [],
        `undeclared mismatches: ${JSON.stringify(validate.errors)}`,
      );
      assert.deepEqual(
        declared.filter((d) => !at.includes(d)),
        [],
        "a declared deviation no longer occurs",
      );
    });
  }
});
