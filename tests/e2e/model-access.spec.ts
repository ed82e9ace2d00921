// IntegrationModelAccess beside the integration's own model inputs, on the real
// engine: an integration's `models` list and a model access of the same
// integration would undo each other, so preview refuses the pair before any
// API call, naming both and the fix; `allowAllModels` beside one only warns,
// and the two then live side by side without a diff.
import { strict as assert } from "assert";
import { api, calls, targetOf, useEmulator } from "../helpers/emulator";
import { nativeSdk, Sdk, sdk } from "../helpers/installed";
import { expectQuietPreview } from "../helpers/lifecycle";
import { newStack } from "../helpers/stack";

const emulator = useEmulator();

const HOSTINGS: [string, () => Sdk][] = [
  ["dynamic", sdk],
  ["native", () => nativeSdk() as unknown as Sdk],
];

/** The preview's error and everything it printed, or undefined when it passed. */
async function previewText(stack: Awaited<ReturnType<typeof newStack>>): Promise<{ failed: boolean; text: string }> {
  const seen: string[] = [];
  const err = (await stack.preview({ onOutput: (o) => seen.push(o) }).then(
    () => undefined,
    (e: Error) => e,
  )) as Error | undefined;
  return { failed: !!err, text: `${err?.message ?? ""}\n${seen.join("")}` };
}

const STACK_TRACE = /\n\s+at .+:\d+:\d+\)?/;

const REFUSED =
  /Integration "creds" sets `models`, and IntegrationModelAccess "gpt4o" names the same integration \([a-z0-9-]+\) in `integrationId`: the integration's `models` list states every model's switch, so each `up` of one would undo the other\. Nothing was changed\. Fix: manage the integration's models in one place: remove `models` from the Integration and keep one IntegrationModelAccess per model\./;

describe("IntegrationModelAccess beside the integration's own model inputs (real engine)", function () {
  this.timeout(600_000);

  for (const [hosting, load] of HOSTINGS) {
    it(`${hosting}: preview refuses an integration's models list beside a model access of it, naming both and the fix, with zero API calls`, async () => {
      const s = load();
      const before = calls(emulator()).length;
      const stack = await newStack(
        async () => {
          const creds = new s.portkey.Integration("creds", { name: "Listed", aiProviderId: "openai", key: "sk-listed-1111", models: ["gpt-4o-mini"] });
          new s.portkey.IntegrationModelAccess("gpt4o", { integrationId: creds.slug, modelSlug: "gpt-4o" });
        },
        targetOf(emulator()),
        "model-access",
      );
      const { failed, text } = await previewText(stack);
      assert.ok(failed, "preview should fail");
      assert.match(text, REFUSED);
      assert.doesNotMatch(text, STACK_TRACE, "the refusal shows a stack trace");
      assert.deepEqual(calls(emulator()).slice(before), [], "a refused program reached the API");
    });
  }

  it("a model access declared first, naming the integration by its own slug, is refused as well", async () => {
    const s = sdk();
    const before = calls(emulator()).length;
    const stack = await newStack(
      async () => {
        new s.portkey.IntegrationModelAccess("gpt4o", { integrationId: "openai-listed", modelSlug: "gpt-4o" });
        new s.portkey.Integration("creds", { name: "Listed", slug: "openai-listed", aiProviderId: "openai", key: "sk-listed-1111", models: ["gpt-4o"] });
      },
      targetOf(emulator()),
      "model-access",
    );
    const { failed, text } = await previewText(stack);
    assert.ok(failed, "preview should fail");
    assert.match(text, REFUSED);
    assert.deepEqual(calls(emulator()).slice(before), []);
  });

  it("a model access of another integration is no overlap: preview passes", async () => {
    const s = sdk();
    const stack = await newStack(
      async () => {
        new s.portkey.Integration("creds", { name: "Listed", aiProviderId: "openai", key: "sk-listed-1111", models: ["gpt-4o"] });
        const other = new s.portkey.Integration("other", { name: "Other", aiProviderId: "openai", key: "sk-other-2222" });
        new s.portkey.IntegrationModelAccess("gpt4o", { integrationId: other.slug, modelSlug: "gpt-4o" });
      },
      targetOf(emulator()),
      "model-access",
    );
    const { failed, text } = await previewText(stack);
    assert.ok(!failed, text.slice(-1500));
    assert.doesNotMatch(text, /names the same integration/);
  });

  it("allowAllModels beside a model access: preview warns naming both; updates of the integration leave the model on, with no diff", async () => {
    const s = sdk();
    let description = "first";
    let slug = "";
    const stack = await newStack(
      async () => {
        const creds = new s.portkey.Integration("creds", {
          name: "Restricted",
          aiProviderId: "openai",
          key: "sk-restricted-3333",
          allowAllModels: false,
          description,
        });
        new s.portkey.IntegrationModelAccess("gpt4o", { integrationId: creds.slug, modelSlug: "gpt-4o" });
        return { slug: creds.slug };
      },
      targetOf(emulator()),
      "model-access",
    );
    const { failed, text } = await previewText(stack);
    assert.ok(!failed, text.slice(-1500));
    assert.match(
      text,
      /warning: Integration "creds" sets `allowAllModels`, and IntegrationModelAccess "gpt4o" names the same integration \([a-z0-9-]+\) in `integrationId`/,
    );
    await stack.up();
    slug = String((await stack.outputs()).slug!.value);
    const enabled = async () =>
      ((await api(emulator()).get(`/integrations/${slug}/models`)).models as { slug: string; enabled: boolean }[]).filter((m) => m.enabled);
    assert.deepEqual(
      (await enabled()).map((m) => m.slug),
      ["gpt-4o"],
    );
    await stack.refresh();
    await expectQuietPreview(stack, emulator(), "after refresh");
    description = "second";
    const res = await stack.up();
    assert.equal(res.summary.resourceChanges?.update, 1, JSON.stringify(res.summary.resourceChanges));
    assert.deepEqual(
      (await enabled()).map((m) => m.slug),
      ["gpt-4o"],
      "the integration's update must leave the model access alone",
    );
    await stack.refresh();
    await expectQuietPreview(stack, emulator(), "after the integration's update");
    await stack.destroy();
  });
});
