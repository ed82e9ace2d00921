// An API key's value on the real engine: a secret output from the create,
// never in plaintext in exported state, state files or what `up` and
// `refresh` print, and rotated in place (same id, new value) when `rotation`
// changes. (At -v=8 with --logflow the Pulumi SDK's own debug log prints the
// RegisterResource answer, secret outputs included, for any resource; the
// secrets audit runs there because its secrets are never outputs.)
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import type * as auto from "@pulumi/pulumi/automation";
import { api, calls, targetOf, useEmulator } from "../helpers/emulator";
import { sdk } from "../helpers/installed";
import { expectQuietPreview } from "../helpers/lifecycle";
import { plainStackExport } from "../helpers/paths";
import { newStack, workFolder } from "../helpers/stack";

function files(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe("ApiKey value and rotation (real engine)", function () {
  this.timeout(300_000);
  let stack: auto.Stack | undefined;
  // Registered before the emulator's own hooks, so the destroy runs while it is up.
  after(async () => {
    await stack?.destroy();
  });
  const emulator = useEmulator();
  let rotation = "r1";

  before(async () => {
    const s = sdk();
    stack = await newStack(async () => {
      const ws = new s.portkey.Workspace("ws", { name: "Rotation" });
      const key = new s.portkey.ApiKey("key", {
        name: "app",
        type: "workspace",
        subType: "service",
        workspaceId: ws.id,
        scopes: ["completions.write"],
        rotation,
      });
      return { keyId: key.id, key: key.key };
    }, targetOf(emulator()));
  });

  /** Every place the value could leak to after the runs so far. */
  const haystacks = (runs: { stdout: string; stderr: string }[]): [string, string][] => [
    ["pulumi stack export", plainStackExport(stack!.workspace.workDir, path.join(workFolder(), "engine"))],
    ...runs.map((r, i): [string, string] => [`run ${i}`, r.stdout + r.stderr]),
    ...files(path.join(workFolder(), "engine", "backend")).map((f): [string, string] => [f, fs.readFileSync(f, "utf8")]),
    ...files(path.join(workFolder(), "engine", "home", "logs")).map((f): [string, string] => [f, fs.readFileSync(f, "utf8")]),
  ];

  it("the value is a secret output, shown masked by the API and nowhere in plaintext; a new rotation changes it in place", async () => {
    const runs: { stdout: string; stderr: string }[] = [await stack!.up()];
    const first = await stack!.outputs();
    assert.equal(first.key!.secret, true, "the key output must be a secret");
    const value = String(first.key!.value);
    assert.match(value, /^pk-/);
    const live = await api(emulator()).get(`/api-keys/${String(first.keyId!.value)}`);
    assert.notEqual(live.key, value, "the emulator's GET masks the key");
    await expectQuietPreview(stack!, emulator(), "after create");

    rotation = "r2";
    emulator().journal();
    const before = calls(emulator()).length;
    const res = await stack!.up();
    runs.push(res);
    assert.deepEqual([res.summary.resourceChanges?.update, res.summary.resourceChanges?.replace ?? 0], [1, 0], JSON.stringify(res.summary.resourceChanges));
    const second = await stack!.outputs();
    assert.equal(second.keyId!.value, first.keyId!.value, "rotation keeps the id");
    const rotated = String(second.key!.value);
    assert.notEqual(rotated, value, "rotation changes the value");
    assert.equal(second.key!.secret, true);
    assert.ok(
      calls(emulator())
        .slice(before)
        .includes(`POST /v1/api-keys/${String(first.keyId!.value)}/rotate`),
      "up calls the rotate endpoint",
    );
    await expectQuietPreview(stack!, emulator(), "after rotation");
    runs.push(await stack!.refresh());
    assert.equal(String((await stack!.outputs()).key!.value), rotated, "refresh keeps the value the API no longer shows");

    const hits = haystacks(runs).flatMap(([where, text]) => [value, rotated].filter((v) => text.includes(v)).map((v) => `${v.slice(0, 6)}... in ${where}`));
    if (process.env.AIGOV_DEBUG)
      for (const [where, text] of haystacks(runs))
        for (const line of text.split("\n")) if ([value, rotated].some((x) => line.includes(x))) console.log(where, "::", line.slice(0, 400));
    assert.deepEqual(hits, []);
  });
});
