// A create that succeeds while its follow-up call fails (an integration's model
// access): the integration is recorded as created but unhealthy, the next `up`
// finishes it, and nothing is made twice or left behind.
import { strict as assert } from "assert";
import type * as auto from "@pulumi/pulumi/automation";
import { api, calls, useEmulator } from "../../helpers/emulator";
import { sdk } from "../../helpers/installed";
import { control } from "../../helpers/inventory";
import { newStack, noChanges } from "../../helpers/stack";

const emulator = useEmulator();
const MODELS_PUT = { method: "PUT", path: "^/v1/integrations/[^/]+/models$", status: 503 };

describe("partial failure: created, but the follow-up call failed (real engine)", function () {
  this.timeout(600_000);
  let stack: auto.Stack;

  before(async () => {
    const s = sdk();
    stack = await newStack(
      async () => {
        const i = new s.portkey.Integration("restricted", {
          name: "Restricted",
          aiProviderId: "openai",
          key: "sk-partial-secret",
          allowAllModels: false,
          models: ["gpt-4o", "gpt-4o-mini"],
        });
        return { slug: i.slug };
      },
      { portkeyBaseUrl: emulator().portkeyBaseUrl, portkeyKey: emulator().portkeyKey },
      "partial",
    );
    // One attempt per request, so the failure is reached quickly.
    await stack.setConfig("portkey:maxRetries", { value: "0" });
  });

  it("the failed up records the integration as created; the next up finishes it", async () => {
    const emu = emulator();
    await control(emu, "POST", "faults", { rules: [MODELS_PUT] });
    const err = (await stack.up().then(
      () => undefined,
      (e: Error) => e,
    )) as Error | undefined;
    assert.ok(err, "the up fails");
    assert.match(err.message, /Integration "[^"]+" was created, but setting its models failed: .*503.* The next `pulumi up` finishes it/);
    assert.doesNotMatch(err.message, /sk-partial-secret|\n\s+at /, "no secret and no stack trace");

    const listed = (await api(emu).get("/integrations")).data as { slug: string }[];
    assert.equal(listed.length, 1, "one integration exists");
    const slug = listed[0]!.slug;
    const recorded = (await stack.exportStack()).deployment.resources.find((r: { type: string }) => r.type.endsWith(":Integration"));
    assert.ok(recorded, "the integration is in the state");
    assert.ok(recorded.initErrors?.length, "and marked unhealthy");
    assert.equal((await api(emu).get(`/integrations/${slug}/models`)).allow_all_models, true, "model access not yet set");

    await control(emu, "DELETE", "faults");
    const before = calls(emu).length;
    const res = await stack.up();
    assert.equal(res.summary.resourceChanges?.update, 1, JSON.stringify(res.summary.resourceChanges));
    const writes = calls(emu)
      .slice(before)
      .filter((c) => !c.startsWith("GET"));
    assert.deepEqual(writes, [`PUT /v1/integrations/${slug}/models`], "only the missing call is made");
    const models = await api(emu).get(`/integrations/${slug}/models`);
    assert.equal(models.allow_all_models, false);
    assert.deepEqual(
      models.models
        .filter((m: { enabled: boolean }) => m.enabled)
        .map((m: { slug: string }) => m.slug)
        .sort(),
      ["gpt-4o", "gpt-4o-mini"],
    );
    assert.equal((await api(emu).get("/integrations")).data.length, 1, "still one integration");
    const healed = (await stack.exportStack()).deployment.resources.find((r: { type: string }) => r.type.endsWith(":Integration"));
    assert.ok(!healed.initErrors?.length, "healthy after the second up");
  });

  it("is quiet afterwards, also after a refresh", async () => {
    const mark = calls(emulator()).length;
    const preview = await stack.preview();
    assert.ok(noChanges(preview.changeSummary as Record<string, number>), JSON.stringify(preview.changeSummary));
    assert.deepEqual(calls(emulator()).slice(mark), [], "preview makes no API call");
    await stack.refresh();
    const again = await stack.preview();
    assert.ok(noChanges(again.changeSummary as Record<string, number>), JSON.stringify(again.changeSummary));
  });

  it("destroy leaves nothing", async () => {
    await stack.destroy();
    assert.equal((await api(emulator()).get("/integrations")).data.length, 0);
  });
});
