// The exact requests each Toktra resource sends, checked with nock.
import { expect } from "chai";
import { configureFrom } from "../../../provider/core/config";
import { alertConfigSpec } from "../../../spec/toktra/alert-config";
import { budgetSpec } from "../../../spec/toktra/budget";
import { itsmConfigSpec } from "../../../spec/toktra/itsm-config";
import { policySpec } from "../../../spec/toktra/policy";
import { siemConfigSpec } from "../../../spec/toktra/siem-config";
import { ssoConfigSpec } from "../../../spec/toktra/sso-config";
import { CERT_A } from "../../helpers/certificates";
import { expectEveryMockUsed, expectSequence, nock, Step, useNock } from "../../helpers/nock";
import { providerFor } from "../../../provider/core/module";

const alertConfig = providerFor(alertConfigSpec);
const budget = providerFor(budgetSpec);
const itsm = providerFor(itsmConfigSpec);
const policy = providerFor(policySpec);
const siem = providerFor(siemConfigSpec);
const sso = providerFor(ssoConfigSpec);

const BASE = "https://api.toktra.test";
const KEY = "tk-unit-test-key-0000";
const ID = "3f2b8c1e-9a4d-4e7b-8c21-5d6f0a9b1c2e";
const stamps = { created_at: "2026-01-01T00:00:00Z", updated_at: "2026-01-01T00:00:00Z" };
const FINGERPRINT = /^fp1:[0-9a-f]+:[0-9a-f]{64}$/;

const expectRequests = (...steps: Step[]) => expectSequence(nock(BASE).matchHeader("authorization", `Bearer ${KEY}`), steps);

