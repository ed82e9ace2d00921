// A platform team's stack creates the shared objects; an application team's
// stack finds them through a StackReference and the data sources.
import { strict as assert } from "assert";
import * as pulumi from "@pulumi/pulumi";
import type * as auto from "@pulumi/pulumi/automation";
import { useEmulator } from "../helpers/emulator";
import { sdk } from "../helpers/installed";
import { newStack } from "../helpers/stack";

const emulator = useEmulator();

describe("data sources across stacks (real engine)", function () {
  this.timeout(300_000);
  let platform: auto.Stack;
  let app: auto.Stack;

  before(async () => {
    const s = sdk();
    const target = () => ({ portkeyBaseUrl: emulator().portkeyBaseUrl, portkeyKey: emulator().portkeyKey });
    platform = await newStack(async () => {
      const ws = new s.portkey.Workspace("ws", { name: "Platform shared", metadata: { owner: "platform" } });
      const integration = new s.portkey.Integration("openai", { name: "Shared OpenAI", aiProviderId: "openai", key: "sk-data-source-7777" });
      const access = new s.portkey.IntegrationWorkspaceAccess("access", {
        integrationId: integration.slug,
        workspaceId: ws.id,
        usageLimits: [{ type: "cost", creditLimit: 30, alertThreshold: 20, periodicReset: "weekly" }],
      });
      const vk = new s.portkey.VirtualKey("vk", { name: "app key", workspaceId: ws.id, integrationId: integration.slug }, { dependsOn: [access] });
      const cfg = new s.portkey.GatewayConfig("cfg", { name: "app routing", workspaceId: ws.id, config: { retry: { attempts: 2 } } });
      return { workspaceId: ws.id, integrationSlug: integration.slug, virtualKeyId: vk.id, configSlug: cfg.slug };
    }, target(), "platform");
    await platform.up();
    const platformProject = (await platform.workspace.projectSettings()).name;

    app = await newStack(async () => {
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
      };
    }, target(), "app");
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
