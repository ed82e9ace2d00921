// An API that answers badly, Portkey's and Toktra's: proxy HTML pages,
// truncated JSON, bodies with fields missing or added. Each is retried, tolerated or reported clearly,
// never as a stack trace, and state stays sound.
import { strict as assert } from "assert";
import type * as auto from "@pulumi/pulumi/automation";
import { api, Emulator, targetOf, useEmulator } from "../../helpers/emulator";
import { sdk } from "../../helpers/installed";
import { newStack, noChanges } from "../../helpers/stack";

const emulator = useEmulator();

async function faults(emu: Emulator, rules: unknown[]): Promise<void> {
  const res = await fetch(`${emu.url}/__emulator/faults`, {
    method: rules.length ? "POST" : "DELETE",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ rules }),
  });
  assert.ok(res.ok);
}

function assertClean(message: string): void {
  assert.ok(!/\n\s+at .+\(.+:\d+:\d+\)/.test(message), `a stack trace reached the user:\n${message}`);
  assert.ok(!message.includes(emulator().portkeyKey), "the API key leaked");
}

describe("hostile API answers (real engine)", function () {
  this.timeout(300_000);
  let stack: auto.Stack;
  let name = "Hostile A";
  let second = false;

  before(async () => {
    const s = sdk();
    stack = await newStack(
      async () => {
        const ws = new s.portkey.Workspace("ws", { name });
        new s.portkey.GatewayConfig("cfg", { name: "hostile routing", workspaceId: ws.id, config: { retry: { attempts: 1 } } });
        if (second) {
          const ws2 = new s.portkey.Workspace("ws-2", { name: "Hostile second" });
          new s.portkey.GatewayConfig("cfg-2", { name: "hostile fallback", workspaceId: ws2.id, config: { retry: { attempts: 2 } } });
        }
      },
      { portkeyBaseUrl: emulator().portkeyBaseUrl, portkeyKey: emulator().portkeyKey },
      "hostile",
    );
  });

  afterEach(() => faults(emulator(), []));

  it("proxy HTML pages and truncated JSON on reads are retried through; a create they hide is not posted again, and the next up makes it once", async () => {
    await faults(emulator(), [
      { method: "POST", path: "^/v1/admin/workspaces$", kind: "html", times: 1 },
      { method: "GET", path: "^/v1/admin/workspaces", kind: "truncated", times: 2 },
    ]);
    const err = (await stack.up().then(
      () => undefined,
      (e: Error) => e,
    )) as Error | undefined;
    assert.ok(err, "the up fails on the hidden create");
    assert.match(
      err.message,
      /Workspace "Hostile A": the create's answer was lost \(.*502.*HTML page.*\); it was not sent again.*No object carrying this resource's marker appeared within 30 s/,
    );
    assertClean(err.message);
    // The config's read back meets them (a workspace's create is not read back).
    await faults(emulator(), [{ method: "GET", path: "^/v1/configs/", kind: "truncated", times: 2 }]);
    const res = await stack.up();
    assert.equal(res.summary.resourceChanges?.create, 2);
    await faults(emulator(), []);
    const a = api(emulator());
    assert.equal((await a.get("/admin/workspaces")).total, 1);
    assert.equal((await a.get("/configs")).total, 1);
    assert.ok(noChanges((await stack.preview()).changeSummary as Record<string, number>));
  });

  it("a proxy that keeps answering HTML fails with a clear message, and the next up recovers", async () => {
    name = "Hostile B";
    await faults(emulator(), [{ method: "PUT", path: "^/v1/admin/workspaces/", kind: "html" }]);
    const err = (await stack.up().then(
      () => undefined,
      (e: Error) => e,
    )) as Error;
    assert.ok(err, "up should fail");
    assert.match(
      err.message,
      /portkey API: PUT \/admin\/workspaces\/[0-9a-f-]+ failed with 502 after 5 attempts: the server answered with an HTML page, not JSON/,
    );
    assertClean(err.message);
    await faults(emulator(), []);
    const res = await stack.up();
    assert.equal(res.summary.resourceChanges?.update, 1);
    assert.equal((await api(emulator()).get("/admin/workspaces")).data[0].name, "Hostile B");
  });

  it("an answer that is never valid JSON is reported as such", async () => {
    name = "Hostile C";
    await faults(emulator(), [{ method: "GET", path: "^/v1/admin/workspaces/", kind: "truncated" }]);
    const err = (await stack.refresh().then(
      () => undefined,
      (e: Error) => e,
    )) as Error;
    assert.ok(err);
    assert.match(err.message, /answered with a body that is not valid JSON \(truncated\?\)/);
    assertClean(err.message);
    await faults(emulator(), []);
    await stack.up();
    assert.ok(noChanges((await stack.preview()).changeSummary as Record<string, number>));
  });

  it("fields a later API version adds are tolerated: refresh, preview and update stay sound", async () => {
    await faults(emulator(), [{ path: "^/v1/", kind: "extraFields" }]);
    await stack.refresh();
    assert.ok(noChanges((await stack.preview()).changeSummary as Record<string, number>), "no diff from added fields");
    name = "Hostile D";
    assert.equal((await stack.up()).summary.resourceChanges?.update, 1);
    assert.ok(noChanges((await stack.preview()).changeSummary as Record<string, number>));
    const state = JSON.stringify((await stack.exportStack()).deployment);
    assert.ok(!state.includes("x_added_in_a_later_version"), "unknown fields stay out of state");
  });

  it("optional fields an answer leaves out are tolerated", async () => {
    await faults(emulator(), [
      { method: "GET", path: "^/v1/", kind: "missingFields", fields: ["created_at", "last_updated_at", "defaults", "status", "object", "type"] },
    ]);
    await stack.refresh();
    assert.ok(noChanges((await stack.preview()).changeSummary as Record<string, number>), "no diff from missing fields");
  });

  it("a create answered without its id: a workspace is found by its marker, a config is not taken on its name alone; neither is made twice", async () => {
    second = true;
    await faults(emulator(), [{ method: "POST", path: "^/v1/(configs|admin/workspaces)$", kind: "missingFields", fields: ["id", "slug", "version_id"] }]);
    const err = (await stack.up().then(
      () => undefined,
      (e: Error) => e,
    )) as Error | undefined;
    await faults(emulator(), []);
    assert.ok(err, "the up fails on the config");
    assert.match(
      err.message,
      /GatewayConfig "hostile fallback": the create's answer was lost \(.*without an id.*\); it was not sent again.*appeared \([0-9a-f-]+\), but nothing proves it is this stack's/,
    );
    assertClean(err.message);
    const a = api(emulator());
    assert.equal((await a.get("/admin/workspaces")).total, 2, "one new workspace, not two");
    assert.equal((await a.get("/configs")).total, 2, "one new config, not two");
    const urns = (await stack.exportStack()).deployment.resources.map((r: { urn: string }) => r.urn);
    assert.ok(
      urns.some((u: string) => u.endsWith("::ws-2")),
      "the workspace, found by its marker, is in the state",
    );
    // The user's call on the config the message named: not kept; the next up makes it.
    const orphan = ((await a.get("/configs")).data as { name: string; slug: string }[]).find((c) => c.name === "hostile fallback")!;
    await a.delete(`/configs/${orphan.slug}`);
    assert.equal((await stack.up()).summary.resourceChanges?.create, 1);
    assert.equal((await a.get("/configs")).total, 2);
    assert.ok(noChanges((await stack.preview()).changeSummary as Record<string, number>));
  });

  after(async () => {
    await faults(emulator(), []);
    await stack?.destroy();
    assert.equal((await api(emulator()).get("/admin/workspaces")).total, 0);
  });
});

