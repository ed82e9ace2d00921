// The README's first command: `npm run demo` runs the root project (Pulumi.yaml)
// with the pulumi CLI against the embedded emulator. The build is already done
// by `npm test`, so this runs the demo's own step.
import { strict as assert } from "assert";
import { execFile } from "child_process";
import * as path from "path";
import { promisify } from "util";
import { ROOT } from "../helpers/paths";

describe("npm run demo: the root Pulumi project, a real `pulumi up` against the embedded emulator", function () {
  this.timeout(600_000);

  it("creates the quickstart's five resources and prints their outputs", async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(ROOT, "dist", "tools", "demo", "main.js")], { cwd: ROOT });
    assert.match(stdout, /\+ 6 created/, stdout);
    for (const output of ["workspaceId", "integrationSlug", "virtualKeyId", "gatewayConfigSlug"]) assert.match(stdout, new RegExp(`${output}\\s*:`), stdout);
    assert.match(stdout, /Created in the emulator: .*POST \/v1\/admin\/workspaces.*POST \/v1\/providers/, stdout);
    assert.doesNotMatch(stdout, /sk-demo-openai-key/, "the demo printed a secret");
  });
});
