// The exact requests each resource sends, checked with nock.
import { expect } from "chai";
import { expectSequence, nock, Step, usePortkeyNock } from "../../helpers/nock";
import { gatewayConfigSpec } from "../../../spec/portkey/gateway-config";
import { integrationSpec } from "../../../spec/portkey/integration";
import { integrationWorkspaceAccessSpec } from "../../../spec/portkey/integration-workspace-access";
import { virtualKeySpec } from "../../../spec/portkey/virtual-key";
import { workspaceSpec } from "../../../spec/portkey/workspace";
import { providerFor } from "../../../provider/core/module";

const config = providerFor(gatewayConfigSpec);
const integration = providerFor(integrationSpec);
const access = providerFor(integrationWorkspaceAccessSpec);
const vk = providerFor(virtualKeySpec);
const workspace = providerFor(workspaceSpec);

const BASE = "https://api.portkey.test";
const KEY = "pk-unit-test-key-0000";

const expectRequests = (...steps: Step[]) => expectSequence(nock(BASE).matchHeader("x-portkey-api-key", KEY), steps);

describe("Portkey request bodies", () => {
  usePortkeyNock(BASE, KEY);

  it("Workspace create: limits in snake_case, metadata under defaults", async () => {
    const seen = expectRequests(
      ["POST", "/v1/admin/workspaces", { id: "w-1", slug: "ws-team-1" }],
      ["GET", "/v1/admin/workspaces/w-1", { id: "w-1", slug: "ws-team-1", name: "Team", created_at: "2026-01-01T00:00:00Z" }],
    );
    const res = await workspace.create({
      name: "Team",
      metadata: { team: "a" },
      usageLimits: '[{"type":"cost","creditLimit":10,"alertThreshold":5,"periodicReset":"monthly"}]',
      rateLimits: [{ type: "requests", unit: "rpm", value: 60 }],
    });
    expect(seen[0]!.body).to.deep.equal({
      name: "Team",
      defaults: { metadata: { team: "a" } },
      usage_limits: [{ type: "cost", credit_limit: 10, alert_threshold: 5, periodic_reset: "monthly" }],
      rate_limits: [{ type: "requests", unit: "rpm", value: 60 }],
    });
    expect(res.id).to.equal("w-1");
    expect(res.outs).to.include({ slug: "ws-team-1", name: "Team", createdAt: "2026-01-01T00:00:00Z" });
  });

  it("Workspace update: removed limits are cleared with null", async () => {
    const seen = expectRequests(["PUT", "/v1/admin/workspaces/w-1", {}], ["GET", "/v1/admin/workspaces/w-1", { id: "w-1", name: "Team" }]);
    await workspace.update!("w-1", { name: "Team", usageLimits: [{ type: "cost" }] }, { name: "Team" });
    expect(seen[0]!.body).to.deep.equal({ name: "Team", usage_limits: null });
  });

  for (const [state, body] of [
    [{ name: "Team" }, { name: "Team" }],
    [{ name: "Team", forceDestroy: false }, { name: "Team" }],
    [
      { name: "Team", forceDestroy: true },
      { name: "Team", force_delete: true },
    ],
  ] as const) {
    it(`Workspace delete with ${JSON.stringify(state)}: confirms with the name, cascades only with forceDestroy`, async () => {
      const seen = expectRequests(["DELETE", "/v1/admin/workspaces/w-1", {}]);
      await workspace.delete!("w-1", { ...state });
      expect(seen[0]!.body).to.deep.equal(body);
    });
  }

  it("Integration create: key and configurations are sent, slug path used after", async () => {
    const seen = expectRequests(
      ["POST", "/v1/integrations", { id: "i-1", slug: "openai-1a2b3c" }],
      ["GET", "/v1/integrations/openai-1a2b3c", { id: "i-1", slug: "openai-1a2b3c", name: "OpenAI", ai_provider_id: "openai", masked_key: "sk-****" }],
    );
    const res = await integration.create({ name: "OpenAI", aiProviderId: "openai", key: "sk-secret", configurations: '{"openai_organization":"org-1"}' });
    expect(seen[0]!.body).to.deep.equal({ name: "OpenAI", ai_provider_id: "openai", key: "sk-secret", configurations: { openai_organization: "org-1" } });
    expect(res.outs).to.include({ slug: "openai-1a2b3c" });
    // Write-only secrets come back as a fingerprint, never the value.
    expect(res.outs.key).to.match(/^fp1:[0-9a-f]+:[0-9a-f]{64}$/);
    expect(JSON.stringify(res.outs)).to.not.include("sk-secret").and.not.include("org-1");
  });

  it("Integration create (Azure OpenAI, Entra): configurations travel verbatim, deployments and all; outputs keep only a fingerprint", async () => {
    const configurations = {
      azure_auth_mode: "entra",
      azure_resource_name: "contoso-openai",
      azure_entra_tenant_id: "tenant-1",
      azure_entra_client_id: "client-1",
      azure_entra_client_secret: "entra-secret-value-7f3a",
      azure_deployment_config: [
        { azure_deployment_name: "gpt-4o-deployment", azure_api_version: "2024-02-15-preview", azure_model_slug: "gpt-4o", is_default: true },
      ],
    };
    const seen = expectRequests(
      ["POST", "/v1/integrations", { id: "i-2", slug: "azure-1a2b3c" }],
      ["GET", "/v1/integrations/azure-1a2b3c", { id: "i-2", slug: "azure-1a2b3c", name: "Azure", ai_provider_id: "azure-openai", configurations: {} }],
    );
    const res = await integration.create({ name: "Azure", aiProviderId: "azure-openai", configurations });
    expect(seen[0]!.body).to.deep.equal({ name: "Azure", ai_provider_id: "azure-openai", configurations });
    expect(res.outs.configurations).to.match(/^fp1:[0-9a-f]+:[0-9a-f]{64}$/);
    expect(JSON.stringify(res.outs)).to.not.include("entra-secret-value-7f3a").and.not.include("contoso-openai");
  });

  it("IntegrationWorkspaceAccess create: one bulk entry, unset limits null, and no read after it", async () => {
    const seen = expectRequests(["PUT", "/v1/integrations/openai-1/workspaces", {}]);
    const res = await access.create({ integrationId: "openai-1", workspaceId: "ws-team-1", usageLimits: [{ type: "cost", creditLimit: 5 }] });
    expect(seen[0]!.body).to.deep.equal({
      workspaces: [{ id: "ws-team-1", enabled: true, usage_limits: [{ type: "cost", credit_limit: 5 }], rate_limits: null }],
    });
    expect(res.id).to.equal("openai-1/ws-team-1");
    expect(res.outs).to.include({ workspaceSlug: "ws-team-1" });
  });

  it("IntegrationWorkspaceAccess create for a workspace UUID: the workspace's slug is read beside the PUT, the access list not at all", async () => {
    const uuid = "3f2a9c1e-0b7d-4e5f-8a6b-1c2d3e4f5a6b";
    nock(BASE).get(`/v1/admin/workspaces/${uuid}`).reply(200, { id: uuid, slug: "ws-team-1", name: "Team" });
    const seen = expectRequests(["PUT", "/v1/integrations/openai-1/workspaces", {}]);
    const res = await access.create({ integrationId: "openai-1", workspaceId: uuid });
    expect(seen[0]!.body).to.deep.equal({ workspaces: [{ id: uuid, enabled: true, usage_limits: null, rate_limits: null }] });
    expect(res.outs).to.include({ workspaceId: uuid, workspaceSlug: "ws-team-1" });
  });

  it("IntegrationWorkspaceAccess delete: disables, since the API has no DELETE, once no key in the workspace uses the integration", async () => {
    const seen = expectRequests(
      [
        "GET",
        "/v1/providers?workspace_id=ws-team-1&current_page=0&page_size=100",
        { data: [{ id: "p-9", name: "other", integration_id: "anthropic-1" }], total: 1 },
      ],
      ["PUT", "/v1/integrations/openai-1/workspaces", {}],
    );
    await access.delete!("openai-1/ws-team-1", { integrationId: "openai-1", workspaceId: "ws-team-1" });
    expect(seen[1]!.body).to.deep.equal({ workspaces: [{ id: "ws-team-1", enabled: false, usage_limits: null, rate_limits: null }] });
  });

  it("IntegrationWorkspaceAccess delete: refused while a virtual key in the workspace uses the integration, and nothing is sent", async () => {
    expectRequests([
      "GET",
      "/v1/providers?workspace_id=ws-team-1&current_page=0&page_size=100",
      { data: [{ id: "p-1", name: "app key", integration_id: "openai-1" }], total: 1 },
    ]);
    const err = await access.delete!("openai-1/ws-team-1", { integrationId: "openai-1", workspaceId: "ws-team-1" }).catch((e: Error) => e);
    expect((err as Error).message).to.match(/was not deleted: virtual keys in the workspace still use the integration \("app key"\).*Nothing was changed/);
  });

  it("VirtualKey create and update: workspace in the query (and body on update)", async () => {
    const seen = expectRequests(
      ["POST", "/v1/providers", { id: "p-1", slug: "key-1a2b3c" }],
      ["GET", "/v1/providers/p-1?workspace_id=w-1", { id: "p-1", slug: "key-1a2b3c", name: "key", ai_provider_name: "openai" }],
      ["PUT", "/v1/providers/p-1?workspace_id=w-1", { id: "p-1", slug: "key-1a2b3c" }],
      ["GET", "/v1/providers/p-1?workspace_id=w-1", { id: "p-1", slug: "key-1a2b3c", name: "key", note: "n2" }],
    );
    const created = await vk.create({ name: "key", workspaceId: "w-1", integrationId: "openai-1", note: "n1" });
    expect(seen[0]!.body).to.deep.equal({ name: "key", workspace_id: "w-1", integration_id: "openai-1", note: "n1" });
    expect(created.outs).to.include({ aiProviderId: "openai", slug: "key-1a2b3c" });
    await vk.update!("p-1", created.outs, { name: "key", workspaceId: "w-1", integrationId: "openai-1", note: "n2" });
    expect(seen[2]!.body).to.deep.equal({ name: "key", note: "n2", workspace_id: "w-1" });
  });

  it("GatewayConfig create: config as data, isDefault as 0/1 in camelCase", async () => {
    const seen = expectRequests(
      ["POST", "/v1/configs", { id: "c-1", slug: "pc-routin-1a2b3c", version_id: "v1" }],
      [
        "GET",
        "/v1/configs/pc-routin-1a2b3c",
        {
          id: "c-1",
          slug: "pc-routin-1a2b3c",
          name: "routing",
          config: '{"strategy":{"mode":"single"},"retry":{"attempts":2}}',
          is_default: 0,
          version_id: "v1",
        },
      ],
    );
    const res = await config.create({ name: "routing", workspaceId: "ws-a", config: '{"retry": {"attempts": 2}}' });
    expect(seen[0]!.body).to.deep.equal({ name: "routing", config: { retry: { attempts: 2 } }, workspace_id: "ws-a", isDefault: 0 });
    expect(res.outs).to.include({ config: '{"retry": {"attempts": 2}}', versionId: "v1" });
  });

  describe("Integration model access, a sub-resource with its own PUT", () => {
    const live = { id: "i-1", slug: "openai-a", name: "A", ai_provider_id: "openai", created_at: "2026-01-01T00:00:00Z" };
    const models = (allow: boolean, enabled: string[]) => ({
      total: enabled.length,
      allow_all_models: allow,
      models: enabled.map((slug) => ({ slug, enabled: true })),
    });

    it("create: POST without the model fields, then the models PUT states each switch", async () => {
      const seen = expectRequests(
        ["POST", "/v1/integrations", { id: "i-1", slug: "openai-a" }],
        ["PUT", "/v1/integrations/openai-a/models", {}],
        ["GET", "/v1/integrations/openai-a", live],
        ["GET", "/v1/integrations/openai-a/models", models(false, ["gpt-4o"])],
      );
      const res = await integration.create({ name: "A", aiProviderId: "openai", slug: "openai-a", allowAllModels: false, models: ["gpt-4o"] });
      expect(seen[0]!.body).to.not.have.any.keys("allow_all_models", "models");
      expect(seen[1]!.body).to.deep.equal({ allow_all_models: false, models: [{ slug: "gpt-4o", enabled: true }] });
      expect(res.outs).to.include({ allowAllModels: false }).and.to.have.deep.property("models", ["gpt-4o"]);
    });

    it("create without model fields makes no models call", async () => {
      expectRequests(["POST", "/v1/integrations", { id: "i-1", slug: "openai-a" }], ["GET", "/v1/integrations/openai-a", live]);
      await integration.create({ name: "A", aiProviderId: "openai", slug: "openai-a" });
    });

    it("update of the models alone: no PUT of the item; a dropped model is switched off", async () => {
      const olds = { name: "A", aiProviderId: "openai", slug: "openai-a", allowAllModels: false, models: ["gpt-4o", "o3"] };
      const seen = expectRequests(
        ["PUT", "/v1/integrations/openai-a/models", {}],
        ["GET", "/v1/integrations/openai-a", live],
        ["GET", "/v1/integrations/openai-a/models", models(false, ["gpt-4o"])],
      );
      await integration.update!("i-1", olds, { ...olds, models: ["gpt-4o"] });
      expect(seen[0]!.body).to.deep.equal({
        allow_all_models: false,
        models: [
          { slug: "gpt-4o", enabled: true },
          { slug: "o3", enabled: false },
        ],
      });
    });

    it("a failed models PUT after the create reports the object as created but unhealthy", async () => {
      nock(BASE)
        .post("/v1/integrations")
        .reply(200, { id: "i-1", slug: "openai-a" })
        .put("/v1/integrations/openai-a/models")
        .reply(503, { message: "busy" })
        .get("/v1/integrations/openai-a")
        .reply(200, live);
      const err = await integration
        .create({ __provider: "serialized", name: "A", aiProviderId: "openai", slug: "openai-a", allowAllModels: false })
        .catch((e) => e);
      expect(err).to.include({ id: "i-1" });
      expect(err.message).to.match(/^Integration "i-1" was created, but setting its models failed: .*503/);
      expect(err.properties).to.include({ slug: "openai-a", __provider: "serialized" }).and.not.have.any.keys("allowAllModels", "models");
      expect(err.reasons).to.deep.equal([err.message]);
    });
  });
});
