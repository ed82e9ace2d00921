// examples/quickstart as a user runs it: the packed package installed into the
// example's own folder, the real `pulumi` CLI and language host, the emulator as
// the API.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { DEMO_OPENAI_KEY } from "../../../tools/quickstart";
import { api, calls, useEmulator } from "../../helpers/emulator";
import { ExampleProject, openExample, quiet, summaryOf } from "../../helpers/example";

const emulator = useEmulator();

/** Calls since `before`, with ids and slugs folded to {id}. */
function callsSince(before: number): string[] {
  return calls(emulator())
    .slice(before)
    .map((c) => c.replace(/\/[^/]*-[0-9a-f]{6,8}\b|\/[0-9a-f-]{36}/g, "/{id}"));
}

describe("examples/quickstart end to end (pulumi CLI, packed package)", function () {
  this.timeout(600_000);
  let ex: ExampleProject;

  before(async () => {
    ex = await openExample("quickstart", {
      config: { "portkey:baseUrl": emulator().portkeyBaseUrl },
      secrets: { "portkey:apiKey": emulator().portkeyKey, openaiApiKey: DEMO_OPENAI_KEY },
    });
  });

  it("up creates the workspace, integration, access, virtual key and config", async () => {
    const before = calls(emulator()).length;
    const res = await ex.cli.up();
    // One write per resource: nothing more.
    const made = callsSince(before);
    assert.deepEqual(made.filter((c) => !c.startsWith("GET")).sort(), [
      "POST /v1/admin/workspaces",
      "POST /v1/configs",
      "POST /v1/integrations",
      "POST /v1/providers",
      "PUT /v1/integrations/{id}/workspaces",
    ]);
    // A read only of what a create's answer lacks: the workspace's POST answers
    // it whole, and the grant reads the workspace once, beside its PUT, for the
    // slug its access list names it by.
    assert.deepEqual(made.filter((c) => c.startsWith("GET")).sort(), [
      "GET /v1/admin/workspaces/{id}",
      "GET /v1/configs/{id}",
      "GET /v1/integrations/{id}",
      "GET /v1/providers/{id}",
    ]);
    assert.equal(summaryOf(res.stdout).create, 6, res.stdout); // 5 + the stack
    const out = await ex.cli.outputs();
    for (const k of ["workspaceId", "workspaceSlug", "integrationSlug", "accessId", "virtualKeyId", "gatewayConfigSlug"]) {
      assert.ok(typeof out[k] === "string" && out[k], `output ${k} missing`);
    }
    const a = api(emulator());
    assert.equal((await a.get("/admin/workspaces")).total, 1);
    assert.equal((await a.get("/integrations")).total, 1);
    assert.equal((await a.get(`/integrations/${out.integrationSlug}/workspaces`)).workspaces.filter((w: any) => w.enabled).length, 1);
    assert.equal((await a.get(`/providers?workspace_id=${out.workspaceId}`)).total, 1);
    assert.equal((await a.get("/configs")).total, 1);
  });

  it("preview --expect-no-changes passes and calls no API", async () => {
    const before = calls(emulator()).length;
    await ex.cli.preview({ expectNoChanges: true });
    assert.deepEqual(callsSince(before), []);
  });

  it("an up with no changes calls nothing", async () => {
    const before = calls(emulator()).length;
    const res = await ex.cli.up();
    assert.ok(quiet(summaryOf(res.stdout)), res.stdout);
    assert.deepEqual(callsSince(before), []);
  });

  it("after refresh, preview still shows no changes", async () => {
    const before = calls(emulator()).length;
    const r = await ex.cli.refresh();
    // At most one read per resource, and no writes.
    const made = callsSince(before);
    assert.ok(made.every((c) => c.startsWith("GET ")) && made.length <= 5, made.join("\n"));
    assert.ok(quiet(summaryOf(r.stdout)), r.stdout);
    const mid = calls(emulator()).length;
    await ex.cli.preview({ expectNoChanges: true });
    assert.deepEqual(callsSince(mid), []);
  });

  it("state and stack config hold no API key or integration key in plaintext", async () => {
    const exported = (await ex.cli.run(["stack", "export", "--stack", ex.cli.stack])).stdout;
    assert.match(exported, /"deployment"/);
    const stateFiles = listFiles(path.join(ex.workDir, "backend")).map((f) => fs.readFileSync(f, "utf8"));
    for (const secret of [emulator().portkeyKey, DEMO_OPENAI_KEY]) {
      assert.ok(!exported.includes(secret), "stack export leaks a secret");
      assert.ok(
        stateFiles.every((t) => !t.includes(secret)),
        "a state file leaks a secret",
      );
      assert.ok(!ex.cli.configFile().includes(secret), "stack config leaks a secret");
    }
    assert.ok(stateFiles.length > 0);
  });

  it("the serialized provider is small and credential-free", async () => {
    const state = JSON.parse((await ex.cli.run(["stack", "export", "--stack", ex.cli.stack])).stdout) as {
      deployment: { resources: { type: string; inputs?: Record<string, unknown> }[] };
    };
    const providers = state.deployment.resources.filter((r) => r.type.startsWith("pulumi-nodejs:dynamic")).map((r) => String(r.inputs?.__provider ?? ""));
    assert.equal(providers.length, 5);
    for (const p of providers) {
      assert.ok(p.length > 0 && p.length < 2048, `serialized provider is ${p.length} bytes`);
      assert.ok(!p.includes(emulator().portkeyKey));
    }
    console.log(`      serialized provider bytes per resource: ${providers.map((p) => p.length).join(", ")}`);
  });

  it("destroy leaves the emulator empty", async () => {
    const res = await ex.cli.destroy();
    assert.equal(summaryOf(res.stdout).delete, 6, res.stdout);
    const a = api(emulator());
    assert.equal((await a.get("/admin/workspaces")).total, 0);
    assert.equal((await a.get("/integrations")).total, 0);
    assert.equal((await a.get("/configs")).total, 0);
  });
});

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}
