// Build step: Portkey's OpenAPI description (MIT, Portkey-AI/portkey-openapi),
// copied from YAML into dist/emulator/portkey/portkey-openapi.json, so that the
// emulator shipped in the package validates bodies against it without the
// reference folder, without a YAML parser, and starts in milliseconds.
import * as fs from "fs";
import { BUNDLED, locateOpenApi, readDescription } from "../emulator/portkey/openapi";

function main(): void {
  const source = locateOpenApi(process.env.AIGOV_PORTKEY_OPENAPI ?? undefined, { bundled: false });
  const doc = readDescription(source);
  const info = doc.info as Record<string, unknown> | undefined;
  const bundle = {
    openapi: doc.openapi,
    info: { title: info?.title, version: info?.version, license: info?.license },
    paths: doc.paths,
    components: doc.components,
  };
  fs.writeFileSync(BUNDLED, JSON.stringify(bundle));
  console.log(`openapi: ${source} bundled as ${BUNDLED} (${(fs.statSync(BUNDLED).size / 1024).toFixed(0)} KiB)`);
}

try {
  main();
} catch (err) {
  // A missing reference folder is a set-up problem: say so without a stack trace.
  console.error(`openapi: ${(err as Error).message}`);
  process.exit(1);
}
