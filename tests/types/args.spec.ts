// The SDK's argument types, checked by the TypeScript compiler for every
// resource of the registry: a required argument left out, and a misspelled one,
// are compile errors at that line; a construction with every required argument
// compiles. Nothing here lists resources or fields: they come from RESOURCES.
import * as path from "path";
import { expect } from "chai";
import * as ts from "typescript";
import { RESOURCES } from "../../spec";
import { ROOT } from "../helpers/paths";
import { program } from "./cases";

const FILE = path.join(ROOT, "args-cases.generated.ts");

/** Compiles the cases against the SDK's source; the errors of the cases' file by line, and those of any other file. */
function compile(source: string): { byLine: Map<number, string[]>; elsewhere: string[] } {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    esModuleInterop: true,
    types: ["node"],
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, lang, ...rest) => (path.resolve(name) === FILE ? ts.createSourceFile(name, source, lang) : getSourceFile(name, lang, ...rest));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => path.resolve(name) === FILE || fileExists(name);
  const prog = ts.createProgram([FILE], options, host);
  const byLine = new Map<number, string[]>();
  const elsewhere: string[] = [];
  for (const d of ts.getPreEmitDiagnostics(prog)) {
    const text = ts.flattenDiagnosticMessageText(d.messageText, " ");
    if (!d.file || path.resolve(d.file.fileName) !== FILE || d.start === undefined) {
      elsewhere.push(`${d.file?.fileName ?? "?"}: ${text}`);
      continue;
    }
    const line = d.file.getLineAndCharacterOfPosition(d.start).line + 1;
    byLine.set(line, [...(byLine.get(line) ?? []), text]);
  }
  return { byLine, elsewhere };
}

describe("the SDK's argument types, from the registry", function () {
  this.timeout(120000);
  const { source, cases } = program(RESOURCES, "./index");
  let result: ReturnType<typeof compile>;

  before(() => {
    result = compile(source);
  });

  it("the SDK itself compiles", () => {
    expect(result.elsewhere).to.deep.equal([]);
  });

  for (const c of cases) {
    it(`${c.resource} ${c.label}`, () => {
      const errors = result.byLine.get(c.line) ?? [];
      const line = source.split("\n")[c.line - 1];
      if (!c.error) expect(errors, `line ${c.line}: ${line}`).to.deep.equal([]);
      else
        expect(
          errors.some((e) => c.error!.test(e)),
          `line ${c.line}: ${line}\nerrors: ${JSON.stringify(errors)}`,
        ).to.equal(true);
    });
  }
});
