// Every entry point of the package resolves to its type declarations under the
// module resolutions programs use: Pulumi compiles a TypeScript program with
// the classic `node` resolution, which reads `typesVersions`, not `exports`.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { expect } from "chai";
import * as ts from "typescript";
import { ROOT } from "../helpers/paths";

type Entry = { types?: string };
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { name: string; exports: Record<string, Entry | string> };
const ENTRIES = Object.entries(pkg.exports).filter((e): e is [string, Required<Entry>] => typeof e[1] === "object" && !!e[1].types);

describe("package entry points, as a program's compiler resolves them", () => {
  let program: string;
  before(() => {
    program = fs.mkdtempSync(path.join(os.tmpdir(), "aigov-subpaths-"));
    fs.mkdirSync(path.join(program, "node_modules"));
    fs.symlinkSync(ROOT, path.join(program, "node_modules", pkg.name), "dir");
  });
  after(() => fs.rmSync(program, { recursive: true, force: true }));

  const resolutions: [string, ts.CompilerOptions][] = [
    ["node (Pulumi's default)", { moduleResolution: ts.ModuleResolutionKind.Node10, module: ts.ModuleKind.CommonJS }],
    ["node16", { moduleResolution: ts.ModuleResolutionKind.Node16, module: ts.ModuleKind.Node16 }],
  ];
  for (const [name, options] of resolutions) {
    for (const [subpath, entry] of ENTRIES) {
      const specifier = path.posix.join(pkg.name, subpath);
      it(`${specifier} under ${name} resolution: ${entry.types}`, () => {
        const found = ts.resolveModuleName(specifier, path.join(program, "index.ts"), options, ts.sys).resolvedModule;
        expect(found, `${specifier} does not resolve`).to.not.equal(undefined);
        expect(fs.realpathSync(found!.resolvedFileName)).to.equal(fs.realpathSync(path.join(ROOT, entry.types)));
      });
    }
  }
});
