// Destroy never deletes what Pulumi does not manage. A workspace holding a
// config and a virtual key an application team made outside Pulumi: destroy
// fails with a message naming what it holds and the fix, and deletes nothing;
// with forceDestroy, preview warns, and destroy takes everything.
import { strict as assert } from "assert";
import type * as auto from "@pulumi/pulumi/automation";
import { api, targetOf, useEmulator } from "../../helpers/emulator";
import { sdk } from "../../helpers/installed";
import { newStack } from "../../helpers/stack";

const emulator = useEmulator();

describe("destroy of a workspace holding unmanaged objects (real engine)", function () {
  this.timeout(600_000);
  let stack: auto.Stack;
  let force = false;
  let wsId = "";

  before(async () => {
    const s = sdk();
    stack = await newStack(
      async () => {
        const ws = new s.portkey.Workspace("team", { name: "Force team", ...(force ? { forceDestroy: true } : {}) });
        new s.portkey.GatewayConfig("managed", { name: "managed routing", workspaceId: ws.id, config: { retry: { attempts: 1 } } });
        return { id: ws.id };
      },
      targetOf(emulator()),
      "force-destroy",
    );
    const res = await stack.up();
    wsId = res.outputs.id!.value as string;
    // What an application team made in the workspace, outside Pulumi.
    const a = api(emulator());
    const integration = await a.post("/integrations", { name: "Team creds", ai_provider_id: "openai", key: "sk-team-outside" });
    await a.put(`/integrations/${integration.slug}/workspaces`, { workspaces: [{ id: wsId, enabled: true }] });
    await a.post("/configs", { name: "team's own routing", workspace_id: wsId, config: { retry: { attempts: 3 } } });
    await a.post("/providers", { name: "team's own key", workspace_id: wsId, integration_id: integration.slug });
  });

  const held = async () => {
    const a = api(emulator());
    return {
      configs: ((await a.get(`/configs?workspace_id=${wsId}`)).data as { name: string }[]).map((c) => c.name).sort(),
      keys: ((await a.get(`/providers?workspace_id=${wsId}`)).data as { name: string }[]).map((p) => p.name),
    };
  };

  it("without forceDestroy, destroy fails naming what the workspace holds and the fix, and deletes none of it", async () => {
    const err = (await stack.destroy().then(
      () => undefined,
      (e: Error) => e,
    )) as Error | undefined;
    assert.ok(err, "destroy fails");
    assert.match(
      err.message,
      /Workspace "Force team" was not deleted: it still holds objects \(portkey: Unable to delete\. Please ensure that all Virtual Keys are deleted\)/,
    );
    assert.match(
      err.message,
      /virtual keys, configs, integrations, access grants and API keys\), including any that Pulumi does not manage\. Nothing was deleted\./,
    );
    assert.match(err.message, /set `forceDestroy: true` on the resource, run `pulumi up`, then destroy/);
    assert.doesNotMatch(err.message, /\n\s+at /, "no stack trace");
    assert.equal((await api(emulator()).get(`/admin/workspaces/${wsId}`)).id, wsId, "the workspace is still there");
    assert.deepEqual(
      await held(),
      { configs: ["team's own routing"], keys: ["team's own key"] },
      "the unmanaged objects are untouched; the managed config went first",
    );
  });

  it("with forceDestroy, preview warns that unmanaged objects go too, and destroy takes everything", async () => {
    force = true;
    const seen: string[] = [];
    const preview = await stack.preview({ onOutput: (s) => seen.push(s) });
    assert.match(
      seen.join("") + preview.stdout,
      /warning: Workspace "Force team" has forceDestroy: true: destroying or replacing it also deletes everything it holds .*including objects Pulumi does not manage/,
    );
    await stack.up();
    await stack.destroy();
    const a = api(emulator());
    assert.equal((await a.get("/admin/workspaces")).data.length, 0, "the workspace is gone");
    assert.equal((await a.get("/configs")).data.length, 0, "its configs went with it");
  });
});

describe("destroy of an integration a workspace outside Pulumi still uses (real engine)", function () {
  this.timeout(600_000);
  let stack: auto.Stack;
  let force = false;
  let slug = "";
  let outside = { id: "", slug: "" };

  before(async () => {
    const s = sdk();
    stack = await newStack(
      async () => {
        const creds = new s.portkey.Integration("creds", {
          name: "Shared creds",
          aiProviderId: "openai",
          key: "sk-shared-secret",
          ...(force ? { forceDestroy: true } : {}),
        });
        // A workspace and grant the stack manages: Pulumi disables the grant first.
        const ws = new s.portkey.Workspace("mine", { name: "Managed team" });
        new s.portkey.IntegrationWorkspaceAccess("mine", { integrationId: creds.slug, workspaceId: ws.id });
        return { slug: creds.slug };
      },
      targetOf(emulator()),
      "force-destroy-integration",
    );
    slug = (await stack.up()).outputs.slug!.value as string;
    // Another team's workspace, granted access and holding a key on the integration, outside Pulumi.
    const a = api(emulator());
    const ws = await a.post("/admin/workspaces", { name: "Other team" });
    outside = { id: ws.id, slug: ws.slug };
    await a.put(`/integrations/${slug}/workspaces`, { workspaces: [{ id: ws.id, enabled: true }] });
    await a.post("/providers", { name: "other team's key", workspace_id: ws.id, integration_id: slug });
  });

  const keysOutside = async () => ((await api(emulator()).get(`/providers?workspace_id=${outside.id}`)).data as unknown[]).length;

  it("without forceDestroy, destroy fails naming the workspace that still has access, and the other team's key stays", async () => {
    const err = (await stack.destroy().then(
      () => undefined,
      (e: Error) => e,
    )) as Error | undefined;
    assert.ok(err, "destroy fails");
    assert.match(
      err.message,
      /Integration "Shared creds" was not deleted: it still holds objects \(workspaces with access: [0-9a-z-]+\).*the virtual keys built on it\), including any that Pulumi does not manage/,
    );
    assert.match(err.message, /set `forceDestroy: true` on the resource, run `pulumi up`, then destroy/);
    assert.equal((await api(emulator()).get(`/integrations/${slug}`)).slug, slug, "the integration is still there");
    assert.equal(await keysOutside(), 1, "the other team's key is untouched");
  });

  it("with forceDestroy, preview warns, and destroy takes the integration and the keys built on it", async () => {
    force = true;
    const seen: string[] = [];
    const preview = await stack.preview({ onOutput: (s) => seen.push(s) });
    assert.match(seen.join("") + preview.stdout, /warning: Integration "Shared creds" has forceDestroy: true/);
    await stack.up();
    await stack.destroy();
    assert.ok(!((await api(emulator()).get("/integrations")).data as { slug: string }[]).some((i) => i.slug === slug), "the integration is gone");
    assert.equal(await keysOutside(), 0, "the keys built on it went with it");
    await api(emulator()).delete(`/admin/workspaces/${outside.id}`, { name: "Other team" });
  });
});
