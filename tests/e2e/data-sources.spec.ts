// A platform team's stack creates the shared objects; an application team's
// stack finds them through a StackReference and the data sources.
import { strict as assert } from "assert";
import * as pulumi from "@pulumi/pulumi";
import type * as auto from "@pulumi/pulumi/automation";
import { targetOf, useEmulator } from "../helpers/emulator";
import { sdk } from "../helpers/installed";
import { newStack } from "../helpers/stack";

const emulator = useEmulator();

describe("data sources across stacks (real engine)", function () {
  this.timeout(300_000);
  let platform: auto.Stack;
  let app: auto.Stack;

  before(async () => {
    const s = sdk();
    const target = () => targetOf(emulator());
    platform = await newStack(
      async () => {
        const ws = new s.portkey.Workspace("ws", { name: "Platform shared", metadata: { owner: "platform" } });
        const integration = new s.portkey.Integration("openai", { name: "Shared OpenAI", aiProviderId: "openai", key: "sk-data-source-7777" });
        const access = new s.portkey.IntegrationWorkspaceAccess("access", {
          integrationId: integration.slug,
          workspaceId: ws.id,
          usageLimits: [{ type: "cost", creditLimit: 30, alertThreshold: 20, periodicReset: "weekly" }],
        });
        const vk = new s.portkey.VirtualKey("vk", { name: "app key", workspaceId: ws.id, integrationId: integration.slug }, { dependsOn: [access] });
        const cfg = new s.portkey.GatewayConfig("cfg", { name: "app routing", workspaceId: ws.id, config: { retry: { attempts: 2 } } });
        const policy = new s.toktra.Policy("policy", {
          name: "Shared cap",
          type: "token_limit",
          conditions: { max_tokens_per_day: 2000 },
          actions: { action: "alert" },
        });
        const budgets = [1, 2].map((i) => new s.toktra.Budget(`budget-${i}`, { monthlyLimit: 100 * i, alertThresholdPct: 70 + i }));
        const siem = new s.toktra.SiemConfig("siem", {
          name: "Shared SOC",
          providerType: "datadog",
          endpoint: "https://http-intake.logs.datadoghq.eu",
          credentials: { api_key: "dd-data-source-8888" },
        });
        return {
          workspaceId: ws.id,
          integrationSlug: integration.slug,
          virtualKeyId: vk.id,
          configSlug: cfg.slug,
          policyId: policy.id,
          siemId: siem.id,
          budgetIds: budgets.map((b) => b.id),
        };
      },
      target(),
      "platform",
    );
    await platform.up();
    const platformProject = (await platform.workspace.projectSettings()).name;

    app = await newStack(
      async () => {
        const ref = new pulumi.StackReference(`organization/${platformProject}/dev`);
        const workspaceId = ref.requireOutput("workspaceId") as pulumi.Output<string>;
        const integrationSlug = ref.requireOutput("integrationSlug") as pulumi.Output<string>;
        const ws = s.portkey.getWorkspaceOutput({ id: workspaceId });
        const vk = s.portkey.getVirtualKeyOutput({ id: ref.requireOutput("virtualKeyId") as pulumi.Output<string>, workspaceId });
        return {
          workspaceName: ws.name,
          workspaceMetadata: ws.metadata,
          workspaceCount: s.portkey.getWorkspacesOutput({}).workspaces.apply((w) => w.length),
          integrationProvider: s.portkey.getIntegrationOutput({ slug: integrationSlug }).aiProviderId,
          integrationCount: s.portkey.getIntegrationsOutput({}).integrations.apply((i) => i.length),
          access: s.portkey.getIntegrationWorkspacesOutput({ integrationId: integrationSlug }).workspaces,
          virtualKeyName: vk.name,
          virtualKeyProvider: vk.aiProviderId,
          virtualKeyCount: s.portkey.getVirtualKeysOutput({ workspaceId }).virtualKeys.apply((k) => k.length),
          config: s.portkey.getGatewayConfigOutput({ slug: ref.requireOutput("configSlug") as pulumi.Output<string> }).config,
          configCount: s.portkey.getGatewayConfigsOutput({ workspaceId }).configs.apply((c) => c.length),
          policy: s.toktra.getPolicyOutput({ id: ref.requireOutput("policyId") as pulumi.Output<string> }),
          budgets: s.toktra.getBudgetsOutput().budgets.apply((b) => b.map((x) => `${x.alertThresholdPct}:${x.remaining}`).sort()),
          siem: s.toktra.getSiemConfigOutput({ id: ref.requireOutput("siemId") as pulumi.Output<string> }),
        };
      },
      target(),
      "app",
    );
  });

  it("the application stack reads the platform's objects", async () => {
    const res = await app.up();
    const out = Object.fromEntries(Object.entries(res.outputs).map(([k, v]) => [k, v.value]));
    const platformOut = await platform.outputs();
    assert.equal(out.workspaceName, "Platform shared");
    assert.deepEqual(out.workspaceMetadata, { owner: "platform" });
    assert.equal(out.workspaceCount, 1);
    assert.equal(out.integrationProvider, "openai");
    assert.equal(out.integrationCount, 1);
    assert.equal(out.virtualKeyName, "app key");
    assert.equal(out.virtualKeyProvider, "openai");
    assert.equal(out.virtualKeyCount, 1);
    assert.equal(out.configCount, 1);
    // The server adds its defaults to configs; the data source shows the live document.
    assert.equal((out.config as { retry: { attempts: number } }).retry.attempts, 2);
    const access = out.access as { id: string; enabled: boolean; usageLimits?: { creditLimit: number }[] }[];
    assert.equal(access.length, 1);
    assert.equal(access[0]!.enabled, true);
    assert.equal(access[0]!.usageLimits?.[0]?.creditLimit, 30);
    assert.ok(platformOut.workspaceId?.value);
    // Toktra: one by id, a list through cursor pages; write-once secrets are not shown.
    const policy = out.policy as { id: string; type: string; conditions: { max_tokens_per_day: number }; actions: Record<string, unknown> };
    assert.equal(policy.id, platformOut.policyId?.value);
    assert.deepEqual([policy.type, policy.conditions.max_tokens_per_day, policy.actions.action], ["token_limit", 2000, "alert"]);
    assert.deepEqual(out.budgets, ["71:100", "72:200"]);
    const siem = out.siem as Record<string, unknown>;
    assert.deepEqual([siem.name, siem.providerType, siem.credentials], ["Shared SOC", "datadog", undefined]);
  });

  it("a missing object is a clear error naming it", async () => {
    const s = sdk();
    const broken = await newStack(async () => ({ ws: s.portkey.getWorkspaceOutput({ id: "00000000-0000-4000-8000-000000000000" }).name }), {
      portkeyBaseUrl: emulator().portkeyBaseUrl,
      portkeyKey: emulator().portkeyKey,
    });
    await assert.rejects(broken.preview(), (err: Error) => {
      assert.match(err.message, /portkey API: GET \/admin\/workspaces\/00000000-0000-4000-8000-000000000000 failed with 40[34]/);
      assert.ok(!err.message.includes(emulator().portkeyKey), "the API key leaked into an error");
      return true;
    });
  });

  after(async () => {
    await app?.destroy();
    await platform?.destroy();
  });
});
