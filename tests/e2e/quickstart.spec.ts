// examples/quickstart as a user runs it: the packed package installed into the
// example's own folder, a real engine, the emulator as the API.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import type * as auto from "@pulumi/pulumi/automation";
import { DEMO_OPENAI_KEY, installExample, packPackage, quickstartStack } from "../../tools/quickstart";
import { api, calls, useEmulator } from "../helpers/emulator";
import { expectQuietPreview } from "../helpers/lifecycle";
import { plainStackExport } from "../helpers/paths";
import { noChanges, workFolder } from "../helpers/stack";

const emulator = useEmulator();

describe("examples/quickstart end to end (real engine, packed package)", function () {
  this.timeout(600_000);
  let stack: auto.Stack;
  let workDir: string;

  before(async () => {
    packPackage();
    installExample();
    workDir = path.join(workFolder(), "quickstart");
    stack = await quickstartStack({ portkeyBaseUrl: emulator().portkeyBaseUrl, portkeyKey: emulator().portkeyKey, workDir });
  });

  it("up creates the workspace, integration, access, virtual key and config", async () => {
    const before = calls(emulator()).length;
    const res = await stack.up();
    // One write and one read per resource: nothing more.
    const made = calls(emulator()).slice(before).map((c) => c.replace(/\/[^/]*-[0-9a-f]{6,8}\b|\/[0-9a-f-]{36}/g, "/{id}"));
    assert.deepEqual(made.filter((c) => !c.startsWith("GET")).sort(), [
      "POST /v1/admin/workspaces",
      "POST /v1/configs",
      "POST /v1/integrations",
      "POST /v1/providers",
      "PUT /v1/integrations/{id}/workspaces",
    ]);
    // A read of each new object, and one workspace read: the access list names
    // workspaces by slug, so the grant resolves the UUID it was given, once.
    assert.deepEqual(made.filter((c) => c.startsWith("GET")).sort(), [
      "GET /v1/admin/workspaces/{id}",
      "GET /v1/admin/workspaces/{id}",
      "GET /v1/configs/{id}",
      "GET /v1/integrations/{id}",
      "GET /v1/integrations/{id}/workspaces",
      "GET /v1/providers/{id}",
    ]);
    assert.equal(res.summary.resourceChanges?.create, 6, JSON.stringify(res.summary.resourceChanges)); // 5 + the stack
    const out = Object.fromEntries(Object.entries(res.outputs).map(([k, v]) => [k, v.value]));
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

  it("a second preview shows no changes and calls no API", async () => {
    await expectQuietPreview(stack, emulator(), "after up");
  });

  it("an up with no changes calls nothing", async () => {
    const before = calls(emulator()).length;
    const res = await stack.up();
    assert.ok(noChanges(res.summary.resourceChanges as Record<string, number>), JSON.stringify(res.summary.resourceChanges));
    assert.deepEqual(calls(emulator()).slice(before), []);
  });

  it("after refresh, preview still shows no changes", async () => {
    const before = calls(emulator()).length;
    const r = await stack.refresh();
    // At most one read per resource, and no writes.
    const made = calls(emulator()).slice(before);
    assert.ok(made.every((c) => c.startsWith("GET ")) && made.length <= 5, made.join("\n"));
    assert.equal(r.summary.resourceChanges?.update ?? 0, 0, JSON.stringify(r.summary.resourceChanges));
    await expectQuietPreview(stack, emulator(), "after refresh");
  });

  it("state holds no API key or integration key in plaintext", async () => {
    const exported = plainStackExport(workDir, path.join(workDir, "engine"));
    assert.match(exported, /"deployment"/);
    const stateFiles = listFiles(path.join(workDir, "engine", "backend")).map((f) => fs.readFileSync(f, "utf8"));
    const configFile = fs.readFileSync(path.join(workDir, "Pulumi.dev.yaml"), "utf8");
    for (const secret of [emulator().portkeyKey, DEMO_OPENAI_KEY]) {
      assert.ok(!exported.includes(secret), "stack export leaks a secret");
      assert.ok(stateFiles.every((t) => !t.includes(secret)), "a state file leaks a secret");
      assert.ok(!configFile.includes(secret), "stack config leaks a secret");
    }
    assert.ok(stateFiles.length > 0);
  });

  it("the serialized provider is small and credential-free", async () => {
    const state = (await stack.exportStack()).deployment as { resources: { type: string; inputs?: Record<string, unknown> }[] };
    const providers = state.resources.filter((r) => r.type.startsWith("pulumi-nodejs:dynamic")).map((r) => String(r.inputs?.__provider ?? ""));
    assert.equal(providers.length, 5);
    for (const p of providers) {
      assert.ok(p.length > 0 && p.length < 2048, `serialized provider is ${p.length} bytes`);
      assert.ok(!p.includes(emulator().portkeyKey));
    }
    console.log(`      serialized provider bytes per resource: ${providers.map((p) => p.length).join(", ")}`);
  });

  it("destroy leaves the emulator empty", async () => {
    await stack.destroy();
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
