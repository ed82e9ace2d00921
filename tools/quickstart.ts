// Puts an example where a user has it: the package packed, then installed into
// the example's own node_modules next to its own @pulumi/pulumi.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { ROOT } from "../tests/helpers/paths";

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

export const DEMO_OPENAI_KEY = "sk-demo-openai-key-not-real-1234";
