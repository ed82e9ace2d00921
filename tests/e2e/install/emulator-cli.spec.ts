// The emulator ships in the package: `npx pulumi-aigov emulator` from a program
// folder that installed the packed tarball, then the README's CI recipe against
// it (config pointing at the emulator, `pulumi preview`, `pulumi up`), with the
// pulumi CLI, as an application team's CI runs it.
import { strict as assert } from "assert";
import { ChildProcess, spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { packPackage } from "../../../tools/quickstart";
import { PulumiCli } from "../../helpers/cli";
import { installProgram, peerRange, ProgramInstall } from "../../helpers/npm-program";
import { quiet, summaryOf } from "../../helpers/example";

interface Started {
  child: ChildProcess;
  url: string;
  portkeyKey: string;
  ms: number;
}

/** Runs `npx pulumi-aigov emulator --port 0` in `dir` and waits for its address and key lines. */
function startShipped(dir: string): Promise<Started> {
  const started = Date.now();
  const child = spawn("npx", ["--no-install", "pulumi-aigov", "emulator", "--port", "0"], {
    cwd: dir,
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group: npx runs the emulator in a child that a signal to npx alone leaves running.
    detached: true,
  });
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    child.stderr!.on("data", (d: Buffer) => (err += d.toString()));
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const url = /listening on (\S+)/.exec(out)?.[1];
      const key = /portkey api key: (\S+)/.exec(out)?.[1];
      if (url && key) resolve({ child, url, portkeyKey: key, ms: Date.now() - started });
    });
    child.on("exit", (code) => reject(new Error(`the shipped emulator exited with ${code}:\n${out}${err}`)));
  });
}

describe("the emulator shipped in the package (npx pulumi-aigov emulator, pulumi CLI)", function () {
  this.timeout(600_000);
  let work: string;
  let install: ProgramInstall;
  let emu: Started;
  let cli: PulumiCli;

  before(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), "aigov-emulator-cli-"));
    const tarball = path.join(work, "pulumi-aigov.tgz");
    fs.copyFileSync(packPackage(), tarball);
    install = await installProgram(path.join(work, "program"), peerRange().oldest, tarball);
  });

  after(() => {
    if (emu?.child.pid) process.kill(-emu.child.pid, "SIGTERM");
    if (work) spawn("rm", ["-rf", work], { detached: true, stdio: "ignore" }).unref();
  });

  it("starts from the installed package without the repository or its reference files", async () => {
    emu = await startShipped(install.dir);
    assert.match(emu.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    console.log(`      shipped emulator ready after ${emu.ms} ms (npx included)`);
    const shipped = path.join(install.dir, "node_modules", "pulumi-aigov", "dist", "emulator", "portkey", "portkey-openapi.json");
    assert.ok(fs.existsSync(shipped), "the OpenAPI description the emulator validates with is not in the package");
    const res = await fetch(`${emu.url}/v1/admin/workspaces`, {
      method: "POST",
      headers: { "x-portkey-api-key": emu.portkeyKey, "content-type": "application/json" },
      body: "{}",
    });
    assert.equal(res.status, 400, "a body the OpenAPI description refuses was accepted");
  });

  it("the CI recipe: config pointing at it, then pulumi preview and pulumi up, then a quiet preview and destroy", async () => {
    cli = new PulumiCli({ projectDir: install.dir, workDir: path.join(work, "engine") });
    await cli.stackInit();
    await cli.configSet("portkey:baseUrl", `${emu.url}/v1`);
    await cli.configSet("portkey:apiKey", emu.portkeyKey, { secret: true });
    await cli.configSet("openaiApiKey", "sk-ci-recipe-not-real", { secret: true });
    assert.equal(summaryOf((await cli.preview()).stdout).create, 6);
    assert.equal(summaryOf((await cli.up()).stdout).create, 6);
    const list = (await (await fetch(`${emu.url}/v1/admin/workspaces`, { headers: { "x-portkey-api-key": emu.portkeyKey } })).json()) as { total: number };
    assert.equal(list.total, 1);
    assert.ok(quiet(summaryOf((await cli.preview({ expectNoChanges: true })).stdout)));
    assert.equal(summaryOf((await cli.destroy()).stdout).delete, 6);
  });
});
