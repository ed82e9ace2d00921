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

  /** A workspace with limits, an integration enabled for it, a provider and a workspace config, plus an organisation config. */
  async function world(): Promise<Json> {
    const ws = await ok("POST", "/admin/workspaces", { name: "Team A", usage_limits: [{ type: "cost", credit_limit: 10 }] });
    const integ = await ok("POST", "/integrations", { name: "LLM creds", ai_provider_id: "openai", key: "sk-live-secret-9876" });
    await ok("PUT", `/integrations/${integ.slug}/workspaces`, { workspaces: [{ id: ws.id, enabled: true }] });
    const vk = await ok("POST", "/providers", { name: "app key", workspace_id: ws.id, integration_id: integ.slug });
    const cfg = await ok("POST", "/configs", { name: "routing", workspace_id: ws.id, config: { retry: { attempts: 2 } } });
    await ok("POST", "/configs", { name: "org routing", config: { retry: { attempts: 1 } } });
    return { ws, integ, vk, cfg };
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
