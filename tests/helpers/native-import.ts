// `pulumi import aigov:<vendor>:<Type> <name> <id> --yes` with the real CLI in
// a project folder of its own, as a user runs it: the generated program is
// written to index.ts (it imports `pulumi-aigov/native`), then previewed.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import type { ResourceSpec } from "../../spec/core/types";
import { resourceToken } from "../../provider/native/tokens";
import { nativeName } from "../../provider/native/settings";
import { calls, Emulator, targetOf } from "./emulator";
import { PulumiCli, PulumiCliError } from "./cli";
import { pluginFolder, programFolder } from "./installed";
import { workFolder } from "./stack";

/** Write-only inputs the resource may require (always, or by a rule): they cannot be read back, so the generated program lacks them. */
export function missingAfterImport(spec: ResourceSpec): string[] {
  const byRule = new Set((spec.rules ?? []).flatMap((r) => (Array.isArray(r.schema.required) ? (r.schema.required as string[]) : [])));
  return Object.entries(spec.fields)
    .filter(([k, f]) => f.writeOnly && !f.output && (f.required || byRule.has(k)))
    .map(([k]) => k);
}

async function projectFor(spec: ResourceSpec, emu: Emulator): Promise<{ cli: PulumiCli; dir: string }> {
  const dir = path.join(programFolder(), `cli-import-${spec.file}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const yaml = [`name: import-${spec.file}`, "runtime: nodejs", "plugins:", "  providers:", "    - name: aigov", `      path: ${pluginFolder()}`, ""];
  fs.writeFileSync(path.join(dir, "Pulumi.yaml"), yaml.join("\n"));
  const cli = new PulumiCli({ projectDir: dir, workDir: path.join(workFolder(), `cli-import-${spec.file}`) });
  await cli.stackInit();
  const target = targetOf(emu);
  await cli.configSet(`aigov:${nativeName("portkey:apiKey")}`, target.portkeyKey, { secret: true });
  await cli.configSet(`aigov:${nativeName("portkey:baseUrl")}`, target.portkeyBaseUrl);
  await cli.configSet(`aigov:${nativeName("toktra:apiKey")}`, target.toktraKey, { secret: true });
  await cli.configSet(`aigov:${nativeName("toktra:apiUrl")}`, target.toktraBaseUrl);
  return { cli, dir };
}

/**
 * Imports the live object by its Terraform-format id, asserting that only GETs
 * reach the API, then previews the generated program: quietly, or, where a
 * required write-only secret cannot be read back, failing on that field.
 */
export async function importFromCli(spec: ResourceSpec, emu: Emulator, importId: string): Promise<void> {
  const { cli, dir } = await projectFor(spec, emu);
  const before = calls(emu).length;
  const res = await cli.run(["import", resourceToken(spec), "imported", importId, "--yes", "--protect=false", "--out", "index.ts"]);
  assert.match(res.stdout, /1 imported/);
  assert.deepEqual(
    calls(emu)
      .slice(before)
      .filter((line) => !line.startsWith("GET")),
    [],
    "import must only read",
  );
  assert.match(fs.readFileSync(path.join(dir, "index.ts"), "utf8"), /from "pulumi-aigov\/native"/);
  const missing = missingAfterImport(spec);
  if (!missing.length) {
    await cli.preview({ expectNoChanges: true });
    return;
  }
  // The generated code leaves the field out, or fills a required one with a placeholder: check names it either way.
  const names = new RegExp(`resource 'imported' has a problem: ${spec.name}\\.(${missing.join("|")})\\b`);
  await assert.rejects(cli.preview(), (e: PulumiCliError) => names.test(e.output));
}
