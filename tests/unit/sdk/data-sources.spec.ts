// Each data source sends the request it always has (path, query, paging) and
// answers in the SDK's names, now that it is generated from the description's
// `dataSources`. The API answers are nock's.
import { expect } from "chai";
import { portkey, toktra } from "../../../index";
import { nock, useNock } from "../../helpers/nock";

const PORTKEY = "https://api.portkey.test";
const TOKTRA = "https://api.toktra.test";

type Reply = [host: string, path: string, query: Record<string, string>, body: unknown];

interface Row {
  name: string;
  call: () => Promise<unknown>;
  replies: Reply[];
  want: unknown;
}

const ws = { id: "w1", name: "Team", slug: "ws-team", usage_limits: [{ type: "cost", credit_limit: 5 }], defaults: { metadata: { a: "b" } }, last_updated_at: "t" };
const wsOut = { id: "w1", name: "Team", slug: "ws-team", usageLimits: [{ type: "cost", creditLimit: 5 }], metadata: { a: "b" }, updatedAt: "t" };
const page = (query: Record<string, string>) => ({ ...query, page_size: "100", current_page: "0" });

const rows: Row[] = [
  { name: "getWorkspace", call: () => portkey.getWorkspace({ id: "w 1" }), replies: [[PORTKEY, "/v1/admin/workspaces/w%201", {}, ws]], want: wsOut },
  { name: "getWorkspaces", call: () => portkey.getWorkspaces({ name: "Team" }), replies: [[PORTKEY, "/v1/admin/workspaces", page({ name: "Team" }), { data: [ws], total: 1 }]], want: { workspaces: [wsOut] } },
  { name: "getWorkspaces without a filter", call: () => portkey.getWorkspaces(), replies: [[PORTKEY, "/v1/admin/workspaces", page({}), { data: [], total: 0 }]], want: { workspaces: [] } },
  {
    name: "getIntegration",
    call: () => portkey.getIntegration({ slug: "openai" }),
    replies: [[PORTKEY, "/v1/integrations/openai", {}, { id: "i1", slug: "openai", name: "OpenAI", ai_provider_id: "openai", masked_key: "sk-***", description: "" }]],
    want: { id: "i1", slug: "openai", name: "OpenAI", aiProviderId: "openai" },
  },
  { name: "getIntegrations", call: () => portkey.getIntegrations({ workspaceId: "w1" }), replies: [[PORTKEY, "/v1/integrations", page({ workspace_id: "w1" }), { data: [], total: 0 }]], want: { integrations: [] } },
  {
    name: "getVirtualKey",
    call: () => portkey.getVirtualKey({ id: "vk1", workspaceId: "w1" }),
    replies: [[PORTKEY, "/v1/providers/vk1", { workspace_id: "w1" }, { id: "vk1", name: "Key", workspace_id: "w1", integration_id: "openai", ai_provider_name: "openai" }]],
    want: { id: "vk1", name: "Key", workspaceId: "w1", integrationId: "openai", aiProviderId: "openai" },
  },
  {
    name: "getVirtualKeys pages by 50",
    call: () => portkey.getVirtualKeys({ workspaceId: "w1" }),
    replies: [[PORTKEY, "/v1/providers", { workspace_id: "w1", page_size: "50", current_page: "0" }, { data: [{ id: "vk1", name: "Key" }], total: 1 }]],
    want: { virtualKeys: [{ id: "vk1", name: "Key" }] },
  },
  {
    name: "getGatewayConfig",
    call: () => portkey.getGatewayConfig({ slug: "pc-1" }),
    replies: [[PORTKEY, "/v1/configs/pc-1", {}, { id: "c1", slug: "pc-1", name: "Routing", config: '{"retry":{"attempts":2}}', is_default: 1 }]],
    want: { id: "c1", slug: "pc-1", name: "Routing", config: { retry: { attempts: 2 } }, isDefault: true },
  },
  { name: "getGatewayConfigs", call: () => portkey.getGatewayConfigs({}), replies: [[PORTKEY, "/v1/configs", page({}), { data: [], total: 0 }]], want: { configs: [] } },
  {
    name: "getIntegrationWorkspaces",
    call: () => portkey.getIntegrationWorkspaces({ integrationId: "openai" }),
    replies: [[PORTKEY, "/v1/integrations/openai/workspaces", {}, { total: 1, workspaces: [{ id: "ws-team", enabled: true, usage_limits: [], rate_limits: null }] }]],
    want: { total: 1, workspaces: [{ id: "ws-team", enabled: true }] },
  },
  {
    name: "getPolicy",
    call: () => toktra.getPolicy({ id: "pol_1" }),
    replies: [[TOKTRA, "/v1/policies/pol_1", {}, { id: "pol_1", name: "Cap", type: "token_limit", conditions: { max_tokens: 10 }, actions: { action: "block" }, org_id: "o1" }]],
    want: { id: "pol_1", name: "Cap", type: "token_limit", conditions: { max_tokens: 10 }, actions: { action: "block" }, orgId: "o1" },
  },
  {
    name: "getBudgets follows the cursor",
    call: () => toktra.getBudgets(),
    replies: [
      [TOKTRA, "/v1/budgets", { limit: "100" }, { items: [{ id: "b1", name: "A", hard_cap: true }], next_cursor: "c2", has_more: true }],
      [TOKTRA, "/v1/budgets", { limit: "100", cursor: "c2" }, { items: [{ id: "b2", name: "B" }], next_cursor: null, has_more: false }],
    ],
    want: { budgets: [{ id: "b1", name: "A", hardCap: true }, { id: "b2", name: "B" }] },
  },
  {
    name: "getSiemConnector shows no token",
    call: () => toktra.getSiemConnector({ id: "siem_1" }),
    replies: [[TOKTRA, "/v1/siem/configs/siem_1", {}, { id: "siem_1", name: "SOC", type: "splunk", endpoint: "https://hec", token: "masked" }]],
    want: { id: "siem_1", name: "SOC", type: "splunk", endpoint: "https://hec" },
  },
  { name: "getSsoConfigs", call: () => toktra.getSsoConfigs(), replies: [[TOKTRA, "/v1/sso/saml-configs", { limit: "100" }, { items: [], has_more: false }]], want: { configs: [] } },
];

