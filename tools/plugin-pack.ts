// Build step: the native plugin as a tarball for
// `pulumi plugin install resource aigov <version> --file <tarball>`. The engine
// unpacks it into $PULUMI_HOME/plugins/resource-aigov-v<version>/ and runs the
// executable `pulumi-resource-aigov` at its root, so the root holds that
// launcher, the built provider (dist/provider, dist/spec) and the packages it
// loads (node_modules), and nothing needs installing. There is no
// PulumiPlugin.yaml: with one, the install would run `npm install` in the folder.
// Usage: node dist/tools/plugin-pack.js [--out <folder>]; prints the tarball's path.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
const LAUNCHER = "pulumi-resource-aigov";

/** The launcher at the tarball's root; the engine runs it with the program folder as cwd, so it finds the code next to itself. */
const LAUNCHER_TEXT = `#!/usr/bin/env node
// The Pulumi plugin \`aigov\`, installed from its tarball: it serves the native
// provider built into dist/provider/native next to this file.
require("./dist/provider/native/main.js");
`;

/** Thrown when the build output the tarball is made of is missing. */
export class PluginPackError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PluginPackError";
  }
}

function packageVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;
}

/** The name the engine downloads under, e.g. `pulumi-resource-aigov-v0.1.0-linux-amd64.tar.gz`. */
export function tarballName(version: string, platform = process.platform, arch = process.arch): string {
  const os = platform === "win32" ? "windows" : platform;
  return `${LAUNCHER}-v${version}-${os}-${arch === "x64" ? "amd64" : arch}.tar.gz`;
}

function jsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? jsFiles(p) : e.name.endsWith(".js") ? [p] : [];
  });
}

/**
 * The package folders under node_modules the plugin loads: a fresh Node process
 * requires every module of the built provider (all but the entry point, which
 * would start serving) and the package's dependencies, and reports what it loaded.
 */
function loadedPackages(): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
  const entry = path.join(ROOT, "dist", "provider", "native", "main.js");
  const modules = [...jsFiles(path.join(ROOT, "dist", "provider")), ...jsFiles(path.join(ROOT, "dist", "spec"))].filter((f) => f !== entry);
  const script = `for (const m of ${JSON.stringify([...modules, ...Object.keys(pkg.dependencies ?? {})])}) require(m);
process.stdout.write(JSON.stringify(Object.keys(require.cache)));`;
  const loaded = JSON.parse(execFileSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" })) as string[];
  const folders = new Set<string>();
  for (const file of loaded) {
    const m = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(file);
    if (m) folders.add(m[1]!);
  }
  return [...folders].sort();
}

/** Copies a folder without its own node_modules (nested packages are copied on their own), type declarations and source maps. */
function copyPackage(from: string, to: string): void {
  fs.cpSync(from, to, {
    recursive: true,
    filter: (src) => {
      const rel = path.relative(from, src);
      return !rel.split(path.sep).includes("node_modules") && !/\.d\.ts$|\.map$/.test(src);
    },
  });
}

/** Lays out the plugin folder in `stage`: launcher, built provider, loaded packages, at the root. */
function stagePlugin(stage: string, version: string): void {
  for (const needed of ["dist/provider/native/main.js", "dist/provider/native/schema.json", "dist/spec/index.js"]) {
    if (!fs.existsSync(path.join(ROOT, needed))) throw new PluginPackError(`plugin-pack: ${needed} is missing; run \`npm run build\` first`);
  }
  fs.rmSync(stage, { recursive: true, force: true });
  fs.mkdirSync(stage, { recursive: true });
  fs.writeFileSync(path.join(stage, LAUNCHER), LAUNCHER_TEXT, { mode: 0o755 });
  // Pins CommonJS for the launcher and the code, whatever folder PULUMI_HOME sits in.
  fs.writeFileSync(path.join(stage, "package.json"), JSON.stringify({ name: LAUNCHER, version, private: true, type: "commonjs" }, null, 2) + "\n");
  for (const dir of ["dist/provider", "dist/spec"]) copyPackage(path.join(ROOT, dir), path.join(stage, dir));
  for (const folder of loadedPackages()) {
    const rel = path.relative(ROOT, folder);
    if (rel.startsWith("..")) throw new PluginPackError(`plugin-pack: ${folder} is outside the project's node_modules`);
    copyPackage(folder, path.join(stage, rel));
  }
}

/** Builds the tarball into `outDir` and answers its path. */
export function packPlugin(outDir: string): string {
  const version = packageVersion();
  const stage = path.join(outDir, "stage");
  stagePlugin(stage, version);
  const tarball = path.join(outDir, tarballName(version));
  execFileSync("tar", ["-czf", tarball, "-C", stage, ...fs.readdirSync(stage).sort()]);
  fs.rmSync(stage, { recursive: true, force: true });
  return tarball;
}

if (require.main === module) {
  const at = process.argv.indexOf("--out");
  const out = path.resolve(at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : path.join(ROOT, "dist", "plugin"));
  fs.mkdirSync(out, { recursive: true });
  process.stdout.write(`${packPlugin(out)}\n`);
}
