// scripts/engine.sh and the language host: built once per source, rebuilt when
// the source changes, an installed one used when the source is absent, and a
// clear failure when neither is there. Go is never run: the CLI in the engine
// folder and the language host's build.sh are stand-ins.
import { expect } from "chai";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { engineVersion, ROOT } from "../../helpers/paths";

const SCRIPT = path.join(ROOT, "scripts", "engine.sh");

function executable(file: string, body: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
}

describe("scripts/engine.sh: the Node language host", () => {
  let tmp: string;
  let bin: string;
  let src: string;
  let installed: string;

  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "aigov-engine-sh-"));
    bin = path.join(tmp, "engine", engineVersion(), "bin");
    executable(path.join(bin, "pulumi"), `echo ${engineVersion()}`);
    src = path.join(tmp, "src");
    fs.mkdirSync(src, { recursive: true });
    for (const f of ["go.mod", "go.sum", "main.go"]) fs.writeFileSync(path.join(src, f), `// ${f}\n`);
    executable(
      path.join(src, "build.sh"),
      `echo built >> "${tmp}/builds"; printf '#!/bin/sh\\n' > "$1/pulumi-language-nodejs"; chmod +x "$1/pulumi-language-nodejs"`,
    );
    installed = path.join(tmp, "installed");
    // The script asks for Go before a build; the stand-in build.sh never calls it.
    executable(path.join(tmp, "tools", "go"), "exit 0");
  });

  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  function run(opt: { source?: boolean; installedVersion?: string } = {}) {
    if (opt.installedVersion) {
      executable(path.join(installed, "pulumi"), `echo ${opt.installedVersion}`);
      executable(path.join(installed, "pulumi-language-nodejs"), "exit 0");
    }
    const env = {
      HOME: tmp,
      AIGOV_ENGINE_DIR: path.join(tmp, "engine"),
      AIGOV_LANGHOST_SRC: opt.source === false ? path.join(tmp, "absent") : src,
      PATH: [installed, path.join(tmp, "tools"), "/usr/bin", "/bin"].join(path.delimiter),
    };
    const r = spawnSync("bash", [SCRIPT], { env, encoding: "utf8" });
    const builds = fs.existsSync(path.join(tmp, "builds")) ? fs.readFileSync(path.join(tmp, "builds"), "utf8").trim().split("\n").length : 0;
    return { code: r.status, out: `${r.stdout}${r.stderr}`, builds };
  }

  it("builds it next to the CLI once, then finds it cached", () => {
    const first = run();
    expect(first.code, first.out).to.equal(0);
    expect(first.out).to.contain("engine: building pulumi-language-nodejs");
    expect(fs.statSync(path.join(bin, "pulumi-language-nodejs")).mode & 0o111).to.not.equal(0);
    const second = run();
    expect(second.out).to.contain(`engine: cached pulumi-language-nodejs at ${bin}`);
    expect(second.builds).to.equal(1);
  });

  const changes: [string, string][] = [
    ["a Go file", "main.go"],
    ["go.sum", "go.sum"],
    ["build.sh", "build.sh"],
  ];
  for (const [what, file] of changes) {
    it(`rebuilds it when ${what} changes`, () => {
      run();
      fs.appendFileSync(path.join(src, file), "\n# changed\n");
      const again = run();
      expect(again.out).to.contain("engine: building pulumi-language-nodejs");
      expect(again.builds).to.equal(2);
    });
  }

  it("without the source, links the language host of an installed pulumi >= the pinned version", () => {
    const r = run({ source: false, installedVersion: "v3.276.0" });
    expect(r.code, r.out).to.equal(0);
    expect(r.out).to.contain(`using the installed pulumi-language-nodejs of pulumi v3.276.0 at ${installed}`);
    expect(fs.readlinkSync(path.join(bin, "pulumi-language-nodejs"))).to.equal(path.join(installed, "pulumi-language-nodejs"));
  });

  const refusals: [string, string | undefined][] = [
    ["no pulumi on PATH", undefined],
    ["an installed pulumi older than the pin", "v3.200.0"],
  ];
  for (const [what, installedVersion] of refusals) {
    it(`without the source and with ${what}, fails and says where the source belongs`, () => {
      const r = run({ source: false, installedVersion });
      expect(r.code).to.equal(1);
      expect(r.out).to.contain("the source of Pulumi's Node language host is missing");
      expect(r.out).to.contain("../shared/tools/pulumi-language-nodejs");
      expect(fs.existsSync(path.join(bin, "pulumi-language-nodejs"))).to.equal(false);
    });
  }
});
