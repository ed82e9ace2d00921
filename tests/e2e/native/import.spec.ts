// `pulumi import aigov:<vendor>:<Type> <name> <id> --yes` with the real CLI in a
// project folder, for every resource of the registry: the object a first stack
// made is imported by its Terraform-format id without any write to the API,
// the generated program (which imports `pulumi-aigov/native`) is written to
// index.ts, and the next preview is quiet. A write-only secret cannot be read
// back, so where one is required the generated program lacks it and the
// preview says which field to add.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { RESOURCES } from "../../../spec";
import type { ResourceSpec } from "../../../spec/core/types";
import { resourceToken } from "../../../provider/native/tokens";
import { calls, targetOf, useEmulator } from "../../helpers/emulator";
import { PulumiCli, PulumiCliError } from "../../helpers/cli";
import { nativeSdk, pluginFolder, programFolder, Sdk } from "../../helpers/installed";
import { newStack, workFolder } from "../../helpers/stack";
import { tableOf } from "../../helpers/tables";
import { nativeName } from "../../../provider/native/settings";

/** Required write-only inputs: they cannot be read back, so the generated program lacks them. */
function missingAfterImport(spec: ResourceSpec): string[] {
  return Object.entries(spec.fields)
    .filter(([, f]) => f.writeOnly && f.required)
    .map(([k]) => k);
}

function projectDir(spec: ResourceSpec): string {
  return path.join(programFolder(), `cli-import-${spec.file}`);
}

async function projectFor(spec: ResourceSpec, target: ReturnType<typeof targetOf>): Promise<PulumiCli> {
  const dir = projectDir(spec);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const yaml = [`name: import-${spec.file}`, "runtime: nodejs", "plugins:", "  providers:", "    - name: aigov", `      path: ${pluginFolder()}`, ""];
  fs.writeFileSync(path.join(dir, "Pulumi.yaml"), yaml.join("\n"));
  const cli = new PulumiCli({ projectDir: dir, workDir: path.join(workFolder(), `cli-import-${spec.file}`) });
  await cli.stackInit();
  await cli.configSet(`aigov:${nativeName("portkey:apiKey")}`, target.portkeyKey, { secret: true });
  await cli.configSet(`aigov:${nativeName("portkey:baseUrl")}`, target.portkeyBaseUrl);
  await cli.configSet(`aigov:${nativeName("toktra:apiKey")}`, target.toktraKey, { secret: true });
  await cli.configSet(`aigov:${nativeName("toktra:baseUrl")}`, target.toktraBaseUrl);
  return cli;
}

for (const spec of RESOURCES) {
  const c = tableOf(spec).lifecycle;
  describe(`${spec.name}: pulumi import from the CLI (native plugin)`, function () {
    this.timeout(300_000);
    const emulator = useEmulator();

    it("imports by the Terraform-format id with no write to the API, then previews quietly", async () => {
      const target = targetOf(emulator());
      const made = await newStack(async () => c.program(nativeSdk() as unknown as Sdk, "base"), target, "aigov-native-src");
      await made.up();
      const out = Object.fromEntries(Object.entries(await made.outputs()).map(([k, v]) => [k, v.value]));
      const cli = await projectFor(spec, target);
      const before = calls(emulator()).length;
      const res = await cli.run(["import", resourceToken(spec), "imported", c.importId(out), "--yes", "--protect=false", "--out", "index.ts"]);
      assert.match(res.stdout, /1 imported/);
      const writes = calls(emulator())
        .slice(before)
        .filter((line) => !line.startsWith("GET"));
      assert.deepEqual(writes, [], "import must only read");
      const code = fs.readFileSync(path.join(projectDir(spec), "index.ts"), "utf8");
      assert.match(code, /from "pulumi-aigov\/native"/);
      const missing = missingAfterImport(spec);
      if (!missing.length) {
        await cli.preview({ expectNoChanges: true });
        return;
      }
      await assert.rejects(cli.preview(), (e: PulumiCliError) => missing.every((k) => new RegExp(`${spec.name}\\.${k}`).test(e.output)));
    });
  });
}
