// Secrets audit: the API key, integration keys and configurations never appear
// in plaintext in exported state, state files, stack config, the engine's
// verbose logs or any error message.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import type * as auto from "@pulumi/pulumi/automation";
import { useEmulator } from "../../helpers/emulator";
import { sdk } from "../../helpers/installed";
import { plainStackExport } from "../../helpers/paths";
import { newStack, workFolder } from "../../helpers/stack";

const emulator = useEmulator();

const INTEGRATION_KEY = "sk-audit-integration-key-5f1e";
const AZURE_SECRET = "azure-audit-client-secret-77aa";
const WRONG_KEY = "pk-audit-wrong-key-0c3d";

function files(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe("secrets audit (real engine, logs at -v=8 with --logflow)", function () {
  this.timeout(300_000);
  let stack: auto.Stack;
  const seen: string[] = [];
  let description = "first";
  // -v=8 is the most verbose level that is clean: from -v=9 the engine traces raw
  // RPC payloads, secret program inputs included, whatever the provider.
  const verbose = { logVerbosity: 8, logFlow: true, logToStdErr: true, onOutput: (s: string) => seen.push(s) };

  before(async () => {
    const s = sdk();
    stack = await newStack(async () => {
      const ws = new s.portkey.Workspace("ws", { name: "Audit" });
      const integration = new s.portkey.Integration("azure", {
        name: "Audit Azure",
        aiProviderId: "azure-openai",
        key: INTEGRATION_KEY,
        configurations: { azure_resource_name: "audit", azure_client_secret: AZURE_SECRET },
        description,
      });
      const access = new s.portkey.IntegrationWorkspaceAccess("access", { integrationId: integration.slug, workspaceId: ws.id });
      new s.portkey.VirtualKey("vk", { name: "audit key", workspaceId: ws.id, integrationId: integration.slug }, { dependsOn: [access] });
    }, { portkeyBaseUrl: emulator().portkeyBaseUrl, portkeyKey: emulator().portkeyKey }, "audit");
  });

  it("no plaintext secret anywhere after up, preview, refresh and a failed update", async () => {
    const results: { stdout: string; stderr: string }[] = [];
    results.push(await stack.up(verbose));
    results.push(await stack.preview(verbose));
    results.push(await stack.refresh(verbose));
    // A wrong key: the API refuses, and the error must not repeat the key.
    await stack.setConfig("portkey:apiKey", { value: WRONG_KEY, secret: true });
    description = "second";
    let passed: auto.UpResult | undefined;
    const err = (await stack.up(verbose).then((r) => void (passed = r), (e: Error) => e)) as Error;
    assert.ok(err, `up with a wrong key should fail; it reported ${JSON.stringify(passed?.summary.resourceChanges)}:\n${passed?.stdout.slice(-2000)}`);
    assert.match(err.message, /401 \(AB05\).*portkey:apiKey.*PORTKEY_API_KEY/s);
    // Destroy uses the provider config of the last update, so a good up comes first.
    await stack.setConfig("portkey:apiKey", { value: emulator().portkeyKey, secret: true });
    results.push(await stack.up(verbose));

    const work = stack.workspace.workDir;
    const haystacks: [string, string][] = [
      ["pulumi stack export", plainStackExport(work, path.join(workFolder(), "engine"))],
      ["engine output", seen.join("")],
      ...results.map((r, i): [string, string] => [`operation ${i} stdout/stderr`, r.stdout + r.stderr]),
      ["error message", err.message],
      ...files(path.join(workFolder(), "engine", "backend")).map((f): [string, string] => [f, fs.readFileSync(f, "utf8")]),
      ...files(path.join(workFolder(), "engine", "home", "logs")).map((f): [string, string] => [f, fs.readFileSync(f, "utf8")]),
      ["stack config", fs.readFileSync(path.join(work, "Pulumi.dev.yaml"), "utf8")],
    ];
    const secrets = [emulator().portkeyKey, WRONG_KEY, INTEGRATION_KEY, AZURE_SECRET];
    const hits = haystacks.flatMap(([where, text]) => secrets.filter((s) => text.includes(s)).map((s) => `${s.slice(0, 6)}... in ${where}`));
    const bytes = haystacks.reduce((n, [, t]) => n + t.length, 0);
    console.log(`      secrets audit: ${haystacks.length} places, ${bytes} bytes searched for ${secrets.length} secrets; ${hits.length} plaintext hits`);
    if (process.env.AIGOV_DEBUG) for (const [where, text] of haystacks) for (const line of text.split("\n")) if (secrets.some((x) => line.includes(x))) console.log(where, "::", line.slice(0, 400));
    assert.deepEqual(hits, []);
  });

  after(async () => {
    await stack?.destroy();
  });
});
