// Build step: one module per resource under dist/provider/shims whose exports
// *are* that resource's dynamic provider. The engine serializes a provider that
// is a module's exports as a `require` of it, so the state holds one short line
// per resource instead of the provider's code.
import * as fs from "fs";
import * as path from "path";
import { RESOURCES } from "../spec";
import { shimPath } from "../provider/core/module";

const PROVIDER_DIR = path.join(__dirname, "..", "provider");

function main(): void {
  for (const spec of RESOURCES) {
    const file = path.join(PROVIDER_DIR, shimPath(spec));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const core = path
      .relative(path.dirname(file), path.join(PROVIDER_DIR, "core", "module"))
      .split(path.sep)
      .join("/");
    const text = `"use strict";\n// Built from spec/${spec.vendor}/${spec.file}.ts: the dynamic provider of ${spec.vendor}:${spec.name}.\nmodule.exports = require("${core}").providerModule("${spec.vendor}", "${spec.file}");\n`;
    fs.writeFileSync(file, text);
  }
  console.log(`shims: ${RESOURCES.length} provider modules written under ${path.relative(process.cwd(), path.join(PROVIDER_DIR, "shims"))}`);
}

if (require.main === module) main();
