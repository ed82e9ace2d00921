// Data sources as invokes served by the native plugin: a list longer than one
// of the API's pages comes back whole, a lookup with a secret argument
// answers a secret through the Output form and the plain value through the
// Promise form, and the hand-written getIntegrationWorkspaces and
// getMcpIntegrationCapabilities are served too.
import { strict as assert } from "assert";
import * as pulumi from "@pulumi/pulumi";
import { api, calls, targetOf, useEmulator } from "../../helpers/emulator";
import { nativeSdk } from "../../helpers/installed";
import { newStack } from "../../helpers/stack";

const COUNT = 130; // Toktra pages hold at most 100

describe("native invokes (real engine)", function () {
  this.timeout(300_000);
  const emulator = useEmulator();

  it("lists every page, and keeps an answer to a secret argument secret", async () => {
    const toktra = api(emulator(), "toktra");
    const made: string[] = [];
    for (let i = 0; i < COUNT; i++) made.push(String((await toktra.post("/v1/api/budgets", { monthly_limit: 10 + i })).id));
    const n = nativeSdk();
    const stack = await newStack(
      async () => {
        const all = n.toktra.getBudgetsOutput();
        const one = n.toktra.getBudgetOutput({ id: pulumi.secret(made[7]!) });
        const plain = await n.toktra.getBudget({ id: made[8]! });
        return { count: all.budgets.apply((b) => b.length), secretLimit: one.monthlyLimit, plainLimit: plain.monthlyLimit };
      },
      targetOf(emulator()),
      "native-invokes",
    );
    await stack.up();
    const out = await stack.outputs();
    // More than one page can hold: every page was read.
    assert.equal(out.count!.value, COUNT);
    assert.equal(out.count!.secret, false);
    assert.deepEqual([out.secretLimit!.value, out.secretLimit!.secret], [17, true]);
    assert.deepEqual([out.plainLimit!.value, out.plainLimit!.secret], [18, false]);
  });

  it("serves getIntegrationWorkspaces: the access list with its limits, in the SDK's names", async () => {
    const portkey = api(emulator());
    const ws = String((await portkey.post("/admin/workspaces", { name: "Shared" })).id);
    const slug = String((await portkey.post("/integrations", { name: "Shared OpenAI", ai_provider_id: "openai", key: "sk-invoke-4242" })).slug);
    const limit = { type: "cost", credit_limit: 30, alert_threshold: 20, periodic_reset: "weekly" };
    await portkey.put(`/integrations/${slug}/workspaces`, { workspaces: [{ id: ws, enabled: true, usage_limits: [limit] }] });
    const n = nativeSdk();
    const stack = await newStack(
      async () => {
        const shared = n.portkey.getIntegrationWorkspacesOutput({ integrationId: slug });
        const hidden = n.portkey.getIntegrationWorkspacesOutput({ integrationId: pulumi.secret(slug) });
        const plain = await n.portkey.getIntegrationWorkspaces({ integrationId: slug });
        return { workspaces: shared.workspaces, hiddenTotal: hidden.total, plainTotal: plain.total };
      },
      targetOf(emulator()),
      "native-invokes-access",
    );
    const before = calls(emulator()).length;
    await stack.up();
    const out = await stack.outputs();
    const listed = out.workspaces!.value as { id: string; enabled: boolean; usageLimits?: Record<string, unknown>[]; rateLimits?: unknown }[];
    assert.deepEqual(
      listed.map((w) => [w.enabled, w.usageLimits?.[0]?.creditLimit, w.usageLimits?.[0]?.periodicReset, "rateLimits" in w]),
      [[true, 30, "weekly", false]],
    );
    assert.deepEqual([out.hiddenTotal!.value, out.hiddenTotal!.secret], [1, true]);
    assert.deepEqual([out.plainTotal!.value, out.plainTotal!.secret], [1, false]);
    assert.ok(calls(emulator()).slice(before).includes(`GET /v1/integrations/${slug}/workspaces`), "the plugin should have read the access list");
  });
  it("serves getMcpIntegrationCapabilities: every page of the capability list, counted from 1", async () => {
    const portkey = api(emulator());
    const mcp = await portkey.post("/mcp-integrations", { name: "Docs", url: "https://mcp.example.com/mcp", auth_type: "none", transport: "http" });
    const capabilities = Array.from({ length: 130 }, (_, i) => ({ name: `tool_${i}`, type: "tool", enabled: i % 3 === 0 }));
    await portkey.put(`/mcp-integrations/${mcp.id}/capabilities`, { capabilities });
    const n = nativeSdk();
    const stack = await newStack(
      async () => ({ listed: n.portkey.getMcpIntegrationCapabilitiesOutput({ mcpIntegrationId: String(mcp.slug) }).capabilities }),
      targetOf(emulator()),
      "native-invokes-mcp",
    );
    const before = calls(emulator()).length;
    await stack.up();
    const listed = (await stack.outputs()).listed!.value as { name: string; type: string; enabled: boolean }[];
    assert.deepEqual(listed, capabilities);
    const pages = calls(emulator())
      .slice(before)
      .filter((c) => c.startsWith(`GET /v1/mcp-integrations/${mcp.slug}/capabilities`));
    assert.equal(pages.length, 2, pages.join("\n"));
  });

  it("serves getIntegrationModels and getScimWorkspaceMappings, the latter over every page and with a workspace slug", async () => {
    const portkey = api(emulator());
    const ws = await portkey.post("/admin/workspaces", { name: "Scim invokes" });
    // More mappings than one page of 100 holds.
    for (let i = 0; i < 105; i++) await portkey.post("/scim/workspaces", { workspace_id: ws.id, role: "member", scim_group_name: `Invoke group ${i}` });
    const slug = String((await portkey.post("/integrations", { name: "Model invokes", ai_provider_id: "openai", key: "sk-invoke-5353" })).slug);
    const pricing = { type: "static", pay_as_you_go: { request_token: { price: 0.25 } } };
    await portkey.put(`/integrations/${slug}/models`, {
      allow_all_models: false,
      models: [{ slug: "ft:x", enabled: true, is_custom: true, pricing_config: pricing }],
    });
    const n = nativeSdk();
    const stack = await newStack(
      async () => {
        const mappings = n.portkey.getScimWorkspaceMappingsOutput({ workspaceId: String(ws.slug) }).mappings;
        const models = n.portkey.getIntegrationModelsOutput({ integrationId: slug });
        return { mappings: mappings.apply((m) => m.length), allowAll: models.allowAllModels, models: models.models };
      },
      targetOf(emulator()),
      "native-invokes-models",
    );
    const before = calls(emulator()).length;
    await stack.up();
    const out = await stack.outputs();
    assert.equal(out.mappings!.value, 105);
    assert.equal(out.allowAll!.value, false);
    assert.deepEqual(out.models!.value, [
      {
        slug: "ft:x",
        name: "ft:x",
        enabled: true,
        isCustom: true,
        isFinetune: false,
        pricingConfig: { type: "static", payAsYouGo: { requestToken: { price: 0.25 } } },
      },
    ]);
    assert.equal(
      calls(emulator())
        .slice(before)
        .filter((c) => c === "GET /v1/scim/workspaces").length,
      2,
      "two pages of mappings",
    );
  });
});
