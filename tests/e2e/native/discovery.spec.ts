// The plugin found with no step beyond the project's Pulumi.yaml, in a fresh
// program folder, offline: a fresh PULUMI_HOME, plugin downloads off, nothing
// on PATH but Node and the CLI. The same folder shows that `pulumi package
// get-schema` prints the generated schema and that the CLI binds it.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { RESOURCES } from "../../../spec";
import { resourceToken } from "../../../provider/native/tokens";
import { api, useEmulator } from "../../helpers/emulator";
import { PulumiCli } from "../../helpers/cli";
import { programFolder } from "../../helpers/installed";
import { workFolder } from "../../helpers/stack";

const PROGRAM = `"use strict";
const aigov = require("pulumi-aigov/native");
const ws = new aigov.portkey.Workspace("found", { name: "Found by Pulumi.yaml" });
exports.workspaceId = ws.id;
exports.names = aigov.portkey.getWorkspacesOutput({ name: ws.name }).workspaces.apply((w) => w.map((x) => x.name));
`;

/** A project folder as a user has it: Pulumi.yaml, index.js and node_modules/pulumi-aigov. */
function freshProject(): string {
  const dir = path.join(workFolder(), "discovery-project");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "node_modules"), { recursive: true });
  fs.symlinkSync(path.join(programFolder(), "node_modules", "pulumi-aigov"), path.join(dir, "node_modules", "pulumi-aigov"));
  fs.symlinkSync(path.resolve(require.resolve("@pulumi/pulumi/package.json"), "..", ".."), path.join(dir, "node_modules", "@pulumi"));
  const yaml = ["name: discovery", "runtime: nodejs", "plugins:", "  providers:", "    - name: aigov", "      path: ./node_modules/pulumi-aigov/bin", ""];
  fs.writeFileSync(path.join(dir, "Pulumi.yaml"), yaml.join("\n"));
  fs.writeFileSync(path.join(dir, "index.js"), PROGRAM);
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "discovery", private: true, main: "index.js" }));
  return dir;
}

describe("native plugin discovery through Pulumi.yaml, offline (real CLI)", function () {
  this.timeout(300_000);
  const emulator = useEmulator();
  let dir: string;
  let cli: PulumiCli;
  const work = () => path.join(workFolder(), "discovery-work");

  before(async () => {
    dir = freshProject();
    fs.rmSync(work(), { recursive: true, force: true });
    cli = new PulumiCli({ projectDir: dir, workDir: work() });
    await cli.stackInit();
    await cli.configSet("aigov:portkeyApiKey", emulator().portkeyKey, { secret: true });
    await cli.configSet("aigov:portkeyBaseUrl", emulator().portkeyBaseUrl);
  });

  it("runs up with the plugin from node_modules: no download, nothing in the plugin cache, the default provider", async () => {
    const res = await cli.up();
    assert.doesNotMatch(res.stdout + res.stderr, /Downloading|using pulumi-resource-aigov from \$PATH/);
    const names = (await api(emulator()).get("/admin/workspaces")).data as { name: string }[];
    assert.deepEqual(
      names.map((w) => w.name),
      ["Found by Pulumi.yaml"],
    );
    assert.deepEqual((await cli.outputs()).names, ["Found by Pulumi.yaml"]);
    const plugins = path.join(work(), "home", "plugins");
    assert.deepEqual(fs.existsSync(plugins) ? fs.readdirSync(plugins).filter((p) => p.includes("aigov")) : [], []);
    const state = (await cli.run(["stack", "export", "--stack", "dev"])).stdout;
    assert.match(state, /pulumi:providers:aigov::default/);
    await cli.preview({ expectNoChanges: true });
    await cli.destroy();
    assert.equal((await api(emulator()).get("/admin/workspaces")).total, 0);
  });

  it("prints the schema with `pulumi package get-schema`, and the CLI binds it into an SDK", async () => {
    const plugin = path.join(dir, "node_modules", "pulumi-aigov", "bin", "pulumi-resource-aigov");
    const printed = JSON.parse((await cli.run(["package", "get-schema", plugin])).stdout) as { name: string; resources: object };
    assert.equal(printed.name, "aigov");
    assert.deepEqual(Object.keys(printed.resources).sort(), RESOURCES.map(resourceToken).sort());
    const out = path.join(work(), "gen-sdk");
    await cli.run(["package", "gen-sdk", plugin, "--language", "nodejs", "--out", out]);
    assert.ok(fs.existsSync(path.join(out, "nodejs", "portkey", "workspace.ts")));
  });
});
