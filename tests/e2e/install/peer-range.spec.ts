// The promise of the peer range: the packed package installs with plain `npm
// install` beside the oldest @pulumi/pulumi it supports and beside the newest 3.x
// the registry serves, and examples/quickstart then runs with the real `pulumi`
// CLI in its own folder (stack init, config set, up, preview, destroy) against
// the emulator. Which SDK copy hosted the program and the dynamic provider is
// observed in the processes themselves, so the SDK version provably varies.
import { strict as assert } from "assert";
import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { packPackage } from "../../../tools/quickstart";
import { PulumiCli } from "../../helpers/cli";
import { api, calls, useEmulator } from "../../helpers/emulator";
import { ROOT } from "../../helpers/paths";
import { highestVersion, installedVersion, installProgram, newestSdkVersion, peerRange, ProgramInstall, sdkOf } from "../../helpers/npm-program";

const emulator = useEmulator();
const PROBE = path.join(__dirname, "..", "..", "helpers", "node-probe.js");
const OPENAI_KEY = "sk-peer-range-openai-not-real-5678";

let work: string;
let tarball: string;

describe("the packed package across its @pulumi/pulumi peer range (npm install, real pulumi CLI)", function () {
  this.timeout(600_000);

  before(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), "aigov-peer-range-"));
    tarball = path.join(work, "pulumi-aigov.tgz");
    fs.copyFileSync(packPackage(), tarball);
  });

  after(() => {
    // Two node_modules trees take about a minute to delete on a busy 2-core machine: the run does not wait for it.
    if (work) spawn("rm", ["-rf", work], { detached: true, stdio: "ignore" }).unref();
  });

  sdkCase("the oldest supported (the peer range's lower bound)", async () => peerRange().oldest);
  sdkCase("the newest 3.x the registry serves", async () => {
    const newest = await newestSdkVersion();
    const { oldest } = peerRange();
    assert.equal(highestVersion([oldest, newest]), newest, `the registry's newest 3.x (${newest}) is below the lower bound ${oldest}`);
    assert.notEqual(newest, oldest, "the registry serves nothing newer than the lower bound: the range is untested above it");
    return newest;
  });
});

function sdkCase(label: string, resolveVersion: () => Promise<string>): void {
  describe(`beside ${label}`, () => {
    let version: string;
    let install: ProgramInstall;
    let cli: PulumiCli;
    let probeLog: string;
    let started: number;

    before(async () => {
      started = Date.now();
      version = await resolveVersion();
      emulator().reset();
      install = await installProgram(path.join(work, `program-${version}`), version, tarball);
      probeLog = path.join(work, `processes-${version}.jsonl`);
      cli = new PulumiCli({
        projectDir: install.dir,
        workDir: path.join(work, `engine-${version}`),
        env: { NODE_OPTIONS: `--require ${JSON.stringify(PROBE)}`, AIGOV_NODE_PROBE: probeLog },
      });
      console.log(`      @pulumi/pulumi ${version}: npm install took ${(install.ms / 1000).toFixed(1)} s`);
    });

    after(() => console.log(`      @pulumi/pulumi ${version}: ${((Date.now() - started) / 1000).toFixed(1)} s in all`));

    it("npm install succeeds with no peer conflict, and the program and the package share one SDK", () => {
      assert.doesNotMatch(install.output, /ERESOLVE|conflicting peer|overriding peer/i, install.output);
      assert.equal(installedVersion(install.dir, "@pulumi/pulumi"), version);
      assert.equal(
        installedVersion(install.dir, "pulumi-aigov"),
        (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version,
      );
      assert.ok(
        !fs.existsSync(path.join(install.dir, "node_modules", "pulumi-aigov", "node_modules", "@pulumi", "pulumi")),
        "a second @pulumi/pulumi under pulumi-aigov",
      );
    });

    it("pulumi stack init and config set keep the keys encrypted in the stack's config", async () => {
      await cli.stackInit();
      await cli.configSet("portkey:baseUrl", emulator().portkeyBaseUrl);
      await cli.configSet("portkey:apiKey", emulator().portkeyKey, { secret: true });
      await cli.configSet("openaiApiKey", OPENAI_KEY, { secret: true });
      const file = cli.configFile();
      assert.match(file, /portkey:apiKey:\s+secure: v1:/);
      for (const secret of [emulator().portkeyKey, OPENAI_KEY]) assert.ok(!file.includes(secret), "a key in plaintext in Pulumi.dev.yaml");
    });

    it("pulumi up creates the quickstart's workspace, integration, access, virtual key and config", async () => {
      const res = await cli.up();
      assert.match(res.stdout, /\+ 6 created/, res.stdout);
      const out = await cli.outputs();
      for (const k of ["workspaceId", "integrationSlug", "accessId", "virtualKeyId", "gatewayConfigSlug"])
        assert.ok(typeof out[k] === "string" && out[k], `output ${k}`);
      const a = api(emulator());
      assert.equal((await a.get("/admin/workspaces")).total, 1);
      assert.equal((await a.get("/integrations")).total, 1);
      assert.equal((await a.get(`/integrations/${out.integrationSlug}/workspaces`)).workspaces.filter((w: { enabled: boolean }) => w.enabled).length, 1);
      assert.equal((await a.get(`/providers?workspace_id=${out.workspaceId}`)).total, 1);
      assert.equal((await a.get("/configs")).total, 1);
    });

    it("pulumi preview --expect-no-changes finds nothing to do and calls no API", async () => {
      const before = calls(emulator()).length;
      const res = await cli.preview({ expectNoChanges: true });
      assert.match(res.stdout, /6 unchanged/, res.stdout);
      assert.deepEqual(calls(emulator()).slice(before), []);
    });

    it("the program and the dynamic provider ran on the program folder's @pulumi/pulumi", () => {
      const own = fs.realpathSync(path.join(install.dir, "node_modules", "@pulumi", "pulumi"));
      const processes = fs
        .readFileSync(probeLog, "utf8")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as { script: string });
      for (const role of [`cmd${path.sep}run`, `cmd${path.sep}dynamic-provider`]) {
        const ran = processes.filter((p) => p.script.includes(role));
        assert.ok(ran.length > 0, `no ${role} process among ${processes.map((p) => p.script).join(", ")}`);
        for (const p of ran) assert.deepEqual(sdkOf(p.script), { root: own, version }, `${role} ran ${p.script}`);
        console.log(`      ${role}: ${ran.length} processes, on ${path.relative(work, own)} (${version})`);
      }
    });

    it("pulumi destroy deletes everything: the emulator holds no object", async () => {
      const res = await cli.destroy();
      assert.match(res.stdout, /- 6 deleted/, res.stdout);
      assert.deepEqual(liveObjects(), {});
    });
  });
}

/** Objects per emulator collection, for the collections that hold any (tombstones of deleted workspaces aside). */
function liveObjects(): Record<string, number> {
  const services = (emulator().state() as { services: Record<string, Record<string, unknown>> }).services;
  const counts: Record<string, number> = {};
  for (const [service, tables] of Object.entries(services)) {
    for (const [table, rows] of Object.entries(tables)) {
      if (table === "deletedWorkspaces") continue;
      const n = Array.isArray(rows) ? rows.length : Object.keys(rows as object).length;
      if (n > 0) counts[`${service}.${table}`] = n;
    }
  }
  return counts;
}