describe("hostile Toktra answers (real engine)", function () {
  this.timeout(300_000);
  let stack: auto.Stack;
  let second = false;
  const SIEM_TOKEN = "hec-hostile-token-4d2a";
  const toktra = () => api(emulator(), "toktra");

  before(async () => {
    const s = sdk();
    stack = await newStack(
      async () => {
        new s.toktra.SiemConfig("splunk", {
          name: "Hostile Splunk",
          providerType: "splunk",
          endpoint: "https://hec.hostile.test",
          credentials: { token: SIEM_TOKEN },
        });
        new s.toktra.Policy("cap", {
          name: "hostile cap",
          type: "token_limit",
          conditions: { max_tokens_per_day: 1000, scope: "per_user" },
          actions: { action: "alert" },
        });
        if (second)
          new s.toktra.Policy("cap-2", {
            name: "hostile cap 2",
            type: "token_limit",
            conditions: { max_tokens_per_day: 2000 },
            actions: { action: "warn_and_notify" },
          });
      },
      targetOf(emulator()),
      "hostile-toktra",
    );
  });

  afterEach(() => faults(emulator(), []));

  it("truncated JSON on reads is retried through; a proxy page on a create is never posted again blindly; one object each", async () => {
    await faults(emulator(), [
      { method: "POST", path: "^/toktra/v1/api/siem/configs$", kind: "html", times: 1 },
      { method: "GET", path: "^/toktra/v1/api/policies/", kind: "truncated", times: 2 },
    ]);
    // A SIEM config has nowhere to carry an ownership marker: what its lost create made is the user's call.
    const err = (await stack.up().then(
      () => undefined,
      (e: Error) => e,
    )) as Error | undefined;
    assert.ok(err, "the up fails on the SIEM config");
    assert.match(err.message, /SiemConfig "Hostile Splunk": the create's answer was lost .*it was not sent again/);
    assert.ok(!err.message.includes(SIEM_TOKEN), "a credential in the message");
    await faults(emulator(), []);
    // The proxy page came before the server acted: nothing was made, and the next up makes it once.
    assert.equal((await stack.up()).summary.resourceChanges?.create, 1);
    assert.deepEqual([(await toktra().get("/v1/api/siem/configs")).total_count, (await toktra().get("/v1/api/policies")).total_count], [1, 1]);
    assert.ok(noChanges((await stack.preview()).changeSummary as Record<string, number>));
  });

  it("fields a later API version adds are tolerated, and stay out of state", async () => {
    await faults(emulator(), [{ path: "^/toktra/v1/", kind: "extraFields" }]);
    await stack.refresh();
    assert.ok(noChanges((await stack.preview()).changeSummary as Record<string, number>), "no diff from added fields");
    const state = JSON.stringify((await stack.exportStack()).deployment);
    assert.ok(!state.includes("x_added_in_a_later_version"), "unknown fields stay out of state");
    assert.ok(!state.includes(SIEM_TOKEN), "a credential in state");
  });

  it("a create answered without its id is found through the cursor-paged list, not made twice", async () => {
    second = true;
    await faults(emulator(), [{ method: "POST", path: "^/toktra/v1/api/policies$", kind: "missingFields", fields: ["id"] }]);
    assert.equal((await stack.up()).summary.resourceChanges?.create, 1);
    await faults(emulator(), []);
    assert.equal((await toktra().get("/v1/api/policies")).total_count, 2, "one new policy, not two");
    assert.ok(noChanges((await stack.preview()).changeSummary as Record<string, number>));
  });

  after(async () => {
    await faults(emulator(), []);
    await stack?.destroy();
    assert.deepEqual([(await toktra().get("/v1/api/siem/configs")).total_count, (await toktra().get("/v1/api/policies")).total_count], [0, 0]);
  });
});
