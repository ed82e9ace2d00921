// Runs examples/quickstart the way a user would: the package is packed, installed
// into the example's own node_modules next to its own @pulumi/pulumi, and the
// program is driven by the real engine through the Automation API (from the
// example's own @pulumi/pulumi), which lets the demo and its test read outputs
// and events directly. `pulumi up` in a project folder, with the CLI and its
// language host, is covered by tests/e2e/install/peer-range.spec.ts.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type * as automation from "@pulumi/pulumi/automation";
import { engineRoot, offlineEnv, ROOT } from "../tests/helpers/paths";

export const EXAMPLE_DIR = path.join(ROOT, "examples", "quickstart");

/** `npm pack` into .e2e/pulumi-aigov.tgz, the file the example depends on. */
export function packPackage(): string {
  const out = path.join(ROOT, ".e2e");
  fs.mkdirSync(out, { recursive: true });
  const name = execFileSync("npm", ["pack", "--silent", "--pack-destination", out], { cwd: ROOT, encoding: "utf8" }).trim().split("\n").pop()!;
  const tarball = path.join(out, "pulumi-aigov.tgz");
  fs.renameSync(path.join(out, name), tarball);
  return tarball;
}

/** Installs the example's dependencies, the packed package among them. */
export function installExample(dir = EXAMPLE_DIR): void {
  // A reinstall must pick up a freshly packed tarball of the same version.
  fs.rmSync(path.join(dir, "node_modules", "pulumi-aigov"), { recursive: true, force: true });
  fs.rmSync(path.join(dir, "package-lock.json"), { force: true });
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--no-package-lock"], { cwd: dir, stdio: "pipe" });
}

export interface QuickstartTarget {
  portkeyBaseUrl: string;
  portkeyKey: string;
  /** Stable folder for the stack's config and state. */
  workDir: string;
  stackName?: string;
}

export const DEMO_OPENAI_KEY = "sk-demo-openai-key-not-real-1234";

export async function quickstartStack(t: QuickstartTarget, dir = EXAMPLE_DIR): Promise<automation.Stack> {
  // The example's own copy of @pulumi/pulumi must host the program, since the
  // example's resources register through it.
  const auto = require(require.resolve("@pulumi/pulumi/automation", { paths: [dir] })) as typeof automation;
  require("ts-node").register({ transpileOnly: true, compilerOptions: { module: "commonjs" }, dir });
  const entry = path.join(dir, "index.ts");
  const program = async () => {
    delete require.cache[entry];
    return require(entry) as Record<string, unknown>;
  };
  fs.mkdirSync(t.workDir, { recursive: true });
  const stack = await auto.LocalWorkspace.createOrSelectStack(
    { stackName: t.stackName ?? "dev", projectName: "aigov-quickstart", program },
    {
      workDir: t.workDir,
      pulumiCommand: await auto.PulumiCommand.get({ root: engineRoot() }),
      projectSettings: { name: "aigov-quickstart", runtime: "nodejs", main: dir },
      envVars: offlineEnv(path.join(t.workDir, "engine")),
    },
  );
  await stack.setAllConfig({
    "portkey:apiKey": { value: t.portkeyKey, secret: true },
    "portkey:baseUrl": { value: t.portkeyBaseUrl },
    "aigov-quickstart:openaiApiKey": { value: DEMO_OPENAI_KEY, secret: true },
  });
  return stack;
}
