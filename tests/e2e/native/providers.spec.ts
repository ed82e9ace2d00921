// Two explicit `aigov.Provider`s against two emulators in one program: each
// resource and invoke reaches only its own provider's API, neither key is in
// state, and an invoke with a secret argument answers a secret.
import { strict as assert } from "assert";
import * as pulumi from "@pulumi/pulumi";
import type * as auto from "@pulumi/pulumi/automation";
import { api, calls, useEmulator } from "../../helpers/emulator";
import { nativeSdk } from "../../helpers/installed";
import { plainStackExport } from "../../helpers/paths";
import { newStack, workFolder } from "../../helpers/stack";

const INTEGRATION_KEY = "sk-native-integration-key-5a1f";

describe("explicit native providers against two APIs (real engine)", function () {
  this.timeout(300_000);
  const first = useEmulator({ portkeyKey: "pk-first-org-1111" });
  const second = useEmulator({ portkeyKey: "pk-second-org-2222" });
  let stack: auto.Stack;
  let outputs: auto.OutputMap;

  before(async () => {
    const n = nativeSdk();
    // The stack's own settings point nowhere: only the explicit providers can reach an API.
    const nowhere = { portkeyBaseUrl: "http://127.0.0.1:9/v1", portkeyKey: "pk-unused-0000" };
    stack = await newStack(
      async () => {
        const a = new n.Provider("first", { portkeyApiKey: first().portkeyKey, portkeyBaseUrl: first().portkeyBaseUrl, portkeyMaxRetries: 0 });
        const b = new n.Provider("second", { portkeyApiKey: second().portkeyKey, portkeyBaseUrl: second().portkeyBaseUrl });
        const wa = new n.portkey.Workspace("wa", { name: "First org team" }, { provider: a });
        const wb = new n.portkey.Workspace("wb", { name: "Second org team" }, { provider: b });
        new n.portkey.Integration("creds", { name: "First org creds", aiProviderId: "openai", key: INTEGRATION_KEY }, { provider: a });
        const found = n.portkey.getWorkspaceOutput({ id: pulumi.secret(wb.id) }, { provider: b });
        // Filtering by the new workspace's name makes the invoke wait for it.
        const listed = n.portkey.getWorkspacesOutput({ name: wa.name }, { provider: a });
        return { aId: wa.id, bId: wb.id, foundName: found.name, listedNames: listed.workspaces.apply((ws) => ws.map((w) => w.name)) };
      },
      nowhere,
      "aigov-native-providers",
    );
    await stack.up();
    outputs = await stack.outputs();
  });

  it("puts each workspace in its own provider's API, and only there", async () => {
    assert.deepEqual(
      ((await api(first()).get("/admin/workspaces")).data as { name: string }[]).map((w) => w.name),
      ["First org team"],
    );
    assert.deepEqual(
      ((await api(second()).get("/admin/workspaces")).data as { name: string }[]).map((w) => w.name),
      ["Second org team"],
    );
  });

  it("routes invokes to the provider given, and keeps an answer to a secret argument secret", () => {
    assert.deepEqual(outputs.listedNames!.value, ["First org team"]);
    assert.equal(outputs.foundName!.value, "Second org team");
    assert.equal(outputs.foundName!.secret, true, "the lookup took a secret id, so its answer must be secret");
    assert.equal(outputs.listedNames!.secret, false);
  });

  it("keeps both keys, and a write-only secret argument, out of the state", () => {
    const state = plainStackExport(stack.workspace.workDir, `${workFolder()}/engine`);
    assert.ok(state.includes("aigov:index/provider:Provider") || state.includes("pulumi:providers:aigov"), "the state should hold the providers");
    for (const key of [first().portkeyKey, second().portkeyKey, INTEGRATION_KEY]) assert.ok(!state.includes(key), `${key.slice(0, 8)}... is in the state`);
    assert.match(
      state,
      /"key":\s*\{\s*"4dabf18193072939515e22adb298388d":\s*"1b47061264138c4ac30d75fd1eb44270"/,
      "the integration key should be stored as a secret",
    );
  });

  it("destroys each workspace through its own provider", async () => {
    const before = [calls(first()).length, calls(second()).length];
    await stack.destroy();
    assert.equal((await api(first()).get("/admin/workspaces")).total, 0);
    assert.equal((await api(first()).get("/integrations")).total, 0);
    assert.equal((await api(second()).get("/admin/workspaces")).total, 0);
    assert.ok(calls(first()).length > before[0]! && calls(second()).length > before[1]!);
  });
});
