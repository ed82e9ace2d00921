import { expect } from "chai";
import { UNKNOWN } from "../../../provider/core/keys";
import { ValidationError } from "../../../provider/core/errors";
import { compileAtRunTime, parseImportId, precompiledFor, validateInputs, validatorFor } from "../../../provider/core/validate";
import { gatewayConfigSpec } from "../../../spec/portkey/gateway-config";
import { integrationSpec } from "../../../spec/portkey/integration";
import { integrationWorkspaceAccessSpec } from "../../../spec/portkey/integration-workspace-access";
import { virtualKeySpec } from "../../../spec/portkey/virtual-key";
import { workspaceSpec } from "../../../spec/portkey/workspace";
import { allSpecs } from "../../../tools/validators";
import { alertConfigSpec } from "../../../spec/toktra/alert-config";
import { budgetSpec } from "../../../spec/toktra/budget";
import { itsmConfigSpec } from "../../../spec/toktra/itsm-config";
import { policySpec } from "../../../spec/toktra/policy";
import { siemConfigSpec } from "../../../spec/toktra/siem-config";
import { ssoConfigSpec } from "../../../spec/toktra/sso-config";
import { CERT_A, NOT_A_CERT } from "../../helpers/certificates";
import { providerFor } from "../../../provider/core/module";

const ssoProvider = providerFor(ssoConfigSpec);

const policy = { name: "p", type: "token_limit", conditions: { max_tokens_per_day: 10 }, actions: { action: "alert" } };
const siem = { name: "s", providerType: "splunk", endpoint: "https://hec.example.com", credentials: { token: "t0ken" } };
const sso = { name: "o", providerType: "okta", entityId: "e", ssoUrl: "https://idp.example.com/sso", certificate: CERT_A };
const jira = { name: "j", providerType: "jira", instanceUrl: "https://acme.atlassian.net", credentials: { email: "a@b.co", api_token: "t0ken" } };

