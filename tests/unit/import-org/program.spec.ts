// The generated program from a fake listing: names, references, placeholders,
// escaping and order.
import { strict as assert } from "assert";
import { literal } from "../../../sdk/import-org/literal";
import { nameAll, slugify } from "../../../sdk/import-org/naming";
import type { Found } from "../../../sdk/import-org/model";
import { configRead, tsType } from "../../../sdk/import-org/placeholders";
import { generateProgram } from "../../../sdk/import-org/program";
import { grantA, keyA, keyB, obj, openai, scoped, wsA, wsB } from "./fake";

const program = (...objs: Parameters<typeof generateProgram>[0]) => generateProgram(objs, "// header");

describe("import-org: the generated program", () => {
  describe("names", () => {
    const cases: [string, string][] = [
      ["Team A", "team-a"],
      ['Data "Lab" \\ ${x} 🧪', "data-lab-x"],
      ["Équipe Café", "equipe-cafe"],
      ["---", ""],
      ["x".repeat(80), "x".repeat(60)],
    ];
    for (const [text, slug] of cases) it(`slugify(${JSON.stringify(text)}) is "${slug}"`, () => assert.equal(slugify(text), slug));

    it("two objects with the same name get distinct resource names and variables", () => {
      const a = obj("Workspace", "a", { name: "Team A" });
      const b = obj("Workspace", "b", { name: "Team A" });
      const [n1, n2] = nameAll([a, b]);
      assert.deepEqual([n1!.resourceName, n2!.resourceName], ["team-a", "team-a-2"]);
      assert.deepEqual([n1!.variable, n2!.variable], ["workspaceTeamA", "workspaceTeamA2"]);
    });

    it("an object whose name has no letters is named after its import id, then its type", () => {
      const [n1, n2] = nameAll([obj("Workspace", "ab-12", { name: "🧪🧪" }), obj("Workspace", "", { name: "🧪" })]);
      assert.equal(n1!.resourceName, "ab-12");
      assert.equal(n2!.resourceName, "workspace");
      assert.match(n2!.variable, /^[A-Za-z_$][\w$]*$/);
    });
  });

  describe("references", () => {
    it("a child's parent field points at the parent's variable, by id or slug as its value is", () => {
      const { source } = program(wsA, openai, grantA, keyA);
      assert.match(source, /integrationId: integrationOpenaiProd\.slug,\n\s+workspaceId: workspaceWsTeamA1a2b3c\.slug,/);
      assert.match(source, /workspaceId: workspaceWsTeamA1a2b3c\.id,\n\s+integrationId: integrationOpenaiProd\.slug,/);
      assert.doesNotMatch(source, /(workspaceId|integrationId): "/);
    });

    it("a prompt names its collection and its virtual key by reference", () => {
      const col = obj("PromptCollection", "77777777-1111-4111-8111-111111111111", { name: "Support", workspaceId: wsA.id }, { slug: "support-1a2b" });
      const prompt = obj(
        "Prompt",
        "88888888-1111-4111-8111-111111111111",
        { name: "Reply", collectionId: col.id, virtualKey: keyA.id, model: "gpt-4o", string: "Hi" },
        { slug: "reply-1a2b" },
      );
      const { source } = program(prompt, keyA, col, wsA, openai);
      assert.match(source, /collectionId: promptCollectionSupport\w*\.id,/);
      assert.match(source, /virtualKey: virtualKeyApp\.id,/);
      assert.ok(source.indexOf("new portkey.VirtualKey(") < source.indexOf("new portkey.Prompt("));
    });

    it("parents are declared first, whatever order the listing had", () => {
      const { source } = program(keyA, grantA, openai, wsA);
      const at = (s: string) => source.indexOf(s);
      assert.ok(at("new portkey.Workspace(") < at("new portkey.Integration("));
      assert.ok(at("new portkey.Integration(") < at("new portkey.IntegrationWorkspaceAccess("));
      assert.ok(at("new portkey.Integration(") < at("new portkey.VirtualKey("));
    });

    it("a parent that was not listed stays the value read", () => {
      const { source } = program(keyB);
      assert.match(source, new RegExp(`workspaceId: "${wsB.id}",`));
      assert.match(source, /integrationId: "b-only",/);
    });

    it("every object carries its import id in the description's format", () => {
      const { source } = program(wsA, wsB, openai, scoped, grantA, keyA, keyB);
      assert.match(source, new RegExp(`\\{ import: "${wsA.id}:${keyA.id}" \\}`));
      assert.match(source, /\{ import: "openai-prod\/ws-team-a-1a2b3c" \}/);
      assert.match(source, /\{ import: "openai-prod" \}/);
    });
  });

  describe("--native", () => {
    const siem = obj("SiemConfig", "aaaaaaaa-4444-4444-8444-444444444444", { name: "SOC", providerType: "splunk", endpoint: "https://hec.example.test:8088" });
    const native = (...objs: Parameters<typeof generateProgram>[0]) => generateProgram(objs, "// header", true).source;

    it("imports the classes of pulumi-aigov/native, the same names and references", () => {
      const source = native(wsA, openai, grantA, keyA);
      assert.match(source, /^import \{ portkey \} from "pulumi-aigov\/native";$/m);
      assert.match(source, /new portkey\.VirtualKey\(/);
      assert.match(source, /workspaceId: workspaceWsTeamA1a2b3c\.id,/);
      assert.match(source, new RegExp(`\\{ import: "${wsA.id}:${keyA.id}" \\}`));
    });

    it("a write-only value is read from config and ignored, so the engine's import compares only what the API returns", () => {
      assert.match(
        native(siem),
        /credentials: config\.requireSecret\("siemConfigSocCredentials"\),[\s\S]*\{ import: "[^"]+", ignoreChanges: \["credentials"\] \}/,
      );
      assert.match(native(openai), /\{ import: "openai-prod", ignoreChanges: \["key", "configurations"\] \}/);
    });

    it("the dynamic program has no ignoreChanges", () => assert.doesNotMatch(program(siem, openai).source, /ignoreChanges/));
  });

  describe("secrets and write-only values", () => {
    it("become config reads, never values; required ones with requireSecret", () => {
      const siem = obj("SiemConfig", "aaaaaaaa-1111-4111-8111-111111111111", {
        name: "SOC",
        providerType: "splunk",
        endpoint: "https://hec.example.test:8088",
      });
      const { source, placeholders } = program(siem, openai);
      assert.match(source, /credentials: config\.requireSecret\("siemConfigSocCredentials"\),/);
      assert.match(source, /key: config\.getSecret\("integrationOpenaiProdKey"\),/);
      assert.match(source, /^const config = new pulumi\.Config\(\);$/m);
      assert.deepEqual(
        placeholders.filter((p) => p.required).map((p) => p.key),
        ["siemConfigSocCredentials"],
      );
    });

    it("each connector gets its own credentials placeholder, whatever its provider type", () => {
      const sn = obj("ItsmConfig", "bbbbbbbb-1111-4111-8111-111111111111", {
        name: "Incidents",
        providerType: "servicenow",
        instanceUrl: "https://acme.service-now.com",
      });
      const jira = obj("ItsmConfig", "cccccccc-1111-4111-8111-111111111111", {
        name: "Issues",
        providerType: "jira",
        instanceUrl: "https://acme.atlassian.net",
        defaultProject: "SEC",
      });
      const { placeholders } = program(sn, jira);
      assert.deepEqual(
        placeholders.map((p) => [p.key, p.required, p.secret]),
        [
          ["itsmConfigIncidentsCredentials", true, true],
          ["itsmConfigIssuesCredentials", true, true],
        ],
      );
    });

    it("the credentials placeholder says what its provider type takes", () => {
      const dd = obj("SiemConfig", "dddddddd-1111-4111-8111-111111111111", {
        name: "Logs",
        providerType: "datadog",
        endpoint: "https://http-intake.logs.datadoghq.eu",
      });
      const sso = obj("SsoConfig", "eeeeeeee-1111-4111-8111-111111111111", {
        name: "Okta",
        providerType: "okta",
        entityId: "e",
        ssoUrl: "https://a.example/sso",
      });
      const { placeholders } = program(dd, sso);
      assert.deepEqual(
        placeholders.map((p) => [p.key, p.hint]),
        [
          ["siemConfigLogsCredentials", 'datadog takes credentials {"api_key": <Datadog API key>}'],
          ["ssoConfigOktaCertificate", undefined],
        ],
      );
    });

    // Values the API never shows that adoption must not ask for: a key's value is shown once,
    // an invite's scopes only matter to its create (set later, they could only replace it).
    const none: [string, string, Found][] = [
      [
        "an API key's value",
        "key",
        obj("ApiKey", "ffffffff-1111-4111-8111-111111111111", {
          name: "CI",
          type: "workspace",
          subType: "service",
          workspaceId: wsA.id,
          scopes: ["completions.write"],
        }),
      ],
      [
        "an invite's scopes",
        "scopes",
        obj("UserInvite", "99999999-1111-4111-8111-111111111111", { email: "dev@acme.example", role: "member", workspaces: [{ id: wsA.id, role: "member" }] }),
      ],
    ];
    for (const [what, field, found] of none)
      it(`${what} is no placeholder: the object is adopted as read`, () => {
        const { source, placeholders } = program(wsA, found);
        assert.deepEqual(placeholders, []);
        assert.doesNotMatch(source, new RegExp(`config\\.|\\b${field}: `));
      });

    const types: [object, string][] = [
      [{ type: "boolean" }, "boolean"],
      [{ type: "array", items: { type: "string" } }, "string[]"],
      [{ type: "array", items: { enum: ["a", "b"] } }, '("a" | "b")[]'],
      [{ type: "integer" }, "number"],
      [{ type: "object" }, "Record<string, unknown>"],
    ];
    for (const [schema, type] of types)
      it(`a write-only ${type} is read from config as JSON of its type`, () => {
        assert.equal(tsType(schema as Record<string, unknown>), type);
        const p = { key: "k", field: "f", resourceType: "T", resourceName: "t", required: false, secret: false, doc: "", type };
        assert.equal(configRead(p), `config.getObject<${type}>("k")`);
        assert.equal(configRead({ ...p, secret: true, required: true }), `config.requireSecretObject<${type}>("k")`);
      });

    it("a program without any needs no Config", () => {
      assert.doesNotMatch(program(wsA).source, /pulumi\.Config|@pulumi\/pulumi/);
    });
  });

  describe("escaping", () => {
    const odd: unknown[] = [
      'quote " and backslash \\',
      "newline\nand tab\t and ${template} and `backtick`",
      "line separator \u2028 paragraph \u2029 nul \u0000",
      "emoji 🧪 and ’curly’",
      { "cost-center": "cc-1", "with space": 1, valid_id: true, "0lead": null, nested: [{ "a.b": ["x", 2] }] },
      [],
      {},
    ];
    for (const value of odd) {
      it(`${JSON.stringify(value).slice(0, 40)} reads back as the same value`, () => {
        const text = literal(value, "  ");
        for (const raw of ["\u2028", "\u2029", "\u0000"]) assert.ok(!text.includes(raw), "an unescaped separator or NUL in the source");
        assert.deepEqual(new Function(`return ${text};`)(), value);
      });
    }

    it("odd names and strings make a program TypeScript parses, with every value intact", function () {
      this.timeout(30_000);
      const ts = require("typescript") as typeof import("typescript");
      const w = obj("Workspace", "ws-1", { name: 'Data "Lab" \\ ${x}', description: "a\nb\u2028c", metadata: { "cost-center": "x" } });
      const { source } = program(w);
      const out = ts.transpileModule(source, { reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.CommonJS } });
      assert.deepEqual(out.diagnostics, []);
      assert.ok(source.includes('name: "Data \\"Lab\\" \\\\ ${x}"'), source);
      assert.ok(source.includes(String.raw`description: "a\nb\u2028c"`));
      assert.ok(source.includes(`metadata: { "cost-center": "x" }`));
    });
  });
});
