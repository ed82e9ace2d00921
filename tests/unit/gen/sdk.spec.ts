// The committed SDK modules and README table are what the generator makes from
// the descriptions now: a description changed without `npm run gen` fails here.
import * as fs from "fs";
import * as path from "path";
import { expect } from "chai";
import { RESOURCES } from "../../../spec";
import { generate, leftovers } from "../../../tools/gen/generate";
import { ROOT } from "../../helpers/paths";

describe("generated files are up to date with spec/", () => {
  const files = generate(ROOT);

  for (const file of files) {
    it(`${file.path} is what \`npm run gen\` makes`, () => {
      const abs = path.join(ROOT, file.path);
      const committed = fs.existsSync(abs) ? fs.readFileSync(abs, "utf8") : undefined;
      expect(committed, `${file.path} is missing; run \`npm run gen\` and commit the result`).to.not.equal(undefined);
      expect(committed === file.text, `${file.path} differs from what spec/ generates; run \`npm run gen\` and commit the result`).to.equal(true);
    });
  }

  it("no generated module is left over from a resource that is gone", () => {
    expect(leftovers(ROOT, files), "generated files no resource makes; run `npm run gen` (it removes them)").to.deep.equal([]);
  });

  it("every resource of the registry has its module, and each vendor its index", () => {
    const paths = files.map((f) => f.path);
    expect(paths).to.include.members(["sdk/portkey/index.ts", "sdk/toktra/index.ts", "README.md"]);
    expect(paths).to.include.members(RESOURCES.map((r) => `sdk/${r.vendor}/${r.file}.ts`));
  });
});
