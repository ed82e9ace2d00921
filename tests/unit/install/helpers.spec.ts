// The pieces of the peer-range test that decide what it proves: which versions
// it picks and what a failing `pulumi` command shows.
import { expect } from "chai";
import * as fs from "fs";
import * as path from "path";
import { PulumiCliError, redact } from "../../helpers/cli";
import { highestVersion, peerRange } from "../../helpers/npm-program";
import { ROOT } from "../../helpers/paths";

describe("peer-range test helpers", () => {
  const newest: [string, string[], string][] = [
    ["by number, not by text", ["3.96.0", "3.259.0", "3.276.0", "3.270.0"], "3.276.0"],
    ["minor before patch", ["3.100.9", "3.101.0"], "3.101.0"],
    ["patch", ["3.259.0", "3.259.1"], "3.259.1"],
    ["pre-releases left out", ["3.276.0", "3.277.0-alpha.1"], "3.276.0"],
    ["a single version", ["3.259.0"], "3.259.0"],
  ];
  for (const [what, versions, want] of newest) {
    it(`the newest version: ${what}`, () => expect(highestVersion(versions)).to.equal(want));
  }

  it("the newest version of no stable version is an error", () => {
    expect(() => highestVersion(["4.0.0-beta.1"])).to.throw(/no stable version/);
  });

  it("the oldest supported SDK, the peer range's lower bound, is the one the repository builds with", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { devDependencies: Record<string, string> };
    expect(peerRange().oldest).to.equal(pkg.devDependencies["@pulumi/pulumi"]);
  });

  it("a failing command's message names it and carries its output with secrets redacted", () => {
    const output = redact("error: 401 for key pk-live-123 and pk-live-123", ["pk-live-123", ""]);
    const err = new PulumiCliError(["up", "--yes"], 255, output);
    expect(err.message).to.equal("`pulumi up --yes` exited with 255:\nerror: 401 for key [secret] and [secret]");
    expect(err).to.be.instanceOf(Error);
  });
});
