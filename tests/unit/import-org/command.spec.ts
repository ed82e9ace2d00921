// The command's arguments and its progress output.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { importOrg, parseArgs, summary } from "../../../sdk/import-org/command";
import { placeholdersOf } from "../../../sdk/import-org/placeholders";
import { writeProject } from "../../../sdk/import-org/project";
import { obj } from "./fake";
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

  it("--native takes no value and may come anywhere; without it the project is dynamic", () => {
    assert.equal(parseArgs(["--native", "--vendor", "portkey", "--out", "adopted"]).native, true);
    assert.equal(parseArgs(["--vendor", "portkey", "--out", "adopted", "--native"]).native, true);
    assert.equal(parseArgs(["--vendor", "portkey", "--out", "adopted"]).native, undefined);
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

  describe("the project written", () => {
    let out: string;
    before(() => (out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "import-org-")), "adopted")));
    after(() => fs.rmSync(path.dirname(out), { recursive: true, force: true }));
    const siem = obj("SiemConfig", "aaaaaaaa-2222-4222-8222-222222222222", { name: "SOC", providerType: "splunk", endpoint: "https://hec.example.test:8088" });
    const args = { vendor: "toktra" as const, out: "adopted", baseUrl: "https://api.toktra.test" };

    it("Pulumi.yaml names the API with the documented setting, toktra:apiUrl", () => {
      writeProject([siem], { ...args, out });
      assert.match(fs.readFileSync(path.join(out, "Pulumi.yaml"), "utf8"), /\n {2}toktra:apiUrl:\n {4}value: "https:\/\/api\.toktra\.test"\n/);
    });

    it("the README and the summary say what a placeholder holds for the object's provider type", () => {
      const hint = 'splunk takes credentials {"token": <HEC token>} and optionally "signing_secret"';
      assert.ok(fs.readFileSync(path.join(out, "README.md"), "utf8").includes(`| required; ${hint} |`));
      const text = summary(args, { files: [], counts: { SiemConfig: 1 }, placeholders: placeholdersOf(siem.spec, siem.inputs, "siemConfigSoc", "soc") });
      assert.ok(text.includes(`pulumi config set --secret siemConfigSocCredentials <value>    # SiemConfig soc.credentials: ${hint}`), text);
    });
  });

  describe("the project written with --native", () => {
    let out: string;
    before(() => (out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "import-org-")), "adopted")));
    after(() => fs.rmSync(path.dirname(out), { recursive: true, force: true }));
    const budget = obj("Budget", "aaaaaaaa-3333-4333-8333-333333333333", { monthlyLimit: 100 });
    const args = { vendor: "toktra" as const, out: "adopted", baseUrl: "https://api.toktra.test", native: true };
    const read = (f: string) => fs.readFileSync(path.join(out, f), "utf8");

    it("refuses an object whose write-only value is required, naming it, and writes nothing", () => {
      const itsm = obj("ItsmConfig", "servicenow", { name: "ServiceNow", providerType: "servicenow", instanceUrl: "https://acme.service-now.test" });
      assert.throws(
        () => writeProject([itsm], { ...args, out }),
        /--native: ItsmConfig "servicenow" requires credentials, which the API never returns.*leave --native out/,
      );
      assert.ok(!fs.existsSync(out));
    });

    it("Pulumi.yaml finds the plugin in the installed package and sets the URL in the aigov namespace", () => {
      writeProject([budget], { ...args, out });
      const yaml = read("Pulumi.yaml");
      assert.match(yaml, /\nplugins:\n {2}providers:\n {4}- name: aigov\n {6}path: \.\/node_modules\/pulumi-aigov\/bin\n/);
      assert.match(yaml, /\n {2}aigov:toktraApiUrl:\n {4}value: "https:\/\/api\.toktra\.test"\n/);
      assert.doesNotMatch(yaml, /toktra:apiUrl/);
    });

    it("the README and the summary name the native API key setting and why write-only values are ignored", () => {
      assert.match(read("README.md"), /pulumi config set --secret aigov:toktraApiKey <key>/);
      assert.match(read("README.md"), /write-only value: such values carry `ignoreChanges`/);
      const text = summary(args, { files: [], counts: { SiemConfig: 1 }, placeholders: [] });
      assert.match(text, /pulumi config set --secret aigov:toktraApiKey <key> && pulumi up/);
    });
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
