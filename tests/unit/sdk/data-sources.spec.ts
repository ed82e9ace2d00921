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

const ws = {
  id: "w1",
  name: "Team",
  slug: "ws-team",
  usage_limits: [{ type: "cost", credit_limit: 5 }],
  defaults: { metadata: { a: "b" } },
  last_updated_at: "t",
};
const wsOut = { id: "w1", name: "Team", slug: "ws-team", usageLimits: [{ type: "cost", creditLimit: 5 }], metadata: { a: "b" }, updatedAt: "t" };
const page = (query: Record<string, string>) => ({ ...query, page_size: "100", current_page: "0" });

// More than one page holds, so a list must follow the pages.
const collections = Array.from({ length: 101 }, (_, i) => ({ id: `c${i}`, name: `Collection ${i}` }));

const capabilities = Array.from({ length: 101 }, (_, i) => ({ name: `tool_${i}`, type: "tool", enabled: i % 2 === 0, input_schema: {}, description: null }));
const scim = Array.from({ length: 101 }, (_, i) => ({
  id: `m${i}`,
  workspace_id: "6a0c2c1e-0000-4000-8000-000000000001",
  scim_group: `Group ${i}`,
  scim_group_id: `g${i}`,
  role: "member",
}));

const members = Array.from({ length: 101 }, (_, i) => ({ id: `u${i}`, role: "admin" }));

