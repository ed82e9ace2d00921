// The plugin as a tarball: `node dist/tools/plugin-pack.js` (npm run
// plugin:pack) builds it, `pulumi plugin install resource aigov <version>
// --file` puts it in a fresh PULUMI_HOME, and a program folder with no
// `plugins` entry in Pulumi.yaml and no launcher on PATH runs on it, offline.
import { strict as assert } from "assert";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { api, calls, useEmulator } from "../../helpers/emulator";
import { PulumiCli } from "../../helpers/cli";
import { programFolder } from "../../helpers/installed";
import { ROOT } from "../../helpers/paths";
import { workFolder } from "../../helpers/stack";

const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;

const PROGRAM = `"use strict";
const aigov = require("pulumi-aigov/native");
const ws = new aigov.portkey.Workspace("installed", { name: "From the plugin cache" });
exports.names = aigov.portkey.getWorkspacesOutput({ name: ws.name }).workspaces.apply((w) => w.map((x) => x.name));
`;

/** A project folder with Pulumi.yaml naming no plugin, index.js and node_modules/pulumi-aigov. */
function freshProject(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "node_modules"), { recursive: true });
  fs.symlinkSync(path.join(programFolder(), "node_modules", "pulumi-aigov"), path.join(dir, "node_modules", "pulumi-aigov"));
  fs.symlinkSync(path.resolve(require.resolve("@pulumi/pulumi/package.json"), "..", ".."), path.join(dir, "node_modules", "@pulumi"));
  fs.writeFileSync(path.join(dir, "Pulumi.yaml"), "name: plugin-install\nruntime: nodejs\n");
  fs.writeFileSync(path.join(dir, "index.js"), PROGRAM);
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "plugin-install", private: true, main: "index.js" }));
}

describe("native plugin installed from its tarball, offline (real CLI)", function () {
  this.timeout(300_000);
  const emulator = useEmulator();
  const work = () => path.join(workFolder(), "plugin-install-work");
  const installed = () => path.join(work(), "home", "plugins", `resource-aigov-v${VERSION}`);
  let cli: PulumiCli;
  let tarball: string;

  before(async () => {
    fs.rmSync(work(), { recursive: true, force: true });
    const project = path.join(workFolder(), "plugin-install-project");
    freshProject(project);
    cli = new PulumiCli({ projectDir: project, workDir: work() });
    tarball = execFileSync(process.execPath, [path.join(ROOT, "dist", "tools", "plugin-pack.js"), "--out", path.join(work(), "pack")], {
      encoding: "utf8",
    }).trim();
  });

  it("packs the launcher, the built provider and its packages at the tarball's root", () => {
    assert.equal(path.basename(tarball), `pulumi-resource-aigov-v${VERSION}-${process.platform}-${process.arch === "x64" ? "amd64" : process.arch}.tar.gz`);
    const entries = execFileSync("tar", ["-tzvf", tarball], { encoding: "utf8" }).split("\n");
    const launcher = entries.find((e) => / pulumi-resource-aigov$/.test(e));
    assert.match(launcher ?? "", /^-rwxr-xr-x /, "the launcher must be executable at the root");
    for (const file of [
      "dist/provider/native/main.js",
      "dist/provider/native/schema.json",
      "node_modules/@grpc/grpc-js/package.json",
      "node_modules/axios/package.json",
    ]) {
      assert.ok(
        entries.some((e) => e.endsWith(` ${file}`)),
        `${file} should be in the tarball`,
      );
    }
    assert.ok(!entries.some((e) => / PulumiPlugin\.yaml$/.test(e)), "a PulumiPlugin.yaml would make the install run npm install");
  });

  it("installs with `pulumi plugin install --file`, then up, a quiet preview and destroy run on it", async () => {
    await cli.run(["plugin", "install", "resource", "aigov", VERSION, "--file", tarball]);
    assert.ok(fs.statSync(path.join(installed(), "pulumi-resource-aigov")).mode & 0o100, "the installed launcher should be executable");
    assert.match((await cli.run(["plugin", "ls"])).stdout, new RegExp(`aigov\\s+resource\\s+${VERSION.replace(/\./g, "\\.")}`));
    await cli.stackInit();
    await cli.configSet("aigov:portkeyApiKey", emulator().portkeyKey, { secret: true });
    await cli.configSet("aigov:portkeyBaseUrl", emulator().portkeyBaseUrl);
    const res = await cli.up();
    assert.doesNotMatch(res.stdout + res.stderr, /Downloading|from \$PATH/);
    assert.deepEqual(
      ((await api(emulator()).get("/admin/workspaces")).data as { name: string }[]).map((w) => w.name),
      ["From the plugin cache"],
    );
    assert.deepEqual((await cli.outputs()).names, ["From the plugin cache"]);
    const before = calls(emulator()).length;
    const preview = await cli.preview({ expectNoChanges: true });
    assert.doesNotMatch(preview.stdout + preview.stderr, /Downloading|from \$PATH/);
    // The invoke reads the list again; nothing else reaches the API.
    assert.deepEqual(
      calls(emulator())
        .slice(before)
        .filter((c) => !c.startsWith("GET /v1/admin/workspaces")),
      [],
    );
    await cli.destroy();
    assert.equal((await api(emulator()).get("/admin/workspaces")).total, 0);
  });
});
