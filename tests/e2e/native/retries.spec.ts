// Retry lines through the native plugin: its stderr is hidden from the user,
// so the lines reach `pulumi up` output through the engine's log service.
import { strict as assert } from "assert";
import { api, targetOf, useEmulator } from "../../helpers/emulator";
import { nativeSdk } from "../../helpers/installed";
import { control } from "../../helpers/inventory";
import { newStack } from "../../helpers/stack";

describe("native plugin: retries show in `pulumi up` output (real engine)", function () {
  this.timeout(300_000);
  const emulator = useEmulator();

  it("a 429 with Retry-After on a create prints one line naming the resource; nothing is made twice, no key shown", async () => {
    const n = nativeSdk();
    const stack = await newStack(async () => void new n.portkey.Workspace("ws", { name: "Native retries" }), targetOf(emulator()), "native-retries");
    await control(emulator(), "POST", "faults", { rules: [{ method: "POST", path: "^/v1/admin/workspaces$", status: 429, retryAfter: 1, times: 1 }] });
    const seen: string[] = [];
    const res = await stack.up({ onOutput: (s) => seen.push(s) });
    await control(emulator(), "DELETE", "faults");
    const output = seen.join("");
    assert.match(output, /Portkey: retrying POST \/admin\/workspaces for Workspace "Native retries" after 429 Too Many Requests, in 1 s \(attempt 2 of 5\)/);
    assert.ok(!(output + res.stderr).includes(emulator().portkeyKey), "the key leaked into the output");
    assert.equal((await api(emulator()).get("/admin/workspaces")).total, 1);
    await stack.destroy();
  });
});
