// Creates that commit late: the server holds each POST 32 s, past the client's
// 30 s timeout, then commits it. The provider looks for the object within its
// window rather than once too early, never posts blindly again, and nothing is
// made twice: the workspace (ownership marker) and the integration (derived
// slug) are adopted; the config, whose name proves nothing, fails naming it.
import { strict as assert } from "assert";
import type * as auto from "@pulumi/pulumi/automation";
import { api, calls, targetOf, useEmulator } from "../../helpers/emulator";
import { sdk } from "../../helpers/installed";
import { control, duplicatesIn, inventory } from "../../helpers/inventory";
import { newStack, noChanges } from "../../helpers/stack";

const emulator = useEmulator();
const LATE = { method: "POST", latencyMs: 32_000, times: 1 };

describe("creates that commit after the client's timeout (real engine)", function () {
  this.timeout(600_000);
  let stack: auto.Stack;
  let home = "";

  before(async () => {
    home = (await api(emulator()).post("/admin/workspaces", { name: "Late home" })).id;
    const s = sdk();
    stack = await newStack(
      async () => {
        new s.portkey.Workspace("ws", { name: "Late team" });
        new s.portkey.Integration("creds", { name: "Late creds", aiProviderId: "openai", key: "sk-late-secret" });
        new s.portkey.GatewayConfig("cfg", { name: "late routing", workspaceId: home, config: { retry: { attempts: 1 } } });
      },
      targetOf(emulator()),
      "late-commit",
    );
  });

  it("each late create is made once; the one that nothing proves ours is named for the user", async () => {
    const emu = emulator();
    await control(emu, "POST", "faults", {
      rules: ["^/v1/admin/workspaces$", "^/v1/integrations$", "^/v1/configs$"].map((path) => ({ ...LATE, path })),
    });
    const err = (await stack.up().then(
      () => undefined,
      (e: Error) => e,
    )) as Error | undefined;
    await control(emu, "DELETE", "faults");
    assert.ok(err, "the up fails on the config alone");
    assert.match(
      err.message,
      /GatewayConfig "late routing": the create's answer was lost \(.*timed out.*\); it was not sent again.*appeared \([0-9a-f-]+\), but nothing proves it is this stack's/,
    );
    assert.doesNotMatch(err.message, /error: (Workspace|Integration) /, `the workspace and the integration are adopted: ${err.message}`);
    const posts = calls(emu).filter((c) => c.startsWith("POST"));
    assert.equal(posts.filter((c) => c === "POST /v1/admin/workspaces").length, 2, "the home workspace and ours, each posted once");
    assert.equal(posts.filter((c) => c === "POST /v1/configs").length, 1, "the config is never posted again");
    const live = await inventory(emu);
    assert.equal(duplicatesIn(live), 0, `no duplicates: ${JSON.stringify([...live])}`);
    assert.deepEqual([live.get("workspace Late team"), live.get("integration Late creds"), live.get("config late routing")], [1, 1, 1]);
    const state = (await stack.exportStack()).deployment.resources.map((r: { urn: string }) => r.urn.split("::").pop());
    assert.ok(state.includes("ws") && state.includes("creds") && !state.includes("cfg"), JSON.stringify(state));
  });

  it("once the user has resolved the named config, the next up finishes; nothing is duplicated or leaked", async () => {
    const emu = emulator();
    const a = api(emu);
    const cfg = ((await a.get("/configs")).data as { slug: string }[])[0]!;
    await a.delete(`/configs/${cfg.slug}`);
    assert.equal((await stack.up()).summary.resourceChanges?.create, 1);
    assert.equal(duplicatesIn(await inventory(emu)), 0);
    assert.ok(noChanges((await stack.preview()).changeSummary as Record<string, number>));
    await stack.destroy();
    await a.delete(`/admin/workspaces/${home}`, { name: "Late home" });
    const left = await inventory(emu);
    assert.equal(left.size, 0, `leaked: ${JSON.stringify([...left])}`);
  });
});
