// examples/toktra-governance, the "Complete example" of Toktra's Terraform
// provider docs, as a user runs it: the packed package installed into a copy of
// the example's folder, the real `pulumi` CLI, the emulator as the API, and the
// provider configured by TOKTRA_API_URL and TOKTRA_API_KEY alone.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { installExample, packPackage } from "../../tools/quickstart";
import { PulumiCli } from "../helpers/cli";
import { api, calls, useEmulator } from "../helpers/emulator";
import { ROOT } from "../helpers/paths";
import { workFolder } from "../helpers/stack";

const emulator = useEmulator();

const EXAMPLE = path.join(ROOT, "examples", "toktra-governance");
const SECRETS = { splunkHecToken: "hec-governance-token-2c9d", siemSigningSecret: "siem-governance-signing-7e1a", jiraApiToken: "jira-governance-token-5b3f" };
const JIRA_EMAIL = "toktra-bot@company.com";
const COLLECTIONS = ["/v1/api/budgets", "/v1/api/policies", "/v1/api/alert-configs", "/v1/api/siem/configs", "/v1/api/itsm/configs", "/v1/api/sso/configs"];

/** A copy of the example that depends on the freshly packed package. */
function copyExample(tarball: string): string {
  const dir = path.join(workFolder(), "toktra-governance");
  fs.mkdirSync(dir, { recursive: true });
  for (const f of ["Pulumi.yaml", "index.ts", "okta-cert.pem"]) fs.copyFileSync(path.join(EXAMPLE, f), path.join(dir, f));
  const pkg = JSON.parse(fs.readFileSync(path.join(EXAMPLE, "package.json"), "utf8")) as { dependencies: Record<string, string> };
  pkg.dependencies["pulumi-aigov"] = `file:${tarball}`;
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify(pkg, null, 2));
  return dir;
}

/** The program's secrets and Jira email, as the docs' variables. */
async function configure(cli: PulumiCli): Promise<void> {
  for (const [key, value] of Object.entries(SECRETS)) await cli.configSet(key, value, { secret: true });
  await cli.configSet("jiraEmail", JIRA_EMAIL);
}

/** Live objects per Toktra collection. */
async function counts(): Promise<number[]> {
  const a = api(emulator(), "toktra");
  return Promise.all(COLLECTIONS.map(async (c) => (await a.get(c)).total_count as number));
}

describe("examples/toktra-governance end to end (real pulumi CLI, packed package)", function () {
  this.timeout(900_000);
  let dir: string;
  let cli: (stack?: string) => PulumiCli;
  let ids: Record<string, string>;

  before(() => {
    dir = copyExample(packPackage());
    installExample(dir);
    const env = { TOKTRA_API_URL: emulator().toktraBaseUrl, TOKTRA_API_KEY: emulator().toktraKey };
    cli = (stack = "dev") => new PulumiCli({ projectDir: dir, workDir: path.join(dir, ".engine"), stack, env });
  });

  it("stack config holds only the program's variables: TOKTRA_API_URL and TOKTRA_API_KEY configure the provider", async () => {
    await cli().stackInit();
    await configure(cli());
    const file = cli().configFile();
    assert.doesNotMatch(file, /toktra:/);
    for (const secret of Object.values(SECRETS)) assert.ok(!file.includes(secret), "a secret in plaintext in Pulumi.dev.yaml");
  });

  it("pulumi up creates one object per block of the complete example", async () => {
    const res = await cli().up();
    assert.match(res.stdout, /\+ 7 created/, res.stdout);
    assert.deepEqual(await counts(), [1, 1, 1, 1, 1, 1]);
    ids = ((await cli().outputs()) as { ids: Record<string, string> }).ids;
    for (const id of Object.values(ids)) assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const a = api(emulator(), "toktra");
    const policy = await a.get(`/v1/api/policies/${ids.restrict_gpt4}`);
    assert.deepEqual(
      [policy.type, policy.severity, policy.conditions, policy.actions],
      ["model_restrict", "high", { model: "gpt-4", department: { not_in: ["engineering"] } }, { action: "alert" }],
    );
    const budget = await a.get(`/v1/api/budgets/${ids.engineering_monthly}`);
    assert.deepEqual([budget.monthly_limit, budget.alert_threshold_pct, budget.rollover_enabled], [50000, 80, false]);
    // The API received the credentials and the certificate, and never shows them.
    const stored = (emulator().state() as { services: { toktra: Record<string, Record<string, Record<string, unknown>>> } }).services.toktra;
    assert.deepEqual(stored.siemConfigs![ids.splunk!]!.credentials, { token: SECRETS.splunkHecToken, signing_secret: SECRETS.siemSigningSecret });
    assert.deepEqual(stored.itsmConfigs![ids.jira!]!.credentials, { email: JIRA_EMAIL, api_token: SECRETS.jiraApiToken });
    assert.equal(stored.ssoConfigs![ids.okta!]!.certificate, fs.readFileSync(path.join(EXAMPLE, "okta-cert.pem"), "utf8"));
    assert.equal((await a.get(`/v1/api/siem/configs/${ids.splunk}`)).credentials, undefined);
  });

  it("pulumi preview --expect-no-changes finds nothing to do and calls no API", async () => {
    const before = calls(emulator()).length;
    const res = await cli().preview({ expectNoChanges: true });
    assert.match(res.stdout, /7 unchanged/, res.stdout);
    assert.deepEqual(calls(emulator()).slice(before), []);
  });

  it("pulumi refresh finds nothing changed, and preview after it still shows no changes", async () => {
    const before = calls(emulator()).length;
    const res = await cli().refresh();
    assert.match(res.stdout, /7 unchanged/, res.stdout);
    assert.ok(
      calls(emulator())
        .slice(before)
        .every((c) => c.startsWith("GET ")),
      "refresh wrote to the API",
    );
    await cli().preview({ expectNoChanges: true });
  });

  it("import: a second stack adopts every object by the UUID `terraform import` takes, creating nothing", async () => {
    const adopt = cli("adopt");
    await adopt.stackInit();
    await configure(adopt);
    for (const [name, id] of Object.entries(ids)) await adopt.run(["config", "set", "--path", `import.${name}`, id, "--stack", "adopt"]);
    const before = calls(emulator()).length;
    // The SDK adopts through the `import` option (the engine cannot import dynamic resources): a create that only reads.
    const res = await adopt.up();
    assert.match(res.stdout, /\+ 7 created/, res.stdout);
    assert.deepEqual(
      calls(emulator())
        .slice(before)
        .filter((c) => !c.startsWith("GET ")),
      [],
      "import wrote to the API",
    );
    assert.deepEqual(await counts(), [1, 1, 1, 1, 1, 1]);
    assert.deepEqual(((await adopt.outputs()) as { ids: Record<string, string> }).ids, ids);
    await adopt.preview({ expectNoChanges: true });
    // The objects stay with the first stack; this one forgets them without deleting.
    await adopt.run(["stack", "rm", "adopt", "--yes", "--force"]);
  });

  it("pulumi destroy deletes everything: the emulator holds no Toktra object", async () => {
    const res = await cli().destroy();
    assert.match(res.stdout, /- 7 deleted/, res.stdout);
    assert.deepEqual(await counts(), [0, 0, 0, 0, 0, 0]);
  });
});
