// Adopting a whole organisation, as a user does it: the emulator seeded with a
// realistic organisation (every resource type of the registry, several
// workspaces, lists longer than a page), `pulumi-aigov import-org` for each
// vendor, the generated project installed with the packed package, its
// placeholders set, then `pulumi up` with the real CLI: every object adopted,
// nothing written to the API, and a quiet preview and `up` after it.
import { strict as assert } from "assert";
import { execFile, spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { RESOURCES, resourcesOf } from "../../spec";
import type { Vendor } from "../../spec/core/types";
import { packPackage } from "../../tools/quickstart";
import { CERT_A } from "../helpers/certificates";
import { PulumiCli } from "../helpers/cli";
import { calls, useEmulator } from "../helpers/emulator";
import { quiet, summaryOf } from "../helpers/example";
import { installInto, peerRange } from "../helpers/npm-program";
import { liveCount, REMOVED, SEED, seedOrganisation, seededCount, seedTableGaps } from "../helpers/org-seed";
import { ROOT } from "../helpers/paths";

const emulator = useEmulator();
const CLI = path.join(ROOT, "dist", "sdk", "cli", "main.js");
const PAGE = 10;

interface Run {
  stdout: string;
  stderr: string;
}

/** `pulumi-aigov import-org`, as a process, with the vendor's key in the environment. */
function importOrg(vendor: Vendor, out: string, extra: string[] = []): Promise<Run> {
  const emu = emulator();
  const base = vendor === "portkey" ? emu.portkeyBaseUrl : emu.toktraBaseUrl;
  const env = { ...process.env, PORTKEY_API_KEY: emu.portkeyKey, TOKTRA_API_KEY: emu.toktraKey };
  const args = [CLI, "import-org", "--vendor", vendor, "--out", out, "--page-size", String(PAGE), "--base-url", base, ...extra];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { env, encoding: "utf8" }, (err, stdout, stderr) =>
      err ? reject(new Error(`${err.message}\n${stdout}${stderr}`)) : resolve({ stdout, stderr }),
    );
  });
}

/** The config keys the summary tells the user to set before `pulumi up`. */
function requiredKeys(stdout: string): string[] {
  const part = stdout.split("set them before `pulumi up`:")[1]?.split("\n\n")[0] ?? "";
  return [...part.matchAll(/pulumi config set --secret (\S+) <value>/g)].map((m) => m[1]!);
}

/** The credential keys a user gives for each provider type (Toktra's docs). */
const CREDENTIALS: Record<string, Record<string, string>> = {
  splunk: { token: "filled-in-hec-token" },
  datadog: { api_key: "filled-in-dd-key" },
  elastic: { api_key: "filled-in-es-key" },
  servicenow: { username: "toktra-bot", password: "filled-in-password" },
  jira: { email: "bot@acme.example", api_token: "filled-in-jira-token" },
};

/** The sign-in a user gives for each secret manager (the OpenAPI's auth config schemas). */
const AUTH_CONFIGS: Record<string, Record<string, string>> = {
  aws_sm: { aws_auth_type: "serviceRole", aws_region: "us-east-1" },
  azure_kv: { azure_auth_mode: "managed", azure_vault_url: "https://acme.vault.azure.net" },
  hashicorp_vault: { vault_auth_type: "token", vault_addr: "https://vault.acme.example", vault_token: "filled-in-vault-token" },
};

/** JSON placeholders: the config key's ending, what in the declaration picks the document, the documents. */
const DOCUMENTS: [key: RegExp, kind: RegExp, docs: Record<string, Record<string, string>>][] = [
  [/Credentials$/, /providerType: "(\w+)"/, CREDENTIALS],
  [/AuthConfig$/, /managerType: "(\w+)"/, AUTH_CONFIGS],
];

/** What a user sets for a placeholder: a certificate, credentials for the object's provider or manager type, or a value. */
function fillIn(key: string, source: string): string {
  if (/Certificate$/.test(key)) return CERT_A;
  const documents = DOCUMENTS.find(([ending]) => ending.test(key));
  if (!documents) return `filled-in-${key}`;
  const block = source.split("\nconst ").find((b) => b.includes(`config.requireSecret("${key}")`)) ?? "";
  const type = documents[1].exec(block)?.[1] ?? "";
  assert.ok(documents[2][type], `${key}: no provider or manager type in its declaration`);
  return JSON.stringify(documents[2][type]);
}