describe("Toktra request bodies", () => {
  useNock();
  before(() => {
    // The documented form: api_url without /v1; the admin paths bring their own.
    configureFrom({ get: (k) => ({ "toktra:apiKey": KEY, "toktra:apiUrl": BASE, "toktra:maxRetries": "0" })[k] });
  });
  expectEveryMockUsed();

  it("Policy create: JSON documents as data, documented defaults filled in; state keeps the user's text", async () => {
    const conditions = { max_tokens_per_day: 500000, scope: "per_user" };
    const live = {
      id: ID,
      org_id: "org_1",
      name: "cap",
      type: "token_limit",
      severity: "medium",
      enabled: true,
      conditions,
      actions: { action: "warn_and_notify" },
      ...stamps,
    };
    const seen = expectRequests(["POST", "/v1/api/policies", live, 201], ["GET", `/v1/api/policies/${ID}`, live]);
    const text = '{"scope": "per_user", "max_tokens_per_day": 500000}';
    const res = await policy.create({ name: "cap", type: "token_limit", conditions: text, actions: { action: "warn_and_notify" } });
    expect(seen[0]!.body).to.deep.equal({
      name: "cap",
      type: "token_limit",
      severity: "medium",
      enabled: true,
      conditions,
      actions: { action: "warn_and_notify" },
    });
    expect(res.id).to.equal(ID);
    expect(res.outs).to.deep.include({ conditions: text, actions: { action: "warn_and_notify" }, orgId: "org_1" });
  });

  it("Policy update: the type is not sent, defaults are, a removed description is cleared", async () => {
    const seen = expectRequests(["PUT", `/v1/api/policies/${ID}`, {}], ["GET", `/v1/api/policies/${ID}`, { id: ID, ...stamps }]);
    const olds = { name: "cap", type: "model_restrict", description: "old", conditions: { model: "gpt-4" }, actions: { action: "alert" } };
    await policy.update!(ID, olds, { name: "cap", type: "model_restrict", conditions: { model: "gpt-4o" }, actions: { action: "alert" } });
    expect(seen[0]!.body).to.deep.equal({
      name: "cap",
      description: "",
      severity: "medium",
      enabled: true,
      conditions: { model: "gpt-4o" },
      actions: { action: "alert" },
    });
  });

  it("SiemConfig create and update: credentials are sent whole and kept only as a fingerprint", async () => {
    const live = { id: ID, name: "soc", provider_type: "splunk", endpoint: "https://hec.example.com", is_active: true, ...stamps };
    const path = `/v1/api/siem/configs/${ID}`;
    const seen = expectRequests(["POST", "/v1/api/siem/configs", live, 201], ["GET", path, live], ["PUT", path, live], ["GET", path, live]);
    const credentials = { token: "hec-token-9f9f", signing_secret: "sign-9e9e" };
    const inputs = { name: "soc", providerType: "splunk", endpoint: "https://hec.example.com", credentials, eventsFilter: '{"severity": ["high"]}' };
    const created = await siem.create(inputs);
    expect(seen[0]!.body).to.deep.equal({
      name: "soc",
      provider_type: "splunk",
      endpoint: "https://hec.example.com",
      credentials,
      events_filter: { severity: ["high"] },
      is_active: true,
    });
    expect(created.outs.credentials).to.match(FINGERPRINT);
    expect(JSON.stringify(created.outs)).to.not.include("hec-token-9f9f").and.not.include("sign-9e9e");
    const { eventsFilter: _dropped, ...rest } = inputs;
    await siem.update!(ID, created.outs, { ...rest, credentials: JSON.stringify({ token: "hec-token-rotated" }) });
    expect(seen[2]!.body).to.deep.equal({
      name: "soc",
      endpoint: "https://hec.example.com",
      credentials: { token: "hec-token-rotated" },
      events_filter: null,
      is_active: true,
    });
  });

  it("SiemConfig diff: credentials compare by meaning against the fingerprint, whatever their form", async () => {
    const credentials = { api_key: "dd-key-1a1a" };
    const live = { id: ID, name: "dd", provider_type: "datadog", endpoint: "https://http-intake.logs.datadoghq.com", ...stamps };
    expectRequests(["POST", "/v1/api/siem/configs", live, 201], ["GET", `/v1/api/siem/configs/${ID}`, live]);
    const inputs = { name: "dd", providerType: "datadog", endpoint: "https://http-intake.logs.datadoghq.com", credentials };
    const { outs } = await siem.create(inputs);
    expect((await siem.diff!(ID, outs, { ...inputs, credentials: ' {"api_key":"dd-key-1a1a"} ' })).changes).to.equal(false);
    expect((await siem.diff!(ID, outs, { ...inputs, credentials: { api_key: "dd-key-2b2b" } })).changes).to.equal(true);
  });

  it("SsoConfig create: the certificate is sent and kept as a fingerprint; Toktra's SP details come back", async () => {
    const live = {
      id: ID,
      name: "Okta SSO",
      provider_type: "okta",
      entity_id: "e",
      sso_url: "https://idp.example.com/sso",
      certificate_fingerprint: "AB:CD",
      acs_url: "https://api.toktra.io/v1/sso/acs",
      ...stamps,
    };
    const seen = expectRequests(["POST", "/v1/api/sso/configs", live, 201], ["GET", `/v1/api/sso/configs/${ID}`, live]);
    const res = await sso.create({ name: "Okta SSO", providerType: "okta", entityId: "e", ssoUrl: "https://idp.example.com/sso", certificate: CERT_A });
    expect(seen[0]!.body).to.deep.equal({
      name: "Okta SSO",
      provider_type: "okta",
      entity_id: "e",
      sso_url: "https://idp.example.com/sso",
      certificate: CERT_A,
      enabled: true,
    });
    expect(res.outs.certificate).to.match(FINGERPRINT);
    expect(res.outs).to.include({ certificateFingerprint: "AB:CD", acsUrl: "https://api.toktra.io/v1/sso/acs" });
  });

  it("Budget create: the documented defaults (80 %, no rollover); spent and remaining are the server's", async () => {
    const live = { id: ID, monthly_limit: 10000, alert_threshold_pct: 80, rollover_enabled: false, spent: 0, remaining: 10000, ...stamps };
    const seen = expectRequests(["POST", "/v1/api/budgets", live, 201], ["GET", `/v1/api/budgets/${ID}`, live]);
    const res = await budget.create({ monthlyLimit: 10000 });
    expect(seen[0]!.body).to.deep.equal({ monthly_limit: 10000, alert_threshold_pct: 80, rollover_enabled: false });
    expect(res.outs).to.include({ monthlyLimit: 10000, spent: 0, remaining: 10000 });
  });

  it("AlertConfig create: channels travel as the docs write them, severity_filter in snake_case", async () => {
    const channels = [
      { type: "slack", channel_id: "C12345678" },
      { type: "email", address: "security@company.com" },
    ];
    const live = { id: ID, name: "a", channels, severity_filter: ["high", "critical"], enabled: true, ...stamps };
    const seen = expectRequests(["POST", "/v1/api/alert-configs", live, 201], ["GET", `/v1/api/alert-configs/${ID}`, live]);
    const res = await alertConfig.create({ name: "a", channels, severityFilter: ["high", "critical"] });
    expect(seen[0]!.body).to.deep.equal({ name: "a", channels, severity_filter: ["high", "critical"], enabled: true });
    expect(res.outs.channels).to.deep.equal(channels);
  });

  it('ItsmConfig create (Jira): credentials, instance_url, default_project, default_issue_type "Bug"', async () => {
    const live = {
      id: ID,
      name: "j",
      provider_type: "jira",
      instance_url: "https://acme.atlassian.net",
      default_project: "SEC",
      default_issue_type: "Bug",
      is_active: true,
      ...stamps,
    };
    const seen = expectRequests(["POST", "/v1/api/itsm/configs", live, 201], ["GET", `/v1/api/itsm/configs/${ID}`, live]);
    const credentials = { email: "a@b.co", api_token: "jira-tok-7a7a" };
    const res = await itsm.create({ name: "j", providerType: "jira", instanceUrl: "https://acme.atlassian.net", defaultProject: "SEC", credentials });
    expect(seen[0]!.body).to.deep.equal({
      name: "j",
      provider_type: "jira",
      instance_url: "https://acme.atlassian.net",
      credentials,
      default_project: "SEC",
      default_issue_type: "Bug",
      is_active: true,
    });
    expect(res.outs.credentials).to.match(FINGERPRINT);
  });

  it("read: Toktra's 404 means gone; delete: its 204 and its 404 both succeed", async () => {
    const gone = { error: "not_found", message: `policy ${ID} not found` };
    const other = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    expectRequests(
      ["GET", `/v1/api/policies/${ID}`, gone, 404],
      ["DELETE", `/v1/api/policies/${other}`, "", 204],
      ["DELETE", `/v1/api/policies/${ID}`, gone, 404],
    );
    expect(await policy.read!(ID, {})).to.deep.equal({});
    await policy.delete!(other, {});
    await policy.delete!(ID, {});
  });

  it("an error that echoes a credential being sent shows it redacted, with Toktra's error type", async () => {
    expectRequests(["POST", "/v1/api/siem/configs", { error: "bad_request", message: "token hec-echoed-5b5b is not a HEC token" }, 400]);
    const err = (await siem
      .create({ name: "soc", providerType: "splunk", endpoint: "https://hec.example.com", credentials: { token: "hec-echoed-5b5b" } })
      .catch((e: Error) => e)) as Error;
    expect(err.message).to.match(/400 \(bad_request\): token \[secret\] is not a HEC token/);
    expect(err.message).to.not.include("hec-echoed-5b5b");
  });
});
