// Data sources as invokes served by the native plugin: a list longer than one
// of the API's pages comes back whole, and a lookup with a secret argument
// answers a secret through the Output form and the plain value through the
// Promise form.
import { strict as assert } from "assert";
import * as pulumi from "@pulumi/pulumi";
import { api, targetOf, useEmulator } from "../../helpers/emulator";
import { nativeSdk } from "../../helpers/installed";
import { newStack } from "../../helpers/stack";

const COUNT = 130; // Toktra pages hold at most 100

describe("native invokes (real engine)", function () {
  this.timeout(300_000);
  const emulator = useEmulator();

  it("lists every page, and keeps an answer to a secret argument secret", async () => {
    const toktra = api(emulator(), "toktra");
    const made: string[] = [];
    for (let i = 0; i < COUNT; i++) made.push(String((await toktra.post("/v1/api/budgets", { monthly_limit: 10 + i })).id));
    const n = nativeSdk();
    const stack = await newStack(
      async () => {
        const all = n.toktra.getBudgetsOutput();
        const one = n.toktra.getBudgetOutput({ id: pulumi.secret(made[7]!) });
        const plain = await n.toktra.getBudget({ id: made[8]! });
        return { count: all.budgets.apply((b) => b.length), secretLimit: one.monthlyLimit, plainLimit: plain.monthlyLimit };
      },
      targetOf(emulator()),
      "native-invokes",
    );
    await stack.up();
    const out = await stack.outputs();
    // More than one page can hold: every page was read.
    assert.equal(out.count!.value, COUNT);
    assert.equal(out.count!.secret, false);
    assert.deepEqual([out.secretLimit!.value, out.secretLimit!.secret], [17, true]);
    assert.deepEqual([out.plainLimit!.value, out.plainLimit!.secret], [18, false]);
  });
});