const rows: Row[] = [
  { name: "getWorkspace", call: () => portkey.getWorkspace({ id: "w 1" }), replies: [[PORTKEY, "/v1/admin/workspaces/w%201", {}, ws]], want: wsOut },
  {
    name: "getWorkspaces",
    call: () => portkey.getWorkspaces({ name: "Team" }),
    replies: [[PORTKEY, "/v1/admin/workspaces", page({ name: "Team" }), { data: [ws], total: 1 }]],
    want: { workspaces: [wsOut] },
  },
  {
    name: "getWorkspaces without a filter",
    call: () => portkey.getWorkspaces(),
    replies: [[PORTKEY, "/v1/admin/workspaces", page({}), { data: [], total: 0 }]],
    want: { workspaces: [] },
  },
  {
    name: "getIntegration",
    call: () => portkey.getIntegration({ slug: "openai" }),
    replies: [
      [PORTKEY, "/v1/integrations/openai", {}, { id: "i1", slug: "openai", name: "OpenAI", ai_provider_id: "openai", masked_key: "sk-***", description: "" }],
    ],
    want: { id: "i1", slug: "openai", name: "OpenAI", aiProviderId: "openai" },
  },
  {
    name: "getIntegrations",
    call: () => portkey.getIntegrations({ workspaceId: "w1" }),
    replies: [[PORTKEY, "/v1/integrations", page({ workspace_id: "w1" }), { data: [], total: 0 }]],
    want: { integrations: [] },
  },
  {
    name: "getVirtualKey",
    call: () => portkey.getVirtualKey({ id: "vk1", workspaceId: "w1" }),
    replies: [
      [
        PORTKEY,
        "/v1/providers/vk1",
        { workspace_id: "w1" },
        { id: "vk1", name: "Key", workspace_id: "w1", integration_id: "openai", ai_provider_name: "openai" },
      ],
    ],
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
  {
    name: "getGatewayConfigs",
    call: () => portkey.getGatewayConfigs({}),
    replies: [[PORTKEY, "/v1/configs", page({}), { data: [], total: 0 }]],
    want: { configs: [] },
  },
  {
    name: "getPromptCollection",
    call: () => portkey.getPromptCollection({ id: "col-1" }),
    replies: [[PORTKEY, "/v1/collections/col-1", {}, { id: "c1", slug: "col-1", name: "Support", workspace_id: "w1", is_default: 0, child_collections: [] }]],
    want: { id: "c1", slug: "col-1", name: "Support", workspaceId: "w1", isDefault: false },
  },
  {
    name: "getPromptCollections follows every page",
    call: () => portkey.getPromptCollections({ workspaceId: "w1" }),
    replies: [
      [PORTKEY, "/v1/collections", page({ workspace_id: "w1" }), { data: collections.slice(0, 100), total: 101 }],
      [PORTKEY, "/v1/collections", { workspace_id: "w1", page_size: "100", current_page: "1" }, { data: collections.slice(100), total: 101 }],
    ],
    want: { collections: collections.map(({ id, name }) => ({ id, name })) },
  },
  {
    name: "getPrompt shows the default version",
    call: () => portkey.getPrompt({ slug: "reply-1" }),
    replies: [[PORTKEY, "/v1/prompts/reply-1", {}, { id: "p1", slug: "reply-1", string: "Hi", parameters: { temperature: 0.2 }, prompt_version: 3 }]],
    want: { id: "p1", slug: "reply-1", string: "Hi", parameters: { temperature: 0.2 }, version: 3 },
  },
  {
    name: "getPrompt of one version",
    call: () => portkey.getPrompt({ slug: "reply-1", version: 2 }),
    replies: [[PORTKEY, "/v1/prompts/reply-1", { version: "2" }, { id: "p1", slug: "reply-1", string: "Hello", prompt_version: 2 }]],
    want: { id: "p1", slug: "reply-1", string: "Hello", version: 2 },
  },
  {
    name: "getPrompts of a collection",
    call: () => portkey.getPrompts({ collectionId: "c1" }),
    replies: [[PORTKEY, "/v1/prompts", page({ collection_id: "c1" }), { data: [{ id: "p1", slug: "reply-1", collection_id: "c1" }], total: 1 }]],
    want: { prompts: [{ id: "p1", slug: "reply-1", collectionId: "c1" }] },
  },
  {
    name: "getGuardrail",
    call: () => portkey.getGuardrail({ slug: "pg-filter-1" }),
    replies: [[PORTKEY, "/v1/guardrails/pg-filter-1", {}, { id: "g1", slug: "pg-filter-1", checks: '[{"id":"portkey.pii"}]', actions: { deny: true } }]],
    want: { id: "g1", slug: "pg-filter-1", checks: [{ id: "portkey.pii" }], actions: { deny: true } },
  },
  {
    name: "getGuardrails of the organisation",
    call: () => portkey.getGuardrails({ organisationId: "o1" }),
    replies: [[PORTKEY, "/v1/guardrails", page({ organisation_id: "o1" }), { data: [{ id: "g1", name: "PII" }], total: 1 }]],
    want: { guardrails: [{ id: "g1", name: "PII" }] },
  },
  {
    name: "getWorkspaceMembers follows every page, the workspace in the path",
    call: () => portkey.getWorkspaceMembers({ workspaceId: "ws 1", role: "admin" }),
    replies: [
      [PORTKEY, "/v1/admin/workspaces/ws%201/users", page({ role: "admin" }), { data: members.slice(0, 100), total: 101 }],
      [PORTKEY, "/v1/admin/workspaces/ws%201/users", { role: "admin", page_size: "100", current_page: "1" }, { data: members.slice(100), total: 101 }],
    ],
    want: { members: members.map(({ id, role }) => ({ id, userId: id, role })) },
  },
  {
    name: "getIntegrationWorkspaces",
    call: () => portkey.getIntegrationWorkspaces({ integrationId: "openai" }),
    replies: [
      [PORTKEY, "/v1/integrations/openai/workspaces", {}, { total: 1, workspaces: [{ id: "ws-team", enabled: true, usage_limits: [], rate_limits: null }] }],
    ],
    want: { total: 1, workspaces: [{ id: "ws-team", enabled: true }] },
  },
  {
    name: "getMcpIntegration shows no configurations",
    call: () => portkey.getMcpIntegration({ id: "docs-mcp" }),
    replies: [
      [
        PORTKEY,
        "/v1/mcp-integrations/docs-mcp",
        {},
        {
          id: "m1",
          slug: "docs-mcp",
          name: "Docs",
          url: "https://mcp.example.com/mcp",
          auth_type: "headers",
          transport: "sse",
          configurations: { custom_headers: { a: "****" } },
        },
      ],
    ],
    want: { id: "m1", slug: "docs-mcp", name: "Docs", url: "https://mcp.example.com/mcp", authType: "headers", transport: "sse" },
  },
  {
    name: "getMcpIntegrations",
    call: () => portkey.getMcpIntegrations({ workspaceId: "w1" }),
    replies: [
      [PORTKEY, "/v1/mcp-integrations", page({ workspace_id: "w1" }), { data: [{ id: "m1", name: "Docs", workspace_id: "w1" }], total: 1, has_more: false }],
    ],
    want: { mcpIntegrations: [{ id: "m1", name: "Docs", workspaceId: "w1" }] },
  },
  {
    name: "getMcpIntegrationCapabilities follows every page, counted from 1",
    call: () => portkey.getMcpIntegrationCapabilities({ mcpIntegrationId: "m1" }),
    replies: [
      [PORTKEY, "/v1/mcp-integrations/m1/capabilities", { page_size: "100", page: "1" }, { data: capabilities.slice(0, 100), total: 101, has_more: true }],
      [PORTKEY, "/v1/mcp-integrations/m1/capabilities", { page_size: "100", page: "2" }, { data: capabilities.slice(100), total: 101, has_more: false }],
    ],
    want: { capabilities: capabilities.map(({ name, type, enabled }) => ({ name, type, enabled })) },
  },
  {
    name: "getIntegrationModels turns the flags Portkey sends as numbers or text into booleans",
    call: () => portkey.getIntegrationModels({ integrationId: "openai" }),
    replies: [
      [
        PORTKEY,
        "/v1/integrations/openai/models",
        {},
        {
          allow_all_models: false,
          models: [
            { slug: "gpt-4o", enabled: true, is_custom: 0, is_finetune: "false", base_model_slug: null },
            {
              slug: "ft:gpt-4o:acme",
              enabled: true,
              is_custom: "true",
              is_finetune: 1,
              base_model_slug: "gpt-4o",
              pricing_config: { type: "static", pay_as_you_go: { request_token: { price: 0.5 } } },
            },
          ],
        },
      ],
    ],
    want: {
      allowAllModels: false,
      models: [
        { slug: "gpt-4o", enabled: true, isCustom: false, isFinetune: false },
        {
          slug: "ft:gpt-4o:acme",
          enabled: true,
          isCustom: true,
          isFinetune: true,
          baseModelSlug: "gpt-4o",
          pricingConfig: { type: "static", payAsYouGo: { requestToken: { price: 0.5 } } },
        },
      ],
    },
  },
  {
    name: "getScimWorkspaceMappings follows every page (page/page_size, total_count) and filters by the workspace's UUID",
    call: () => portkey.getScimWorkspaceMappings({ workspaceId: "ws-team", role: "member" }),
    replies: [
      [PORTKEY, "/v1/admin/workspaces/ws-team", {}, { id: "6a0c2c1e-0000-4000-8000-000000000001", slug: "ws-team" }],
      [
        PORTKEY,
        "/v1/scim/workspaces",
        { workspace_id: "6a0c2c1e-0000-4000-8000-000000000001", role: "member", page_size: "100", page: "0" },
        { total_count: 101, page: 0, page_size: 100, mappings: scim.slice(0, 100) },
      ],
      [
        PORTKEY,
        "/v1/scim/workspaces",
        { workspace_id: "6a0c2c1e-0000-4000-8000-000000000001", role: "member", page_size: "100", page: "1" },
        { total_count: 101, page: 1, page_size: 100, mappings: scim.slice(100) },
      ],
    ],
    want: { mappings: scim.map((m) => ({ id: m.id, workspaceId: m.workspace_id, role: "member", scimGroupId: m.scim_group_id, scimGroup: m.scim_group })) },
  },
  {
    name: "getApiKey shows no key value",
    call: () => portkey.getApiKey({ id: "k1" }),
    replies: [[PORTKEY, "/v1/api-keys/k1", {}, { id: "k1", key: "pk*******ab", name: "App", type: "workspace-service", scopes: ["completions.write"] }]],
    want: { id: "k1", name: "App", type: "workspace", subType: "service", scopes: ["completions.write"] },
  },
  {
    name: "getApiKeys follows every page",
    call: () => portkey.getApiKeys({ workspaceId: "w1" }),
    replies: [
      [PORTKEY, "/v1/api-keys", page({ workspace_id: "w1" }), { data: Array.from({ length: 100 }, (_, i) => ({ id: `k${i}`, key: "pk***" })), total: 101 }],
      [PORTKEY, "/v1/api-keys", { workspace_id: "w1", page_size: "100", current_page: "1" }, { data: [{ id: "k100", key: "pk***" }], total: 101 }],
    ],
    want: { apiKeys: Array.from({ length: 101 }, (_, i) => ({ id: `k${i}` })) },
  },
  {
    name: "getUsageLimitsPolicy",
    call: () => portkey.getUsageLimitsPolicy({ id: "u1" }),
    replies: [[PORTKEY, "/v1/policies/usage-limits/u1", {}, { id: "u1", type: "cost", credit_limit: 5, group_by: [{ key: "api_key" }], periodic_reset: "" }]],
    want: { id: "u1", type: "cost", creditLimit: 5, groupBy: [{ key: "api_key" }] },
  },
  {
    name: "getRateLimitsPolicies",
    call: () => portkey.getRateLimitsPolicies({ workspaceId: "w1" }),
    replies: [[PORTKEY, "/v1/policies/rate-limits", page({ workspace_id: "w1" }), { data: [{ id: "r1", unit: "rpm", value: 60 }], total: 1 }]],
    want: { policies: [{ id: "r1", unit: "rpm", value: 60 }] },
  },
  {
    name: "getUser",
    call: () => portkey.getUser({ id: "u1" }),
    replies: [
      [
        PORTKEY,
        "/v1/admin/users/u1",
        {},
        { object: "user", id: "u1", email: "a@example.com", role: "admin", first_name: "A", last_name: null, last_updated_at: "t", workspace_ids: ["w1"] },
      ],
    ],
    want: { id: "u1", email: "a@example.com", role: "admin", firstName: "A", updatedAt: "t", workspaceIds: ["w1"] },
  },
  {
    name: "getUsers follows every page, camelCase",
    call: () => portkey.getUsers({ role: "member" }),
    replies: [
      [
        PORTKEY,
        "/v1/admin/users",
        { role: "member", pageSize: "100", currentPage: "0" },
        { data: Array.from({ length: 100 }, (_, i) => ({ id: `u${i}`, role: "member" })), total: 102 },
      ],
      [
        PORTKEY,
        "/v1/admin/users",
        { role: "member", pageSize: "100", currentPage: "1" },
        {
          data: [
            { id: "u100", role: "member" },
            { id: "u101", role: "member" },
          ],
          total: 102,
        },
      ],
    ],
    want: { total: 102, users: Array.from({ length: 102 }, (_, i) => ({ id: `u${i}`, role: "member" })) },
  },
  {
    name: "getPolicy",
    call: () => toktra.getPolicy({ id: "pol-1" }),
    replies: [
      [
        TOKTRA,
        "/v1/api/policies/pol-1",
        {},
        { id: "pol-1", name: "Cap", type: "token_limit", conditions: { max_tokens_per_day: 10 }, actions: { action: "alert" }, org_id: "o1" },
      ],
    ],
    want: { id: "pol-1", name: "Cap", type: "token_limit", conditions: { max_tokens_per_day: 10 }, actions: { action: "alert" }, orgId: "o1" },
  },
  {
    name: "getBudgets follows the cursor",
    call: () => toktra.getBudgets(),
    replies: [
      [TOKTRA, "/v1/api/budgets", { limit: "100" }, { items: [{ id: "b1", monthly_limit: 100, rollover_enabled: true }], next_cursor: "c2", has_more: true }],
      [TOKTRA, "/v1/api/budgets", { limit: "100", cursor: "c2" }, { items: [{ id: "b2", monthly_limit: 200 }], next_cursor: null, has_more: false }],
    ],
    want: {
      budgets: [
        { id: "b1", monthlyLimit: 100, rolloverEnabled: true },
        { id: "b2", monthlyLimit: 200 },
      ],
    },
  },
  {
    name: "getSiemConfig shows no credentials",
    call: () => toktra.getSiemConfig({ id: "siem-1" }),
    replies: [
      [
        TOKTRA,
        "/v1/api/siem/configs/siem-1",
        {},
        { id: "siem-1", name: "SOC", provider_type: "splunk", endpoint: "https://hec", credentials: { token: "masked" } },
      ],
    ],
    want: { id: "siem-1", name: "SOC", providerType: "splunk", endpoint: "https://hec" },
  },
  {
    name: "getSecretReference shows no credentials",
    call: () => portkey.getSecretReference({ slug: "vault-ref" }),
    replies: [
      [
        PORTKEY,
        "/v1/secret-references/vault-ref",
        {},
        {
          id: "r1",
          slug: "vault-ref",
          name: "Vault",
          manager_type: "hashicorp_vault",
          secret_path: "p",
          auth_config: { vault_auth_type: "token", masked_vault_token: "hvs-****" },
        },
      ],
    ],
    want: { id: "r1", slug: "vault-ref", name: "Vault", managerType: "hashicorp_vault", secretPath: "p" },
  },
  {
    name: "getSecretReferences by manager type, without credentials",
    call: () => portkey.getSecretReferences({ managerType: "aws_sm" }),
    replies: [
      [
        PORTKEY,
        "/v1/secret-references",
        page({ manager_type: "aws_sm" }),
        { data: [{ id: "r2", slug: "aws-ref", manager_type: "aws_sm", auth_config: { masked_aws_secret_access_key: "****" } }], total: 1 },
      ],
    ],
    want: { secretReferences: [{ id: "r2", slug: "aws-ref", managerType: "aws_sm" }] },
  },
  {
    name: "getPromptPartial of a version",
    call: () => portkey.getPromptPartial({ slug: "context", version: 2 }),
    replies: [[PORTKEY, "/v1/prompts/partials/context", { version: "2" }, { id: "pp1", slug: "context", string: "Be brief.", version: 2 }]],
    want: { id: "pp1", slug: "context", content: "Be brief.", version: 2 },
  },
  {
    name: "getPromptPartials of a workspace",
    call: () => portkey.getPromptPartials({ workspaceId: "w1" }),
    replies: [[PORTKEY, "/v1/prompts/partials", page({ workspace_id: "w1" }), { data: [{ id: "pp1", slug: "context", name: "Context" }], total: 1 }]],
    want: { promptPartials: [{ id: "pp1", slug: "context", name: "Context" }] },
  },
  {
    name: "getSsoConfigs",
    call: () => toktra.getSsoConfigs(),
    replies: [[TOKTRA, "/v1/api/sso/configs", { limit: "100" }, { items: [], has_more: false }]],
    want: { configs: [] },
  },
];

describe("data sources request what they always have", () => {
  useNock();
  const saved: Record<string, string | undefined> = {};
  const env: Record<string, string> = {
    PORTKEY_API_KEY: "pk-test",
    PORTKEY_BASE_URL: `${PORTKEY}/v1`,
    PORTKEY_MAX_RETRIES: "0",
    TOKTRA_API_KEY: "tk-test",
    TOKTRA_API_URL: TOKTRA,
    TOKTRA_MAX_RETRIES: "0",
  };
  before(() => {
    for (const [k, v] of Object.entries(env)) [saved[k], process.env[k]] = [process.env[k], v];
  });
  after(() => {
    for (const k of Object.keys(env))
      if (saved[k] === undefined) delete process.env[k];
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
    [
      "getIntegrationWorkspaces ..",
      () => portkey.getIntegrationWorkspaces({ integrationId: ".." }),
      /^getIntegrationWorkspaces: integrationId must not be "\.\."/,
    ],
    [
      "getMcpIntegrationCapabilities .",
      () => portkey.getMcpIntegrationCapabilities({ mcpIntegrationId: "." }),
      /^getMcpIntegrationCapabilities: mcpIntegrationId must not be "\."/,
    ],
  ];
  for (const [name, call, said] of refused) {
    it(name, async () => {
      const err = await call().then(
        () => undefined,
        (e: Error) => e,
      );
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