/** The slug of the first seeded workspace, which holds the most objects. */
async function firstWorkspace(): Promise<string> {
  const res = await fetch(`${emulator().portkeyBaseUrl}/admin/workspaces`, { headers: { "x-portkey-api-key": emulator().portkeyKey } });
  const { data } = (await res.json()) as { data: { slug: string; created_at: string }[] };
  return [...data].sort((a, b) => a.created_at.localeCompare(b.created_at))[0]!.slug;
}

const writes = (from: number) =>
  calls(emulator())
    .slice(from)
    .filter((c) => !c.startsWith("GET "));
const seededOf = (vendor: Vendor) => resourcesOf(vendor).reduce((n, r) => n + liveCount(SEED[r.name]!), 0);

describe("import-org: adopting a whole organisation (pulumi CLI, packed package)", function () {
  this.timeout(900_000);
  let work: string;
  let tarball: string;
  const listed: Record<string, Run> = {};

  before(async () => {
    assert.deepEqual(seedTableGaps(), [], "every resource in the registry needs a row in tests/helpers/org-seed.ts");
    const emu = emulator();
    Object.assign(process.env, {
      PORTKEY_API_KEY: emu.portkeyKey,
      PORTKEY_BASE_URL: emu.portkeyBaseUrl,
      TOKTRA_API_KEY: emu.toktraKey,
      TOKTRA_API_URL: emu.toktraBaseUrl,
    });
    await seedOrganisation();
    work = fs.mkdtempSync(path.join(os.tmpdir(), "aigov-import-org-"));
    tarball = path.join(work, "pulumi-aigov.tgz");
    fs.copyFileSync(packPackage(), tarball);
  });

  after(() => {
    // Two installed projects: removed in the background, as tests/e2e/install does.
    if (work) spawn("rm", ["-rf", work], { detached: true, stdio: "ignore" }).unref();
  });

  it("the seeded organisation is realistic: at least 60 objects, every resource type, several workspaces", () => {
    assert.ok(seededCount() >= 60, `only ${seededCount()} objects`);
    for (const r of RESOURCES) assert.ok(SEED[r.name]!.count >= 1, r.name);
    assert.ok(SEED.Workspace!.count >= 3);
  });

  for (const vendor of ["portkey", "toktra"] as Vendor[]) {
    describe(vendor, () => {
      let dir: string;
      let cli: PulumiCli;
      let objects: number;

      it("import-org reads every page of every list, counting per resource type, and writes the project", async () => {
        dir = path.join(work, vendor);
        const before = calls(emulator()).length;
        const run = (listed[vendor] = await importOrg(vendor, dir));
        for (const r of resourcesOf(vendor)) assert.match(run.stderr, new RegExp(`^${r.name}: \\d+$`, "m"), `no count for ${r.name}:\n${run.stderr}`);
        objects = [...run.stderr.matchAll(/^\w+: (\d+)$/gm)].reduce((n, m) => n + Number(m[1]), 0);
        assert.ok(objects >= seededOf(vendor), `${objects} read, ${seededOf(vendor)} seeded`);
        assert.deepEqual(writes(before), [], "reading must not write");
        // Lists longer than a page were followed: more list requests than collections listed.
        const lists = calls(emulator())
          .slice(before)
          .filter((c) => c === (vendor === "portkey" ? "GET /v1/providers" : "GET /toktra/v1/api/budgets"));
        const expected = vendor === "portkey" ? SEED.Workspace!.count + 1 : Math.ceil(SEED.Budget!.count / PAGE);
        assert.ok(lists.length >= expected && lists.length > 1, `${lists.length} list pages`);
        if (vendor === "portkey") {
          const invitePages = calls(emulator())
            .slice(before)
            .filter((c) => c === "GET /v1/admin/users/invites").length;
          assert.equal(invitePages, Math.ceil(SEED.UserInvite!.count / PAGE), "invites page with pageSize/currentPage");
        }
        for (const f of ["Pulumi.yaml", "package.json", "index.ts", "README.md"]) assert.ok(fs.existsSync(path.join(dir, f)), f);
      });

      it("the program keeps references to parents, pastes no secret and adopts no destroyed object", async () => {
        const source = fs.readFileSync(path.join(dir, "index.ts"), "utf8");
        for (const secret of [
          "sk-seed-0-secret",
          "hec-token-seed",
          "siem-signing-seed",
          "dd-key-seed",
          "es-key-seed",
          "sn-password-seed",
          "jira-token-seed",
          "MII",
        ])
          assert.ok(!source.includes(secret), `${secret} in index.ts`);
        if (vendor === "portkey") {
          assert.match(source, /workspaceId: workspace\w+\.id,/);
          assert.match(source, /integrationId: integration\w+\.slug,/);
          assert.match(source, /collectionId: promptCollection\w+\.id,/);
          assert.match(source, /virtualKey: virtualKey\w+\.(id|slug),/);
          assert.doesNotMatch(source, /workspaceId: "/);
        }
        assert.equal((source.match(/\{ import: "/g) ?? []).length, objects);
        // A destroyed object (an archived usage policy) is no live object: it is not adopted.
        for (const gone of Object.values(REMOVED).flat()) assert.ok(!source.includes(String(gone.id)), `${gone.id} was destroyed but is in index.ts`);
        if (vendor === "portkey") {
          const [policy] = REMOVED.UsageLimitsPolicy!;
          const res = await fetch(`${emulator().portkeyBaseUrl}/policies/usage-limits/${policy!.id}?status=archived`, {
            headers: { "x-portkey-api-key": emulator().portkeyKey },
          });
          assert.equal(((await res.json()) as { status?: string }).status, "archived", "Portkey keeps a destroyed usage policy, archived");
        }
      });

      it("pulumi up adopts every object: nothing created, changed or deleted at the API", async () => {
        await installInto(dir, peerRange().oldest, tarball);
        cli = new PulumiCli({ projectDir: dir, workDir: path.join(work, `${vendor}-engine`), stack: "adopted" });
        await cli.stackInit();
        await cli.configSet(`${vendor}:apiKey`, vendor === "portkey" ? emulator().portkeyKey : emulator().toktraKey, { secret: true });
        const keys = requiredKeys(listed[vendor]!.stdout);
        if (vendor === "toktra") assert.ok(keys.length >= 4, listed[vendor]!.stdout);
        const source = fs.readFileSync(path.join(dir, "index.ts"), "utf8");
        for (const key of keys) await cli.configSet(key, fillIn(key, source), { secret: true });
        const before = calls(emulator()).length;
        const up = summaryOf((await cli.up()).stdout);
        assert.deepEqual(writes(before), [], "adoption must not write to the API");
        // The engine records each adoption as a new stack resource; the API sees reads only.
        assert.deepEqual([up.create, up.update ?? 0, up.delete ?? 0, up.replace ?? 0], [objects + 1, 0, 0, 0], JSON.stringify(up));
      });

      it("then preview --expect-no-changes and a second up are quiet: 0 creates, 0 updates, 0 deletes", async () => {
        const before = calls(emulator()).length;
        assert.ok(quiet(summaryOf((await cli.preview({ expectNoChanges: true })).stdout)));
        const again = summaryOf((await cli.up()).stdout);
        assert.ok(quiet(again), JSON.stringify(again));
        assert.equal(again.same, objects + 1);
        assert.deepEqual(writes(before), []);
      });
    });
  }

  // The native classes: the engine imports each object itself, so the summary says `= imported`, not `+ created`.
  it("--native refuses Toktra's connectors, whose required credentials the engine's import cannot compare, and writes nothing", async () => {
    const out = path.join(work, "toktra-native");
    await assert.rejects(importOrg("toktra", out, ["--native"]), /--native: (SiemConfig|ItsmConfig) "[^"]+" requires credentials.*leave --native out/);
    assert.ok(!fs.existsSync(out));
  });

  it("--native refuses Portkey's secret references, whose required authConfig the engine's import cannot compare, and writes nothing", async () => {
    const out = path.join(work, "portkey-native-whole");
    await assert.rejects(importOrg("portkey", out, ["--native"]), /--native: SecretReference "[^"]+" requires authConfig.*leave --native out/);
    assert.ok(!fs.existsSync(out));
  });

  for (const vendor of ["portkey"] as Vendor[]) {
    describe(`${vendor}, --native`, () => {
      let dir: string;
      let cli: PulumiCli;
      let run: Run;

      // One workspace and the organisation-level objects it uses: the organisation's secret references cannot be imported natively.
      it("writes native classes, each with its import id, and a Pulumi.yaml that finds the plugin in node_modules", async () => {
        dir = path.join(work, `${vendor}-native`);
        run = await importOrg(vendor, dir, ["--native", "--workspace", await firstWorkspace()]);
        const source = fs.readFileSync(path.join(dir, "index.ts"), "utf8");
        assert.match(source, new RegExp(`import \\{ ${vendor} \\} from "pulumi-aigov/native";`));
        assert.match(fs.readFileSync(path.join(dir, "Pulumi.yaml"), "utf8"), /path: \.\/node_modules\/pulumi-aigov\/bin\n[\s\S]*aigov:\w+Ur[li]:/);
        assert.match(run.stdout, new RegExp(`pulumi config set --secret aigov:${vendor}ApiKey <key>`));
      });

      it("pulumi up imports every object (= imported): 0 created, updated or deleted, no write at the API; then a quiet preview", async () => {
        await installInto(dir, peerRange().oldest, tarball);
        cli = new PulumiCli({ projectDir: dir, workDir: path.join(work, `${vendor}-native-engine`), stack: "adopted" });
        await cli.stackInit();
        await cli.configSet(`aigov:${vendor}ApiKey`, vendor === "portkey" ? emulator().portkeyKey : emulator().toktraKey, { secret: true });
        const source = fs.readFileSync(path.join(dir, "index.ts"), "utf8");
        for (const key of requiredKeys(run.stdout)) await cli.configSet(key, fillIn(key, source), { secret: true });
        const objects = (source.match(/\{ import: "/g) ?? []).length;
        const before = calls(emulator()).length;
        const out = (await cli.up()).stdout;
        assert.deepEqual(writes(before), [], `importing must not write to the API:\n${out}`);
        const up = summaryOf(out);
        const imported = Number(/^\s*=?\s*(\d+) imported\b/m.exec(out.split(/^Resources:\s*$/m)[1] ?? "")?.[1] ?? 0);
        // The stack itself is the one resource created.
        assert.deepEqual([up.create, up.update ?? 0, up.delete ?? 0, up.replace ?? 0, imported], [1, 0, 0, 0, objects], out);
        assert.ok(quiet(summaryOf((await cli.preview({ expectNoChanges: true })).stdout)));
        assert.deepEqual(writes(before), []);
      });
    });
  }

  it("--workspace limits Portkey to one workspace and the organisation-level objects it uses", async () => {
    const out = path.join(work, "one-workspace");
    const ws = (await (await fetch(`${emulator().portkeyBaseUrl}/admin/workspaces`, { headers: { "x-portkey-api-key": emulator().portkeyKey } })).json()) as {
      data: { id: string; slug: string; name: string }[];
    };
    const support = ws.data.find((w) => w.name === "Support")!;
    const run = await importOrg("portkey", out, ["--workspace", support.slug]);
    const source = fs.readFileSync(path.join(out, "index.ts"), "utf8");
    assert.equal((source.match(/new portkey\.Workspace\(/g) ?? []).length, 1);
    assert.match(source, new RegExp(`import: "${support.id}"`));
    // The support workspace has its own integration, two grants and two configs, and no keys.
    assert.match(run.stdout, /Workspace 1, Integration \d+, IntegrationWorkspaceAccess \d+, GatewayConfig 2\)/);
    assert.doesNotMatch(source, /new portkey\.VirtualKey\(/);
  });
});
