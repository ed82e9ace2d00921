// The command's arguments and its progress output.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { importOrg, parseArgs } from "../../../sdk/import-org/command";
import { Progress } from "../../../sdk/import-org/progress";

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, out: { isTTY, write: (t: string) => chunks.push(t) } };
}

describe("import-org: arguments and progress", () => {
  it("reads vendor, workspace, out and page size", () => {
    assert.deepEqual(parseArgs(["--vendor", "portkey", "--workspace", "ws-1", "--out", "adopted", "--page-size", "20"]), {
      vendor: "portkey",
      out: "adopted",
      workspace: "ws-1",
      pageSize: 20,
      baseUrl: undefined,
    });
  });

  const bad: [string, string[], RegExp][] = [
    ["an unknown vendor", ["--vendor", "openai", "--out", "x"], /--vendor: must be portkey or toktra/],
    ["no --out", ["--vendor", "toktra"], /--out: the folder to write the project in is required/],
    ["an unknown option", ["--vendor", "toktra", "--out", "x", "--api-key", "k"], /--api-key: unknown option/],
    ["a flag without a value", ["--vendor", "toktra", "--out"], /--out: needs a value/],
    ["a page size out of range", ["--vendor", "toktra", "--out", "x", "--page-size", "500"], /--page-size: a whole number from 1 to 100/],
  ];
  for (const [what, argv, message] of bad) it(`refuses ${what}`, () => assert.throws(() => parseArgs(argv), message));

  describe("refusals before anything is read", () => {
    let dir: string;
    let saved: string | undefined;
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), "import-org-"));
      fs.writeFileSync(path.join(dir, "index.ts"), "// the user's own program\n");
      saved = process.env.TOKTRA_API_KEY;
      delete process.env.TOKTRA_API_KEY;
    });
    after(() => {
      fs.rmSync(dir, { recursive: true, force: true });
      if (saved !== undefined) process.env.TOKTRA_API_KEY = saved;
    });
    const cases: [string, () => Parameters<typeof importOrg>[0], RegExp][] = [
      ["a folder with files in it", () => ({ vendor: "toktra", out: dir }), /--out .*: the folder is not empty/],
      [
        "--workspace for a vendor without workspaces",
        () => ({ vendor: "toktra", out: path.join(dir, "new"), workspace: "w" }),
        /--workspace: toktra has no workspaces/,
      ],
      [
        "no API key in the environment",
        () => ({ vendor: "toktra", out: path.join(dir, "new") }),
        /no toktra API key: set the TOKTRA_API_KEY environment variable/,
      ],
    ];
    for (const [what, args, message] of cases) it(`refuses ${what}`, () => assert.rejects(importOrg(args()), message));

    it("leaves the user's folder as it was", () => assert.deepEqual(fs.readdirSync(dir), ["index.ts"]));
  });

  it("prints a count per resource type; no bar when stderr is not a terminal", () => {
    const s = stream(false);
    const p = new Progress(s.out, ["Workspace", "VirtualKey"]);
    p.start("Workspace");
    p.object();
    p.object();
    p.finish();
    p.start("VirtualKey");
    p.finish();
    assert.equal(s.chunks.join(""), "Workspace: 2\nVirtualKey: 0\n");
  });

  it("draws a bar over the types on a terminal, redrawn as objects arrive", () => {
    const s = stream(true);
    const p = new Progress(s.out, ["Workspace", "VirtualKey"]);
    p.start("Workspace");
    p.object();
    p.finish();
    p.start("VirtualKey");
    const text = s.chunks.join("");
    assert.match(text, /\[-{24}\] 0\/2 Workspace: 1/);
    assert.match(text, /\[#{12}-{12}\] 1\/2 VirtualKey: 0/);
    assert.match(text, /Workspace: 1\n/);
  });
});
