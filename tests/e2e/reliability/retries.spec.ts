// A slow `up` says that it is retrying: one line per retry in the engine's
// output, naming the resource, what failed and how long it waits, and never a
// secret.
import { strict as assert } from "assert";
import type * as auto from "@pulumi/pulumi/automation";
import { api, targetOf, useEmulator } from "../../helpers/emulator";
import { sdk } from "../../helpers/installed";
import { control } from "../../helpers/inventory";
import { newStack } from "../../helpers/stack";

const emulator = useEmulator();
const INTEGRATION_KEY = "sk-retries-integration-key-31c7";

describe("retries show in `pulumi up` output (real engine)", function () {
  this.timeout(300_000);
  let stack: auto.Stack;

  before(async () => {
    const s = sdk();
    stack = await newStack(
      async () => {
        const ws = new s.portkey.Workspace("ws", { name: "Retries" });
        new s.portkey.GatewayConfig("cfg", { name: "routing", workspaceId: ws.id, config: { retry: { attempts: 1 } } });
        new s.portkey.Integration("creds", { name: "Retry creds", aiProviderId: "openai", key: INTEGRATION_KEY });
      },
      targetOf(emulator()),
      "retries",
    );
  });

  it("a 429 or a 503 with Retry-After on a create, and on a read, each print one line; nothing is made twice", async () => {
    await control(emulator(), "POST", "faults", {
      rules: [
        // A POST is retried only when the server provably did nothing: a 429.
        { method: "POST", path: "^/v1/configs$", status: 429, retryAfter: 1, times: 1 },
        // A derived slug makes a repeat safe after a 503 too.
        { method: "POST", path: "^/v1/integrations$", status: 503, retryAfter: 2, times: 1 },
        // The config's read back (a workspace's create is not read back).
        { method: "GET", path: "^/v1/configs/", status: 503, retryAfter: 1, times: 1 },
      ],
    });
    const seen: string[] = [];
    const res = await stack.up({ onOutput: (s) => seen.push(s) });
    await control(emulator(), "DELETE", "faults");
    const output = seen.join("");
    // The engine shows each line in the progress and again under Diagnostics.
    const lines = new Set(output.split("\n").flatMap((l) => (l.includes("Portkey: retrying ") ? [l.slice(l.indexOf("Portkey: retrying "))] : [])));
    assert.equal(res.summary.resourceChanges?.create, 4, output);
    assert.equal(lines.size, 3, `one line per retry:\n${[...lines].join("\n")}`);
    assert.match(output, /Portkey: retrying POST \/configs for GatewayConfig "routing" after 429 Too Many Requests, in 1 s \(attempt 2 of 5\)/);
    assert.match(output, /Portkey: retrying POST \/integrations for Integration "Retry creds" after 503 Service Unavailable, in 2 s \(attempt 2 of 5\)/);
    assert.match(output, /Portkey: retrying GET \/configs\/[\w-]+ for GatewayConfig "routing" after 503 Service Unavailable, in 1 s \(attempt 2 of 5\)/);
    const everything = output + res.stdout + res.stderr;
    for (const secret of [emulator().portkeyKey, emulator().toktraKey, INTEGRATION_KEY])
      assert.ok(!everything.includes(secret), `${secret.slice(0, 6)}... leaked into the output`);
    const a = api(emulator());
    assert.deepEqual([(await a.get("/configs")).total, (await a.get("/integrations")).total], [1, 1], "one config and one integration");
  });

  after(async () => {
    await control(emulator(), "DELETE", "faults");
    await stack?.destroy();
  });
});
