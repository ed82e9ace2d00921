// `npm run gen`: writes the SDK's generated modules and the README's resource
// table from the resource descriptions, and removes generated modules no
// resource makes any more.
import * as fs from "fs";
import * as path from "path";
import { generate, leftovers } from "./generate";

function main(): void {
  // Run from tools/gen (ts-node) or from dist/tools/gen: the sources are in the repository root either way.
  const up = path.resolve(__dirname, "..", "..");
  const root = path.basename(up) === "dist" ? path.dirname(up) : up;
  const files = generate(root);
  let written = 0;
  for (const file of files) {
    const abs = path.join(root, file.path);
    if (fs.existsSync(abs) && fs.readFileSync(abs, "utf8") === file.text) continue;
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, file.text);
    written++;
    console.log(`gen: wrote ${file.path}`);
  }
  const stale = leftovers(root, files);
  for (const rel of stale) {
    fs.rmSync(path.join(root, rel));
    console.log(`gen: removed ${rel}`);
  }
  console.log(`gen: ${files.length} files, ${written} written, ${stale.length} removed`);
}

if (require.main === module) main();