describe("data sources request what they always have", () => {
  useNock();
  const saved: Record<string, string | undefined> = {};
  const env: Record<string, string> = {
    PORTKEY_API_KEY: "pk-test",
    PORTKEY_BASE_URL: `${PORTKEY}/v1`,
    PORTKEY_MAX_RETRIES: "0",
    TOKTRA_API_KEY: "tk-test",
    TOKTRA_BASE_URL: `${TOKTRA}/v1`,
    TOKTRA_MAX_RETRIES: "0",
  };
  before(() => {
    for (const [k, v] of Object.entries(env)) [saved[k], process.env[k]] = [process.env[k], v];
  });
  after(() => {
    for (const k of Object.keys(env)) if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  });
  afterEach(() => nock.cleanAll());

  for (const row of rows) {
    it(row.name, async () => {
      const seen: [string, Record<string, string>][] = [];
      for (const [host, path, , body] of row.replies) {
        nock(host)
          .get((p) => p.split("?")[0] === path)
          // nock 15 hands the reply callback the fetch Request.
          .reply(200, (req: Request) => {
            const url = new URL(req.url);
            seen.push([url.pathname, Object.fromEntries(url.searchParams)]);
            return body as nock.Body;
          });
      }
      expect(await row.call()).to.deep.equal(row.want);
      expect(seen).to.deep.equal(row.replies.map(([, path, query]) => [path, query]));
    });
  }
});

describe("data sources never reach another endpoint", () => {
  useNock();
  before(() => {
    process.env.PORTKEY_API_KEY ??= "pk-test";
    process.env.TOKTRA_API_KEY ??= "tk-test";
  });
  afterEach(() => nock.cleanAll());
  // Dot and empty ids are refused before any request (nock allows none here).
  const refused: [string, () => Promise<unknown>, RegExp][] = [
    ["getWorkspace ..", () => portkey.getWorkspace({ id: ".." }), /^getWorkspace: id must not be "\.\."/],
    ["getIntegration .", () => portkey.getIntegration({ slug: "." }), /^getIntegration: slug must not be "\."/],
    ["getVirtualKey ..", () => portkey.getVirtualKey({ id: "..", workspaceId: "w1" }), /^getVirtualKey: id must not be "\.\."/],
    ["getGatewayConfig with an empty slug", () => portkey.getGatewayConfig({ slug: "" }), /^getGatewayConfig: slug must not be empty/],
    ["getPolicy ..", () => toktra.getPolicy({ id: ".." }), /^getPolicy: id must not be "\.\."/],
    ["getIntegrationWorkspaces ..", () => portkey.getIntegrationWorkspaces({ integrationId: ".." }), /^getIntegrationWorkspaces: integrationId must not be "\.\."/],
  ];
  for (const [name, call, said] of refused) {
    it(name, async () => {
      const err = await call().then(() => undefined, (e: Error) => e);
      expect(err?.message).to.match(said);
    });
  }
  it("an id with slashes and dots stays one segment", async () => {
    const scope = nock("https://api.portkey.ai").get("/v1/admin/workspaces/..%2Fintegrations").reply(200, ws);
    const saved = process.env.PORTKEY_BASE_URL;
    process.env.PORTKEY_BASE_URL = "https://api.portkey.ai/v1";
    try {
      expect(await portkey.getWorkspace({ id: "../integrations" })).to.deep.equal(wsOut);
      expect(scope.isDone()).to.equal(true);
    } finally {
      if (saved === undefined) delete process.env.PORTKEY_BASE_URL;
      else process.env.PORTKEY_BASE_URL = saved;
    }
  });
});
