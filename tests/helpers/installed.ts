// Installs the built package into a program folder's node_modules, the way a
// user has it. Only then is the serialized provider a one-line `require` of the
// package, and only then does the provider process find the code by name.
import * as fs from "fs";
import * as path from "path";
import { ROOT } from "./paths";

export type Sdk = typeof import("../../index");
export type NativeSdk = typeof import("../../sdk/native");

let programDir: string | undefined;

/** A folder inside the repo whose node_modules holds a copy of the package. */
export function programFolder(): string {
  if (programDir) return programDir;
  // A process of its own (the suite runs the lifecycles beside the rest) gets a folder of its own.
  const dir = path.join(path.resolve(ROOT, process.env.AIGOV_E2E_DIR || ".e2e"), "program");
  const pkg = path.join(dir, "node_modules", "pulumi-aigov");
  fs.rmSync(pkg, { recursive: true, force: true });
  fs.mkdirSync(path.join(pkg, "dist"), { recursive: true });
  fs.copyFileSync(path.join(ROOT, "package.json"), path.join(pkg, "package.json"));
  for (const entry of ["index.js", "index.d.ts", "spec", "provider", "sdk", "emulator"]) {
    fs.cpSync(path.join(ROOT, "dist", entry), path.join(pkg, "dist", entry), { recursive: true });
  }
  // The native plugin's launcher, as the package ships it (bin/ with its mode).
  fs.cpSync(path.join(ROOT, "bin"), path.join(pkg, "bin"), { recursive: true });
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "aigov-e2e-program", private: true }));
  programDir = dir;
  return dir;
}

/** The SDK as the installed package, sharing this process's @pulumi/pulumi. */
export function sdk(): Sdk {
  return require(path.join(programFolder(), "node_modules", "pulumi-aigov")) as Sdk;
}

/** The native SDK (`pulumi-aigov/native`) of the installed package. */
export function nativeSdk(): NativeSdk {
  return require(path.join(programFolder(), "node_modules", "pulumi-aigov", "dist", "sdk", "native")) as NativeSdk;
}

/** The folder holding the installed package's plugin launcher, for `Pulumi.yaml` `plugins.providers`. */
export function pluginFolder(): string {
  return path.join(programFolder(), "node_modules", "pulumi-aigov", "bin");
}
