// A prompt's template change on the real engine: the new version becomes the
// default; when making it the default fails, the prompt is recorded as updated
// but unhealthy and the next `up` finishes it; with `makeDefault: false` the
// default stays where it was.
import { strict as assert } from "assert";
import type * as auto from "@pulumi/pulumi/automation";
import { api, calls, targetOf, useEmulator } from "../helpers/emulator";
import { sdk } from "../helpers/installed";
import { expectQuietPreview } from "../helpers/lifecycle";
import { newStack } from "../helpers/stack";

const emulator = useEmulator();

async function faults(rules: unknown[]): Promise<void> {
  const init = { method: rules.length ? "POST" : "DELETE", headers: { "content-type": "application/json" }, body: JSON.stringify({ rules }) };
  assert.equal((await fetch(`${emulator().url}/__emulator/faults`, init)).status, 200);
}

describe("Prompt versions on the real engine", function () {
  this.timeout(600_000);
  let stack: auto.Stack;
  let args: { string: string; makeDefault?: boolean } = { string: "v1: {{q}}" };

  before(async () => {
    const s = sdk();
    stack = await newStack(async () => {
      const ws = new s.portkey.Workspace("ws", { name: "Versions" });
      const i = new s.portkey.Integration("openai", { name: "Versions OpenAI", aiProviderId: "openai", key: "sk-versions-4444" });
      const access = new s.portkey.IntegrationWorkspaceAccess("access", { integrationId: i.slug, workspaceId: ws.id });
      const vk = new s.portkey.VirtualKey("vk", { name: "versions key", workspaceId: ws.id, integrationId: i.slug }, { dependsOn: [access] });
      const col = new s.portkey.PromptCollection("col", { name: "Versions", workspaceId: ws.id });
      const p = new s.portkey.Prompt("prompt", { name: "reply", collectionId: col.id, model: "gpt-4o", virtualKey: vk.id, ...args });
      return { slug: p.slug, version: p.version, defaultVersion: p.defaultVersion };
    }, targetOf(emulator()));
    await stack.up();
  });
  afterEach(() => faults([]));

  const live = async () => {
    const a = api(emulator());
    const slug = String((await stack.outputs()).slug?.value);
    const versions = (await a.get(`/prompts/${slug}/versions`)).data as unknown[];
    return { template: (await a.get(`/prompts/${slug}`)).string, versions: versions.length };
  };
  const outputs = async () => Object.fromEntries(Object.entries(await stack.outputs()).map(([k, v]) => [k, v.value]));

  it("a failed makeDefault leaves the prompt updated but unhealthy; the next up finishes it", async () => {
    args = { string: "v2: {{q}}" };
    await faults([{ method: "PUT", path: "/makeDefault$", status: 400, times: 1 }]);
    await assert.rejects(stack.up(), /Prompt ".*" was updated, but making its new version the default failed: .*400.*The next `pulumi up` finishes it/);
    assert.deepEqual(await live(), { template: "v1: {{q}}", versions: 2 });
    const plan = await stack.preview();
    assert.equal(plan.changeSummary.update, 1, `the unhealthy prompt should be finished: ${JSON.stringify(plan.changeSummary)}`);
    const before = calls(emulator()).length;
    await stack.up();
    assert.ok(
      calls(emulator())
        .slice(before)
        .includes(`PUT /v1/prompts/${(await outputs()).slug}/makeDefault`),
    );
    // Finished with the version already made: no third one.
    assert.deepEqual(await live(), { template: "v2: {{q}}", versions: 2 });
    assert.deepEqual([(await outputs()).version, (await outputs()).defaultVersion], [2, 2]);
    await expectQuietPreview(stack, emulator(), "after finishing");
  });

  it("makeDefault: false makes the version and leaves the default where it was", async () => {
    args = { string: "v3: {{q}}", makeDefault: false };
    await stack.up();
    assert.deepEqual(await live(), { template: "v2: {{q}}", versions: 3 });
    const out = await outputs();
    assert.deepEqual([out.version, out.defaultVersion], [3, 2]);
    await expectQuietPreview(stack, emulator(), "after a version left non-default");
    await stack.refresh();
    await expectQuietPreview(stack, emulator(), "after refresh");
  });

  after(async () => {
    await stack?.destroy();
  });
});
