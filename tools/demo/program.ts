// The root project's program (Pulumi.yaml `main`): examples/quickstart/index.ts,
// run against this checkout's build. The build is installed as
// node_modules/pulumi-aigov (./install.ts), because the engine's provider process
// loads each dynamic provider by package name from the project folder.
import * as path from "path";
import { ROOT } from "./install";

// The example imports the package and the SDK by name; both must be the root's copies.
const pinned: Record<string, string> = {
  "pulumi-aigov": path.join(ROOT, "node_modules", "pulumi-aigov"),
  "@pulumi/pulumi": require.resolve("@pulumi/pulumi"),
};
const Module = require("module") as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const resolve = Module._resolveFilename;
Module._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]): string {
  return resolve.call(this, pinned[request] ?? request, ...rest);
};
require("ts-node").register({ transpileOnly: true, compilerOptions: { module: "commonjs" } });

module.exports = require(path.join(ROOT, "examples", "quickstart", "index.ts"));
