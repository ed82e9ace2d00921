// An example project run exactly as a user runs it: the packed package installed
// into the example's own folder with npm, then the real `pulumi` CLI and its Node
// language host in that folder (stack init, config set, up, preview, refresh,
// destroy), against the emulator.
import * as fs from "fs";
import * as path from "path";
import { installExample, packPackage } from "../../tools/quickstart";
import { PulumiCli } from "./cli";
import { ROOT } from "./paths";

/** What a `pulumi up/refresh/destroy/preview` printed under "Resources:", e.g. {create: 6, same: 0}. */
export type Summary = Partial<Record<"create" | "update" | "delete" | "replace" | "same", number>>;

const WORDS: Record<string, keyof Summary> = {
  created: "create",
  "to create": "create",
  updated: "update",
  "to update": "update",
  deleted: "delete",
  "to delete": "delete",
  replaced: "replace",
  "to replace": "replace",
  unchanged: "same",
};

export function summaryOf(output: string): Summary {
  const block = output.split(/^Resources:\s*$/m)[1] ?? "";
  const out: Summary = {};
  for (const m of block.matchAll(/^\s*[+~\-±]*\s*(\d+) (created|to create|updated|to update|deleted|to delete|replaced|to replace|unchanged)\b/gm)) {
    out[WORDS[m[2]!]!] = Number(m[1]);
  }
  return out;
}

/** True when a summary holds nothing but unchanged resources. */
export function quiet(s: Summary): boolean {
  return !s.create && !s.update && !s.delete && !s.replace;
}

export interface ExampleProject {
  dir: string;
  cli: PulumiCli;
  workDir: string;
}

export interface OpenOptions {
  config?: Record<string, string>;
  /** Set with `pulumi config set --secret`, read from stdin. */
  secrets?: Record<string, string>;
  /** A backend shared with other projects (stack references); by default a fresh one of its own. */
  workDir?: string;
}

let packed = false;

/** Packs the package (once per run), installs it into examples/<name> and opens a fresh `ci` stack there. */
export async function openExample(name: string, opts: OpenOptions = {}): Promise<ExampleProject> {
  const dir = path.join(ROOT, "examples", name);
  if (!packed) packPackage();
  packed = true;
  installExample(dir);
  const workDir = opts.workDir ?? path.join(ROOT, ".e2e", `example-${name.replace(/\//g, "-")}`);
  if (!opts.workDir) fs.rmSync(workDir, { recursive: true, force: true });
  fs.rmSync(path.join(dir, "Pulumi.ci.yaml"), { force: true });
  const cli = new PulumiCli({ projectDir: dir, workDir, stack: "ci" });
  await cli.stackInit();
  for (const [k, v] of Object.entries(opts.config ?? {})) await cli.configSet(k, v);
  for (const [k, v] of Object.entries(opts.secrets ?? {})) await cli.configSet(k, v, { secret: true });
  return { dir, cli, workDir };
}
