// A Pulumi program folder made the way a user makes one: the quickstart's files,
// then a plain `npm install` of one @pulumi/pulumi version beside the packed
// package. npm must resolve the peer dependency by itself (no --legacy-peer-deps,
// no --force), so an install that succeeds is the compatibility claim.
import { execFile } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { ROOT } from "./paths";

const SDK = "@pulumi/pulumi";

/** The peer range package.json declares, and its lower bound (the oldest supported SDK). */
export function peerRange(): { range: string; oldest: string } {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { peerDependencies: Record<string, string> };
  const range = pkg.peerDependencies[SDK]!;
  const m = /^>=\s*(\d+\.\d+\.\d+)\s+<\s*(\d+)$/.exec(range);
  if (!m) throw new Error(`peerDependencies["${SDK}"] is "${range}", not of the form ">=X.Y.Z <N"`);
  return { range, oldest: m[1]! };
}

/** Stable x.y.z versions by semver precedence. */
export function highestVersion(versions: string[]): string {
  const parse = (v: string) => v.split(".").map(Number);
  const stable = versions.filter((v) => /^\d+\.\d+\.\d+$/.test(v));
  if (stable.length === 0) throw new Error(`no stable version among ${versions.join(", ")}`);
  return stable.reduce((best, v) => {
    const [a, b] = [parse(v), parse(best)];
    const i = a.findIndex((x, k) => x !== b[k]);
    return i >= 0 && a[i]! > b[i]! ? v : best;
  });
}

/** The newest 3.x the npm registry serves now. */
export async function newestSdkVersion(): Promise<string> {
  const out = await npm(["view", `${SDK}@3`, "version", "--json"], ROOT);
  const parsed = JSON.parse(out.stdout) as string | string[];
  return highestVersion(Array.isArray(parsed) ? parsed : [parsed]);
}

export interface ProgramInstall {
  dir: string;
  sdkVersion: string;
  /** npm's own output, for messages. */
  output: string;
  ms: number;
}

/** Copies examples/quickstart into `dir` and installs exactly the given SDK version beside the tarball. */
export async function installProgram(dir: string, sdkVersion: string, tarball: string): Promise<ProgramInstall> {
  const example = path.join(ROOT, "examples", "quickstart");
  fs.mkdirSync(dir, { recursive: true });
  for (const f of ["Pulumi.yaml", "index.ts"]) fs.copyFileSync(path.join(example, f), path.join(dir, f));
  // As examples/quickstart/package.json: the SDK and this package, nothing else (the SDK brings its own TypeScript runner).
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "aigov-quickstart", private: true, main: "index.ts" }, null, 2));
  return installInto(dir, sdkVersion, tarball);
}

/** Installs exactly the given SDK version beside the tarball into a project folder that has its own package.json. */
export async function installInto(dir: string, sdkVersion: string, tarball: string): Promise<ProgramInstall> {
  const started = Date.now();
  // Explicit, so no .npmrc on the machine can relax the peer check this install exists for.
  const strict = ["--legacy-peer-deps=false", "--force=false"];
  const out = await npm(["install", "--no-audit", "--no-fund", "--save-exact", ...strict, `${SDK}@${sdkVersion}`, tarball], dir);
  return { dir, sdkVersion, output: `${out.stdout}${out.stderr}`, ms: Date.now() - started };
}

/** The installed version of a package in a program folder, or undefined. */
export function installedVersion(dir: string, name: string): string | undefined {
  const file = path.join(dir, "node_modules", name, "package.json");
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as { version: string }).version : undefined;
}

/** The @pulumi/pulumi package a script belongs to: its folder and version. */
export function sdkOf(script: string): { root: string; version: string } | undefined {
  for (let d = path.dirname(script); d !== path.dirname(d); d = path.dirname(d)) {
    const file = path.join(d, "package.json");
    if (!fs.existsSync(file)) continue;
    const pkg = JSON.parse(fs.readFileSync(file, "utf8")) as { name?: string; version: string };
    if (pkg.name === SDK) return { root: d, version: pkg.version };
  }
  return undefined;
}

/** npm as a user runs it from a shell: none of the npm_* settings of an enclosing `npm test`. */
function npm(args: string[], cwd: string): Promise<{ stdout: string; stderr: string }> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith("npm_")));
  return new Promise((resolve, reject) => {
    execFile("npm", args, { cwd, env, encoding: "utf8", maxBuffer: 32 << 20, timeout: 300_000 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`\`npm ${args.join(" ")}\` in ${cwd} failed (${err.code ?? err.signal}):\n${stdout}${stderr}`));
      else resolve({ stdout, stderr });
    });
  });
}
