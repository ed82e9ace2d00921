// Two stacks of one program (staging and prod) in one organisation, running at
// once, with the same resource and display names, while creates lose their
// answers. Each stack adopts only what it made: the derived slugs and the
// ownership markers tell the objects apart, and a config, whose name proves
// nothing, is never taken. After both destroys nothing is left.
import { strict as assert } from "assert";
import type * as auto from "@pulumi/pulumi/automation";
import { targetOf, useEmulator } from "../../helpers/emulator";
import { sdk } from "../../helpers/installed";
import { control, inventory } from "../../helpers/inventory";
import { newStack, noChanges } from "../../helpers/stack";

const emulator = useEmulator();

// Each rule hits both stacks' first attempt: committed creates whose answer is lost, and a config create that failed.
const FAULTS = [
  { path: "^/v1/admin/workspaces$", kind: "dropAfterCommit" },
  { path: "^/v1/integrations$", kind: "dropAfterCommit" },
  { path: "^/v1/providers$", kind: "dropAfterCommit" },
  { path: "^/toktra/v1/api/policies$", kind: "dropAfterCommit" },
  { path: "^/v1/configs$", status: 503 },
].map((r) => ({ ...r, method: "POST", times: 2 }));

/** The id of each resource in a stack's state, by resource name. */
async function ids(stack: auto.Stack): Promise<Map<string, string>> {
  const resources = (await stack.exportStack()).deployment.resources as { urn: string; id?: string; type: string }[];
  return new Map(resources.filter((r) => r.id && r.type.includes("dynamic")).map((r) => [r.urn.split("::").pop()!, r.id!]));
}

describe("two stacks of one program in one organisation, creates losing their answers (real engine)", function () {
  this.timeout(900_000);
  const stacks: auto.Stack[] = [];

  before(async () => {
    const s = sdk();
    const program = async () => {
      const ws = new s.portkey.Workspace("team", { name: "Twin team" });
      const creds = new s.portkey.Integration("creds", { name: "Twin creds", aiProviderId: "openai", key: "sk-twin-secret" });
      const access = new s.portkey.IntegrationWorkspaceAccess("access", { integrationId: creds.slug, workspaceId: ws.id });
      new s.portkey.VirtualKey("key", { name: "Twin key", workspaceId: ws.id, integrationId: creds.slug }, { dependsOn: [access] });
      new s.portkey.GatewayConfig("routing", { name: "Twin routing", workspaceId: ws.id, config: { retry: { attempts: 1 } } });
      new s.toktra.Policy("cap", { name: "twin cap", type: "token_limit", conditions: { max_tokens: 10 }, actions: { action: "alert" } });
    };
    for (const name of ["staging", "prod"]) stacks.push(await newStack(program, targetOf(emulator()), "twins", { project: "twins", stack: name }));
  });

  it("each stack ends with its own objects, none adopted from the other, and no duplicate", async () => {
    const emu = emulator();
    await control(emu, "POST", "faults", { rules: FAULTS });
    const first = await Promise.all(
      stacks.map((st) =>
        st.up().then(
          () => undefined,
          (e: Error) => e,
        ),
      ),
    );
    await control(emu, "DELETE", "faults");
    assert.equal(emu.journal().filter((e) => e.fault === "dropAfterCommit").length, 8, "eight committed creates lost their answer");
    for (const err of first) {
      assert.ok(err, "each first up fails on its config alone");
      assert.match(err.message, /GatewayConfig "Twin routing": the create's answer was lost \(.*503.*\); it was not sent again/);
      assert.doesNotMatch(err.message, /error: (Workspace|Integration|VirtualKey|Policy) /, err.message);
    }
    for (const st of stacks) await st.up();

    const [a, b] = await Promise.all(stacks.map(ids));
    assert.equal(a!.size, 6);
    for (const [name, id] of a!) assert.notEqual(b!.get(name), id, `${name}: the stacks hold different objects`);
    const live = await inventory(emu);
    for (const [key, count] of live) assert.equal(count, key.startsWith("access ") ? 1 : 2, `${key}: one per stack`);
    assert.equal(live.size, 6 + 1, JSON.stringify([...live]));
    for (const st of stacks) assert.ok(noChanges((await st.preview()).changeSummary as Record<string, number>));
  });

  it("after both destroys, nothing is left", async () => {
    for (const st of stacks) await st.destroy();
    const left = await inventory(emulator());
    assert.equal(left.size, 0, `leaked: ${JSON.stringify([...left])}`);
  });
});
