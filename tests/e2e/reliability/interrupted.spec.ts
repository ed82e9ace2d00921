// The engine is killed in the middle of an `up` of 100 resources, as when a CI
// runner dies, while creates are in flight. Then, as a user would: `pulumi
// cancel`, `pulumi-aigov recover --yes`, `pulumi up`. The stack converges, and
// nothing is duplicated or orphaned.
import { strict as assert } from "assert";
import type * as auto from "@pulumi/pulumi/automation";
import { execFile, execFileSync } from "child_process";
import { promisify } from "util";
import * as path from "path";
import { Emulator, useEmulator } from "../../helpers/emulator";
import { programFolder, sdk } from "../../helpers/installed";
import { control, duplicatesIn, inventory, totalIn } from "../../helpers/inventory";
import { declaredIn, declareMix } from "../../helpers/mixed";
import { engineRoot, offlineEnv } from "../../helpers/paths";
import { newStack, noChanges, workFolder } from "../../helpers/stack";

const emulator = useEmulator();
// Asynchronous, so that the emulator in this process keeps answering.
const run = async (file: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv }) =>
  (await promisify(execFile)(file, args, { ...opts, encoding: "utf8" })).stdout;

const MIX = { workspaces: 20, integrations: 5, configs: 35, others: 0 };
const DECLARED = declaredIn(MIX);

