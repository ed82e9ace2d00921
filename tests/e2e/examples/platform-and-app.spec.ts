// examples/platform-and-app: two projects, one backend, sharing through a stack
// reference, run with the pulumi CLI as the two teams run them.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { PulumiCliError } from "../../helpers/cli";
import { api, calls, useEmulator } from "../../helpers/emulator";
import { ExampleProject, openExample, quiet, summaryOf } from "../../helpers/example";
import { ROOT } from "../../helpers/paths";

const emulator = useEmulator();
const OPENAI_KEY = "sk-platform-openai-not-real-9012";

describe("examples/platform-and-app: a platform stack and an app stack through a stack reference (pulumi CLI)", function () {
  this.timeout(900_000);
  let platform: ExampleProject;
  let app: ExampleProject;

  before(async () => {
    const workDir = path.join(ROOT, ".e2e", "example-platform-and-app");
    fs.rmSync(workDir, { recursive: true, force: true });
    const portkey = { config: { "portkey:baseUrl": emulator().portkeyBaseUrl }, workDir };
    platform = await openExample("platform-and-app/platform", { ...portkey, secrets: { "portkey:apiKey": emulator().portkeyKey, openaiApiKey: OPENAI_KEY } });
    app = await openExample("platform-and-app/app", {
      config: { ...portkey.config, platformStack: "organization/aigov-platform/ci" },
      secrets: { "portkey:apiKey": emulator().portkeyKey },
      workDir,
    });
  });

  it("platform up makes two workspaces with access, and shares them", async () => {
    const res = await platform.cli.up();
    assert.equal(summaryOf(res.stdout).create, 6, res.stdout); // integration, 2 workspaces, 2 grants, the stack
    const out = await platform.cli.outputs();
    const shared = out.aigov as { workspaces: Record<string, { id: string; integrations: string[] }> };
    assert.deepEqual(Object.keys(shared.workspaces).sort(), ["ads", "search"]);
    assert.equal(shared.workspaces.search!.integrations.length, 1);
    assert.equal(out.aigovSecrets, "[secret]", "the secrets output is not secret");
  });

  it("app up builds in the shared workspace, read through the stack reference", async () => {
    const res = await app.cli.up();
    assert.equal(summaryOf(res.stdout).create, 3, res.stdout); // virtual key, config, the stack
    const shared = (await platform.cli.outputs()).aigov as { workspaces: Record<string, { id: string }> };
    const a = api(emulator());
    assert.equal((await a.get(`/providers?workspace_id=${shared.workspaces.search!.id}`)).total, 1);
    assert.equal((await a.get(`/configs?workspace_id=${shared.workspaces.search!.id}`)).total, 1);
  });

  it("both stacks preview with no changes and no API call", async () => {
    const before = calls(emulator()).length;
    await platform.cli.preview({ expectNoChanges: true });
    await app.cli.preview({ expectNoChanges: true });
    assert.deepEqual(calls(emulator()).slice(before), []);
  });

  it("a change in the platform stack shows in the app stack's next preview", async () => {
    await platform.cli.configSet("searchWorkspaceName", "Search and ranking");
    assert.equal(summaryOf((await platform.cli.up()).stdout).update, 1);
    const preview = await app.cli.preview();
    assert.equal(summaryOf(preview.stdout).update, 1, preview.stdout);
    assert.match(preview.stdout, /search-routing/);
    await app.cli.up();
    await app.cli.preview({ expectNoChanges: true });
  });

  it("a workspace the platform does not share fails the app's preview with a clear message", async () => {
    await app.cli.configSet("workspaceKey", "serch");
    const err = await app.cli.preview().then(
      () => assert.fail("preview passed with an unknown workspace key"),
      (e: unknown) => e as PulumiCliError,
    );
    assert.ok(err instanceof PulumiCliError);
    assert.match(err.output, /stack organization\/aigov-platform\/ci shares no workspace "serch"; it shares: ads, search/);
    await app.cli.run(["config", "rm", "workspaceKey", "--stack", app.cli.stack]);
    await app.cli.preview({ expectNoChanges: true });
  });

  it("destroying the platform first is refused while the app's keys use its workspace's access, and the app's objects survive", async () => {
    const shared = (await platform.cli.outputs()).aigov as { workspaces: Record<string, { id: string }> };
    const search = shared.workspaces.search!.id;
    const err = await platform.cli.destroy().then(
      () => assert.fail("the platform destroy went through while the app's objects were in its workspace"),
      (e: unknown) => e as PulumiCliError,
    );
    assert.ok(err instanceof PulumiCliError);
    assert.match(err.output, /IntegrationWorkspaceAccess "[^"]+" was not deleted: virtual keys in the workspace still use the integration \("Search OpenAI"\)/);
    assert.match(err.output, /Delete those keys first \(destroy the stack that owns them\), then run destroy again/);
    const a = api(emulator());
    assert.equal((await a.get(`/providers?workspace_id=${search}`)).total, 1, "the app's virtual key was deleted");
    assert.equal((await a.get(`/configs?workspace_id=${search}`)).total, 1, "the app's config was deleted");
    // The app still works as before: its access, workspace and integration are there.
    await app.cli.preview({ expectNoChanges: true });
    // What the refused destroy did delete (the other team's workspace, which the app does not use) comes back with the next up.
    await platform.cli.up();
    await platform.cli.preview({ expectNoChanges: true });
  });

  it("after refresh of both, previews are quiet; then destroy app first, platform second, leaves nothing", async () => {
    for (const p of [platform, app]) assert.ok(quiet(summaryOf((await p.cli.refresh()).stdout)));
    await platform.cli.preview({ expectNoChanges: true });
    await app.cli.preview({ expectNoChanges: true });
    await app.cli.destroy();
    await platform.cli.destroy();
    const a = api(emulator());
    for (const p of ["/admin/workspaces", "/integrations", "/configs"]) assert.equal((await a.get(p)).total, 0, p);
  });
});