describe("validate: messages name the resource, the field and the rule", () => {
  const rows: [string, typeof workspaceSpec, Record<string, unknown>, string, RegExp][] = [
    ["missing required name", workspaceSpec, {}, "name", /^Workspace\.name is required/],
    [
      "wrong enum in a limit",
      workspaceSpec,
      { name: "a", usageLimits: [{ type: "dollars" }] },
      "usageLimits",
      /usageLimits\[0\]\.type must be one of: cost, tokens/,
    ],
    [
      "out-of-range number",
      workspaceSpec,
      { name: "a", rateLimits: [{ type: "requests", unit: "rpm", value: 0 }] },
      "rateLimits",
      /rateLimits\[0\]\.value must be >= 1/,
    ],
    [
      "unknown key in a limit",
      workspaceSpec,
      { name: "a", rateLimits: [{ type: "requests", unit: "rpm", value: 1, burst: 2 }] },
      "rateLimits",
      /unknown key "burst"/,
    ],
    ["malformed JSON string", gatewayConfigSpec, { name: "c", config: '{"retry": ' }, "config", /GatewayConfig\.config must be valid JSON/],
    ["HCL where JSON is wanted", gatewayConfigSpec, { name: "c", config: "retry = { attempts = 3 }" }, "config", /looks like HCL/],
    [
      "empty config",
      gatewayConfigSpec,
      { name: "c", config: {} },
      "config",
      /GatewayConfig\.config must not be empty: give at least one of strategy, targets, retry, cache/,
    ],
    ["bad strategy mode", gatewayConfigSpec, { name: "c", config: { strategy: { mode: "random" } } }, "config", /config\.strategy\.mode must be one of/],
    ["slug with capitals", integrationSpec, { name: "i", aiProviderId: "openai", slug: "My_Slug" }, "slug", /slug must match/],
    [
      "more than one usage limit on access",
      integrationWorkspaceAccessSpec,
      { integrationId: "i", workspaceId: "w", usageLimits: [{ type: "cost" }, { type: "tokens" }] },
      "usageLimits",
      /takes at most 1 item/,
    ],
    ["unknown argument", virtualKeySpec, { name: "k", workspaceId: "w", integrationId: "i", colour: "red" }, "colour", /colour is not a known argument/],
    ["output-only field given", workspaceSpec, { name: "a", slug: "ws-mine" }, "slug", /Workspace\.slug is set by Portkey and cannot be given/],
    [
      "bad import id",
      virtualKeySpec,
      { name: "k", workspaceId: "w", integrationId: "i", importId: "only-one-part" },
      "importId",
      /must have the form workspaceId:id/,
    ],
    ["empty conditions", policySpec, { ...policy, conditions: {} }, "conditions", /Policy\.conditions must not be empty: give at least 1 key\(s\)/],
    ["unknown severity", policySpec, { ...policy, severity: "urgent" }, "severity", /Policy\.severity must be one of: low, medium, high, critical/],
    ["plain http endpoint", siemConfigSpec, { ...siem, endpoint: "http://hec.example.com" }, "endpoint", /SiemConfig\.endpoint must be an https URL/],
    [
      "credentials in the endpoint",
      siemConfigSpec,
      { ...siem, endpoint: "https://u:p@hec.example.com" },
      "endpoint",
      /must be an https URL without credentials/,
    ],
    [
      "type rule: Splunk without a token",
      siemConfigSpec,
      { ...siem, credentials: { signing_secret: "s" } },
      "credentials",
      /^SiemConfig\.credentials is missing the required key "token" \(when providerType is splunk: /,
    ],
    ["bad PEM", ssoConfigSpec, { ...sso, certificate: NOT_A_CERT }, "certificate", /SsoConfig\.certificate must be one PEM-encoded X\.509 certificate/],
    [
      "a key, not a certificate",
      ssoConfigSpec,
      { ...sso, certificate: "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----" },
      "certificate",
      /certificate must be one PEM-encoded X\.509/,
    ],
    ["threshold above 100", budgetSpec, { monthlyLimit: 1, alertThresholdPct: 101 }, "alertThresholdPct", /Budget\.alertThresholdPct must be <= 100/],
    ["empty channels", alertConfigSpec, { name: "a", channels: [] }, "channels", /AlertConfig\.channels must not be empty/],
    [
      "type rule: Jira without an API token",
      itsmConfigSpec,
      { ...jira, credentials: { email: "a@b.co" } },
      "credentials",
      /^ItsmConfig\.credentials is missing the required key "api_token" \(when providerType is jira: /,
    ],
  ];
  for (const [name, spec, inputs, property, reason] of rows) {
    it(name, () => {
      const failures = validateInputs(spec, inputs);
      const hit = failures.find((f) => f.property === property);
      expect(hit, JSON.stringify(failures)).to.not.equal(undefined);
      expect(hit!.reason).to.match(reason);
    });
  }

  it("accepts valid inputs, JSON strings included", () => {
    expect(validateInputs(gatewayConfigSpec, { name: "c", config: '{"retry": {"attempts": 2}}' })).to.deep.equal([]);
    expect(validateInputs(workspaceSpec, { name: "a", usageLimits: '[{"type":"cost","creditLimit":5}]' })).to.deep.equal([]);
  });

  it("accepts valid Toktra inputs, and http to loopback as the HTTP core does for base URLs", () => {
    expect(validateInputs(policySpec, { ...policy, conditions: '{"max_tokens_per_day": 5}', actions: '{"action":"alert","notify":["a@b.co"]}' })).to.deep.equal(
      [],
    );
    expect(validateInputs(siemConfigSpec, { ...siem, endpoint: "http://127.0.0.1:8088" })).to.deep.equal([]);
    expect(validateInputs(ssoConfigSpec, sso)).to.deep.equal([]);
    expect(validateInputs(itsmConfigSpec, jira)).to.deep.equal([]);
  });

  it("a bad secret's message does not repeat it", () => {
    expect(JSON.stringify(validateInputs(ssoConfigSpec, { ...sso, certificate: NOT_A_CERT }))).to.not.include("Tm90IGEg");
    const failures = validateInputs(integrationSpec, { name: "i", aiProviderId: "openai", configurations: 'client_secret = "hunter2-secret"' });
    expect(failures.map((f) => f.reason).join())
      .to.match(/configurations must be valid JSON; it looks like HCL/)
      .and.not.include("hunter2");
  });

  it("check reports a secret's failure without naming the property, so the engine cannot print its value", async () => {
    const res = await ssoProvider.check!({}, { ...sso, certificate: NOT_A_CERT });
    expect(res.failures).to.have.length(1);
    expect(res.failures![0]).to.deep.include({ property: "" });
    expect(res.failures![0]!.reason).to.match(/^SsoConfig\.certificate must be one PEM-encoded X\.509 certificate/);
  });

  it("checks a type rule only once the fields it reads are known", () => {
    expect(validateInputs(siemConfigSpec, { ...siem, providerType: UNKNOWN, credentials: { api_key: "k" } })).to.deep.equal([]);
    expect(validateInputs(itsmConfigSpec, { ...jira, credentials: UNKNOWN })).to.deep.equal([]);
  });

  it("skips values not known until apply", () => {
    expect(validateInputs(virtualKeySpec, { name: "k", workspaceId: UNKNOWN, integrationId: UNKNOWN })).to.deep.equal([]);
  });
});

describe("validate: validators precompiled by the build", () => {
  const specs = allSpecs();

  it("cover every field of every resource description", () => {
    expect(specs.map((s) => s.name)).to.include.members(["Workspace", "Integration", "IntegrationWorkspaceAccess", "VirtualKey", "GatewayConfig"]);
    for (const spec of specs) {
      for (const [key, field] of Object.entries(spec.fields)) expect(precompiledFor(field.schema), `${spec.name}.${key}`).to.be.a("function");
    }
  });

  it("report exactly what the run-time compiler reports", () => {
    const samples: unknown[] = [
      "",
      "x".repeat(101),
      "My_Slug",
      3,
      true,
      null,
      {},
      [],
      [{ type: "dollars", burst: 1 }],
      [{ type: "requests", unit: "rpm", value: 0 }, { type: "tokens" }],
      { strategy: {}, retry: { attempts: 9 } },
    ];
    for (const spec of specs) {
      for (const [key, field] of Object.entries(spec.fields)) {
        const pre = precompiledFor(field.schema)!;
        const live = compileAtRunTime(field.schema);
        for (const value of samples) {
          expect(pre(value), `${spec.name}.${key} ${JSON.stringify(value)}`).to.equal(live(value));
          expect(pre.errors ?? null, `${spec.name}.${key} ${JSON.stringify(value)}`).to.deep.equal(live.errors ?? null);
        }
      }
    }
  });

  it("are looked up by the schema's content, so a changed schema is compiled afresh, not served stale", () => {
    const changed = { ...workspaceSpec.fields.name!, schema: { type: "string", minLength: 1, maxLength: 5 } };
    expect(precompiledFor(changed.schema)).to.equal(undefined);
    const v = validatorFor(changed);
    expect(v("abcdef")).to.equal(false);
    expect(v("abc")).to.equal(true);
    // Same text, different key order: the same validator.
    const reordered = { maxLength: 100, minLength: 1, type: "string" };
    expect(precompiledFor(reordered)).to.equal(precompiledFor(workspaceSpec.fields.name!.schema));
  });
});

describe("parseImportId", () => {
  const rows: [string, string, Record<string, string> | RegExp][] = [
    ["two parts", "ws-1:vk-1", { workspaceId: "ws-1", id: "vk-1" }],
    ["a part missing", "vk-1", /VirtualKey: import id "vk-1" must have the form workspaceId:id/],
    ["an empty part", "ws-1:", /must have the form workspaceId:id/],
  ];
  for (const [what, id, want] of rows) {
    it(`${what}: ${want instanceof RegExp ? "a ValidationError" : "the fields"}`, () => {
      if (!(want instanceof RegExp)) return expect(parseImportId(virtualKeySpec, id)).to.deep.equal(want);
      expect(() => parseImportId(virtualKeySpec, id)).to.throw(ValidationError, want);
    });
  }
});
