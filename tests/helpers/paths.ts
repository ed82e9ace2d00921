import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/** The repository root (tests run from dist/tests/...). */
export const ROOT = path.resolve(__dirname, "..", "..", "..");

/** The pinned engine version, read from the Go wrapper module. */
export function engineVersion(): string {
  const gomod = fs.readFileSync(path.join(ROOT, "tools", "pulumi-cli", "go.mod"), "utf8");
  const m = /github\.com\/pulumi\/pulumi\/pkg\/v3 (v[0-9.]+)/.exec(gomod);
  if (!m) throw new Error("no pulumi pin in tools/pulumi-cli/go.mod");
  return m[1]!;
}

/** Where scripts/engine.sh puts the CLI (the folder holding bin/pulumi). */
export function engineRoot(): string {
  const base = process.env.AIGOV_ENGINE_DIR ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), ".cache"), "pulumi-aigov", "engine");
  const dir = path.join(base, engineVersion());
  if (!fs.existsSync(path.join(dir, "bin", "pulumi"))) {
    throw new Error(`the Pulumi engine is not built at ${dir}; run \`bash scripts/engine.sh\``);
  }
  return dir;
}

/** Environment for fully offline engine runs with a file backend. */
export function offlineEnv(work: string): Record<string, string> {
  fs.mkdirSync(path.join(work, "backend"), { recursive: true });
  fs.mkdirSync(path.join(work, "home"), { recursive: true });
  return {
    PULUMI_BACKEND_URL: `file://${path.join(work, "backend")}`,
    PULUMI_HOME: path.join(work, "home"),
    PULUMI_CONFIG_PASSPHRASE: "aigov-local",
    PULUMI_SKIP_UPDATE_CHECK: "true",
    PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
    // Node 22 first, so the engine's provider process runs on it.
    PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ""}`,
  };
}

/** `pulumi stack export` exactly as a user runs it (no --show-secrets). */
export function plainStackExport(workDir: string, engineWork: string, stack = "dev"): string {
  const { execFileSync } = require("child_process") as typeof import("child_process");
  return execFileSync(path.join(engineRoot(), "bin", "pulumi"), ["stack", "export", "--stack", stack], {
    cwd: workDir,
    env: { ...process.env, ...offlineEnv(engineWork) },
    encoding: "utf8",
  });
}