/** Pids of a process and everything it started. */
function tree(root: number): number[] {
  const rows = execFileSync("ps", ["-eo", "pid=,ppid="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((l) => l.trim().split(/\s+/).map(Number) as [number, number]);
  const out = [root];
  for (let i = 0; i < out.length; i++) for (const [pid, ppid] of rows) if (ppid === out[i]) out.push(pid);
  return out;
}

/** SIGKILL for the engine this process started, and for its plugins. */
function killEngine(): number {
  const engine = path.join(engineRoot(), "bin", "pulumi");
  const rows = execFileSync("ps", ["-eo", "pid=,ppid=,args="], { encoding: "utf8" }).trim().split("\n");
  const pid = rows.map((l) => l.trim().split(/\s+/)).find(([, ppid, bin, verb]) => Number(ppid) === process.pid && bin === engine && verb === "up")?.[0];
  assert.ok(pid, "the engine process of the running up");
  const pids = tree(Number(pid));
  for (const p of pids) {
    try {
      process.kill(p, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
  return pids.length;
}

async function until(what: string, ok: () => boolean, ms = 120_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** An `up` killed once `writes` writes have been answered, with creates still in flight. */
async function killedUp(stack: auto.Stack, emu: Emulator, writes: number): Promise<number> {
  const start = emu.journal().length;
  const answered = () =>
    emu
      .journal()
      .slice(start)
      .filter((e) => e.method === "POST" || e.method === "PUT").length;
  // Slow answers keep several creates in flight at any moment.
  await control(emu, "PUT", "latency", { ms: 150 });
  const up = stack.up().then(
    () => undefined,
    (err: Error) => err,
  );
  await until(`${writes} writes`, () => answered() >= writes);
  const killed = killEngine();
  assert.ok((await up) instanceof Error, "the killed up fails");
  // The API finishes what it had received; nobody reads those answers.
  await new Promise((r) => setTimeout(r, 1000));
  await control(emu, "PUT", "latency", { ms: 0 });
  return killed;
}

/** Where and with what environment a user's `pulumi` commands run for this stack. */
function cliOf(stack: auto.Stack): { cwd: string; env: NodeJS.ProcessEnv } {
  const env = { ...process.env, ...offlineEnv(path.join(workFolder(), "engine")) };
  env.PATH = `${path.join(engineRoot(), "bin")}${path.delimiter}${env.PATH}`;
  return { cwd: stack.workspace.workDir, env };
}

describe("interrupted run: the engine killed during an up of 100 resources (real engine)", function () {
  this.timeout(900_000);
  let stack: auto.Stack;

  before(async () => {
    const s = sdk();
    stack = await newStack(
      async () => {
        declareMix(s, MIX, "Interrupted");
        return {};
      },
      { portkeyBaseUrl: emulator().portkeyBaseUrl, portkeyKey: emulator().portkeyKey },
      "interrupted",
    );
  });

  it("cancel, recover and up converge: nothing duplicated, nothing orphaned", async () => {
    const emu = emulator();
    const killed = await killedUp(stack, emu, 50);
    const beforeRecovery = totalIn(await inventory(emu));

    const { cwd, env } = cliOf(stack);
    await run("pulumi", ["cancel", "--yes", "--stack", "dev"], { cwd, env });
    const cli = path.join(programFolder(), "node_modules", "pulumi-aigov", "dist", "sdk", "cli", "main.js");
    const dry = await run(process.execPath, [cli, "recover", "--stack", "dev"], { cwd, env });
    const imports = dry.split("\n").filter((l) => l.startsWith("import")).length;
    const clears = dry.split("\n").filter((l) => l.startsWith("clear")).length;
    assert.ok(imports > 0, `some in-flight create went through:\n${dry}`);
    assert.doesNotMatch(dry, /^(choose|leave)/m, dry);
    assert.equal(totalIn(await inventory(emu)), beforeRecovery, "a dry run changes nothing");
    await run(process.execPath, [cli, "recover", "--stack", "dev", "--yes"], { cwd, env });

    const res = await stack.up();
    const live = await inventory(emu);
    const duplicates = duplicatesIn(live);
    console.log(
      `      interrupted: ${killed} engine processes killed, ${beforeRecovery} objects existed, ` +
        `${imports} pending creates imported, ${clears} cleared, ${res.summary.resourceChanges?.create ?? 0} created by the next up, ${duplicates} duplicates`,
    );
    assert.equal(
      duplicates,
      0,
      `duplicates: ${[...live]
        .filter(([, n]) => n > 1)
        .map(([k]) => k)
        .join(", ")}`,
    );
    assert.equal(totalIn(live), DECLARED, "every declared object exists once");

    const preview = await stack.preview();
    assert.ok(noChanges(preview.changeSummary as Record<string, number>), `preview after recovery: ${JSON.stringify(preview.changeSummary)}`);
    const exported = await stack.exportStack();
    assert.deepEqual(exported.deployment.pending_operations ?? [], [], "no pending operation is left");
    await stack.destroy();
    assert.equal(totalIn(await inventory(emu)), 0, "nothing orphaned after destroy");
  });
});

describe("interrupted run, plain pulumi commands: derived slugs turn a repeated create into an adoption (real engine)", function () {
  this.timeout(900_000);
  const KEYS = 40;
  let stack: auto.Stack;
  let withKeys = false;

  before(async () => {
    const s = sdk();
    stack = await newStack(
      async () => {
        const ws = Array.from({ length: 10 }, (_, i) => new s.portkey.Workspace(`ws-${i}`, { name: `Slugged ${i}` }));
        const integration = new s.portkey.Integration("int", { name: "Slugged creds", aiProviderId: "openai", key: "sk-slugged" });
        const access = ws.map((w, i) => new s.portkey.IntegrationWorkspaceAccess(`access-${i}`, { integrationId: integration.slug, workspaceId: w.id }));
        if (!withKeys) return {};
        for (let i = 0; i < KEYS; i++) {
          new s.portkey.VirtualKey(
            `vk-${i}`,
            { name: `slugged key ${i}`, workspaceId: ws[i % 10]!.id, integrationId: integration.slug },
            { dependsOn: [access[i % 10]!] },
          );
          if (i % 4 === 0) new s.portkey.Integration(`int-${i}`, { name: `Slugged creds ${i}`, aiProviderId: "anthropic" });
        }
        return {};
      },
      { portkeyBaseUrl: emulator().portkeyBaseUrl, portkeyKey: emulator().portkeyKey },
      "slugged",
    );
  });

  it("cancel, refresh --clear-pending-creates and up: the repeated creates meet 409 and adopt", async () => {
    const emu = emulator();
    await stack.up();
    withKeys = true;
    await killedUp(stack, emu, 15);
    const { cwd, env } = cliOf(stack);
    await run("pulumi", ["cancel", "--yes", "--stack", "dev"], { cwd, env });
    await run("pulumi", ["refresh", "--yes", "--skip-preview", "--clear-pending-creates", "--stack", "dev"], { cwd, env });
    const from = emu.journal().length;
    await stack.up();
    const adopted = emu
      .journal()
      .slice(from)
      .filter((e) => e.method === "POST" && e.status === 409).length;
    const live = await inventory(emu);
    console.log(`      interrupted, plain commands: ${adopted} repeated creates adopted on 409, ${duplicatesIn(live)} duplicates`);
    assert.ok(adopted > 0, "an in-flight create went through and was repeated");
    assert.equal(
      duplicatesIn(live),
      0,
      `duplicates: ${[...live]
        .filter(([, n]) => n > 1)
        .map(([k]) => k)
        .join(", ")}`,
    );
    assert.equal(totalIn(live), 10 * 2 + 1 + KEYS + KEYS / 4, "every declared object exists once");
    const preview = await stack.preview();
    assert.ok(noChanges(preview.changeSummary as Record<string, number>), `preview after recovery: ${JSON.stringify(preview.changeSummary)}`);
    await stack.destroy();
    assert.equal(totalIn(await inventory(emu)), 0, "nothing orphaned after destroy");
  });
});
