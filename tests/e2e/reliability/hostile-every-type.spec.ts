// The hostile answers of hostile.spec.ts, met by every Portkey resource type at
// once: proxy pages and truncated JSON on reads, fields a later API version
// adds, optional fields left out. Each type retries through or tolerates them,
// and neither `preview` nor state shows a trace of them.
import { strict as assert } from "assert";
import type * as auto from "@pulumi/pulumi/automation";
import { Emulator, targetOf, useEmulator } from "../../helpers/emulator";
import { control, inventory, totalIn } from "../../helpers/inventory";
import { sdk } from "../../helpers/installed";
import { declaredIn, declareMix, Mix } from "../../helpers/mixed";
import { newStack, noChanges } from "../../helpers/stack";

const emulator = useEmulator();
// One of each Portkey type.
const ONE_EACH: Mix = { workspaces: 1, integrations: 1, configs: 1, others: 1 };

async function faults(emu: Emulator, rules: object[]): Promise<void> {
  await control(emu, rules.length ? "POST" : "DELETE", "faults", rules.length ? { rules } : undefined);
}

async function quiet(stack: auto.Stack, why: string): Promise<void> {
  assert.ok(noChanges((await stack.preview()).changeSummary as Record<string, number>), why);
}

describe("hostile API answers, every Portkey resource type (real engine)", function () {
  this.timeout(600_000);
  let stack: auto.Stack;

  before(async () => {
    const s = sdk();
    stack = await newStack(async () => declareMix(s, ONE_EACH, "Hostile every", "hostile"), targetOf(emulator()), "hostile-every");
  });

  afterEach(() => faults(emulator(), []));

  it("up meets proxy pages and truncated JSON on its reads, retries through them, and makes each object once", async () => {
    await faults(emulator(), [
      { method: "GET", path: "^/v1/", kind: "html", times: 4 },
      { method: "GET", path: "^/v1/", kind: "truncated", times: 4 },
    ]);
    const res = await stack.up();
    assert.equal(res.summary.resourceChanges?.create, declaredIn(ONE_EACH) + 1, "every resource and the stack");
    const journal = emulator().journal();
    assert.ok(journal.filter((e) => e.fault === "html" || e.fault === "truncated").length >= 4, "the faults were met");
    await faults(emulator(), []);
    const live = await inventory(emulator());
    assert.ok(
      [...live.values()].every((n) => n === 1),
      `one object per declaration: ${JSON.stringify([...live])}`,
    );
    await quiet(stack, "no diff after a faulted up");
  });

  it("fields a later API version adds: refresh and preview stay quiet, and none reaches state", async () => {
    await faults(emulator(), [{ path: "^/v1/", kind: "extraFields" }]);
    await stack.refresh();
    await quiet(stack, "no diff from added fields");
    const state = JSON.stringify((await stack.exportStack()).deployment);
    assert.ok(!state.includes("x_added_in_a_later_version"), "unknown fields stay out of state");
  });

  it("timestamps and status an answer leaves out: refresh and preview stay quiet", async () => {
    await faults(emulator(), [
      { method: "GET", path: "^/v1/", kind: "missingFields", fields: ["created_at", "last_updated_at", "updated_at", "object", "status"] },
    ]);
    await stack.refresh();
    await quiet(stack, "no diff from missing fields");
  });

  it("destroy leaves nothing", async () => {
    await stack.destroy();
    assert.equal(totalIn(await inventory(emulator())), 0);
  });
});
