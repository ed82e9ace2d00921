// Moving a stack of 20 mixed dynamic resources to the native hosting, as the
// README describes it: `pulumi state delete` of each dynamic entry (with the
// real CLI), then the native classes with the `import` option. No create,
// update or delete reaches either API, and the next preview is quiet.
import { strict as assert } from "assert";
import * as path from "path";
import type * as pulumi from "@pulumi/pulumi";
import { resourceNamed } from "../../../spec";
import { calls, targetOf, useEmulator } from "../../helpers/emulator";
import { PulumiCli } from "../../helpers/cli";
import { nativeSdk, sdk, Sdk } from "../../helpers/installed";
import { expectQuietPreview } from "../../helpers/lifecycle";
import { newStack, workFolder } from "../../helpers/stack";

type Opt = (name: string) => pulumi.CustomResourceOptions;
type StateResource = { urn: string; type: string; id?: string; outputs?: Record<string, unknown> };

/** 6 workspaces, a gateway config in each, 4 policies and 4 budgets. */
function declare(s: Sdk, opt: Opt): void {
  for (let i = 0; i < 6; i++) {
    const ws = new s.portkey.Workspace(`ws-${i}`, { name: `Move ${i}` }, opt(`ws-${i}`));
    new s.portkey.GatewayConfig(`cfg-${i}`, { name: `Move routing ${i}`, workspaceId: ws.id, config: { retry: { attempts: 2 } } }, opt(`cfg-${i}`));
  }
  for (let i = 0; i < 4; i++) {
    new s.toktra.Policy(
      `policy-${i}`,
      { name: `Move cap ${i}`, type: "token_limit", conditions: { max_tokens_per_day: 1000 + i, scope: "user" }, actions: { action: "block" } },
      opt(`policy-${i}`),
    );
    new s.toktra.Budget(`budget-${i}`, { monthlyLimit: 100 + i, alertThresholdPct: 70 + i }, opt(`budget-${i}`));
  }
}

/** The import id of a dynamic resource in state, from its description's import-id parts. */
function importIdOf(r: StateResource): string {
  const spec = resourceNamed(r.type.slice(r.type.lastIndexOf(":") + 1))!;
  return spec.importId.parts.map((p) => (p === "id" ? r.id : r.outputs?.[p])).join(spec.importId.separator ?? "");
}

describe("moving a stack from dynamic to native (real engine)", function () {
  this.timeout(600_000);
  const emulator = useEmulator();

  it("re-records 20 objects under native tokens with no write to the API; the next preview is quiet", async () => {
    let opt: Opt = () => ({});
    let hosting: "dynamic" | "native" = "dynamic";
    const stack = await newStack(async () => declare(hosting === "dynamic" ? sdk() : (nativeSdk() as unknown as Sdk), opt), targetOf(emulator()), "aigov-move");
    await stack.up();
    const dynamic = ((await stack.exportStack()).deployment.resources as StateResource[]).filter((r) => r.type.startsWith("pulumi-nodejs:dynamic/"));
    assert.equal(dynamic.length, 20);
    const ids = Object.fromEntries(dynamic.map((r) => [r.urn.slice(r.urn.lastIndexOf("::") + 2), importIdOf(r)]));

    const before = calls(emulator()).length;
    const cli = new PulumiCli({ projectDir: stack.workspace.workDir, workDir: path.join(workFolder(), "engine") });
    for (const r of [...dynamic].reverse()) await cli.run(["state", "delete", r.urn, "--yes", "--stack", "dev"]);
    hosting = "native";
    opt = (name) => ({ import: ids[name] });
    const res = await stack.up();
    assert.equal(res.summary.resourceChanges?.import, 20, JSON.stringify(res.summary.resourceChanges));
    const writes = calls(emulator())
      .slice(before)
      .filter((line) => !line.startsWith("GET"));
    assert.deepEqual(writes, [], "the move must only read");

    opt = () => ({});
    await expectQuietPreview(stack, emulator(), "after the move");
    const types = ((await stack.exportStack()).deployment.resources as StateResource[]).map((r) => r.type);
    assert.equal(types.filter((t) => t.startsWith("pulumi-nodejs:dynamic/")).length, 0);
    assert.equal(types.filter((t) => t.startsWith("aigov:")).length, 20);
    await stack.destroy();
  });
});
