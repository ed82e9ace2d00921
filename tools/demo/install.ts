// Installs this checkout's build as node_modules/pulumi-aigov, the way a user's
// project has the package, so that a serialized dynamic provider is a one-line
// `require` by package name that the engine's provider process can resolve.
import * as fs from "fs";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "..", "..", "..");

/** Copies package.json and the built dist into node_modules/pulumi-aigov (a copy: a symlink would resolve back outside node_modules). */
export function installBuild(root = ROOT): string {
  const pkg = path.join(root, "node_modules", "pulumi-aigov");
  fs.rmSync(pkg, { recursive: true, force: true });
  fs.mkdirSync(path.join(pkg, "dist"), { recursive: true });
  fs.copyFileSync(path.join(root, "package.json"), path.join(pkg, "package.json"));
  for (const entry of ["index.js", "index.d.ts", "spec", "provider", "sdk", "emulator"]) {
    fs.cpSync(path.join(root, "dist", entry), path.join(pkg, "dist", entry), { recursive: true });
  }
  return pkg;
}
