// The exact requests each Toktra resource sends, checked with nock.
import { expect } from "chai";
import { configureFrom } from "../../../provider/core/config";
import { alertConfigSpec } from "../../../spec/toktra/alert-config";
import { budgetSpec } from "../../../spec/toktra/budget";
import { itsmConnectorSpec } from "../../../spec/toktra/itsm-connector";
import { policySpec } from "../../../spec/toktra/policy";
import { siemConnectorSpec } from "../../../spec/toktra/siem-connector";
import { ssoConfigSpec } from "../../../spec/toktra/sso-config";
import { CERT_A } from "../../helpers/certificates";
import { expectSequence, nock, Step, useNock } from "../../helpers/nock";
import { providerFor } from "../../../provider/core/module";

const alertConfig = providerFor(alertConfigSpec);
const budget = providerFor(budgetSpec);
const itsm = providerFor(itsmConnectorSpec);
const policy = providerFor(policySpec);
const siem = providerFor(siemConnectorSpec);
const sso = providerFor(ssoConfigSpec);

const BASE = "https://api.toktra.test";
const KEY = "tk-unit-test-key-0000";
const stamps = { created_at: "2026-01-01T00:00:00Z", updated_at: "2026-01-01T00:00:00Z" };
const FINGERPRINT = /^fp1:[0-9a-f]+:[0-9a-f]{64}$/;

const expectRequests = (...steps: Step[]) => expectSequence(nock(BASE).matchHeader("authorization", `Bearer ${KEY}`), steps);

describe("Toktra request bodies", () => {
  useNock();
  before(() => {
    configureFrom({ get: (k) => ({ "toktra:apiKey": KEY, "toktra:baseUrl": `${BASE}/v1`, "toktra:maxRetries": "0" })[k] });
  });
  afterEach(() => {
    expect(nock.pendingMocks()).to.deep.equal([]);
    nock.cleanAll();
  });

  it("Policy create: JSON documents as data, defaults filled in; state keeps the user's text", async () => {
    const live = { id: "pol_1", org_id: "org_1", name: "cap", type: "token_limit", severity: "medium", enabled: true, conditions: { max_tokens: 5 }, actions: { action: "block", notify: [], slack_alert: false }, ...stamps };
    const seen = expectRequests(["POST", "/v1/policies", live, 201], ["GET", "/v1/policies/pol_1", live]);
    const res = await policy.create({ name: "cap", type: "token_limit", conditions: '{"max_tokens": 5}', actions: { action: "block" } });
    expect(seen[0]!.body).to.deep.equal({ name: "cap", type: "token_limit", severity: "medium", enabled: true, conditions: { max_tokens: 5 }, actions: { action: "block" } });
    expect(res.id).to.equal("pol_1");
    expect(res.outs).to.deep.include({ conditions: '{"max_tokens": 5}', actions: { action: "block" }, orgId: "org_1" });
  });

  it("Policy update: the type is not sent, defaults are, a removed description is cleared", async () => {
    const seen = expectRequests(["PUT", "/v1/policies/pol_1", {}], ["GET", "/v1/policies/pol_1", { id: "pol_1", ...stamps }]);
    const olds = { name: "cap", type: "token_limit", description: "old", conditions: { max_tokens: 5 }, actions: { action: "block" } };
    await policy.update!("pol_1", olds, { name: "cap", type: "token_limit", conditions: { max_tokens: 6 }, actions: { action: "block" } });
    expect(seen[0]!.body).to.deep.equal({ name: "cap", description: "", severity: "medium", enabled: true, conditions: { max_tokens: 6 }, actions: { action: "block" } });
  });

  it("SiemConnector create and update: secrets are sent, kept only as fingerprints, cleared with null", async () => {
    const live = { id: "siem_1", name: "soc", type: "splunk", endpoint: "https://hec.example.com", ...stamps };
    const seen = expectRequests(["POST", "/v1/siem/configs", live, 201], ["GET", "/v1/siem/configs/siem_1", live], ["PUT", "/v1/siem/configs/siem_1", live], ["GET", "/v1/siem/configs/siem_1", live]);
    const inputs = { name: "soc", type: "splunk", endpoint: "https://hec.example.com", token: "hec-token-9f9f", signingSecret: "sign-9e9e" };
    const created = await siem.create(inputs);
    expect(seen[0]!.body).to.deep.include({ token: "hec-token-9f9f", signing_secret: "sign-9e9e", min_severity: "low", active: true });
    expect(created.outs.token).to.match(FINGERPRINT);
    expect(JSON.stringify(created.outs)).to.not.include("hec-token-9f9f").and.not.include("sign-9e9e");
    const { signingSecret: _dropped, ...rest } = inputs;
    await siem.update!("siem_1", created.outs, rest);
    expect(seen[2]!.body).to.deep.include({ token: "hec-token-9f9f", signing_secret: null });
    expect(seen[2]!.body).to.not.have.property("type");
  });

  it("SsoConfig create: the certificate is sent once and kept as a fingerprint; Toktra's SP details come back", async () => {
    const live = { id: "sso_1", idp: "okta", entity_id: "e", sso_url: "https://idp.example.com/sso", certificate_fingerprint: "AB:CD", acs_url: "https://api.toktra.io/v1/sso/acs", ...stamps };
    const seen = expectRequests(["POST", "/v1/sso/saml-configs", live, 201], ["GET", "/v1/sso/saml-configs/sso_1", live]);
    const res = await sso.create({ idp: "okta", entityId: "e", ssoUrl: "https://idp.example.com/sso", certificate: CERT_A, allowedDomains: ["acme.example"] });
    expect(seen[0]!.body).to.deep.equal({
      idp: "okta",
      entity_id: "e",
      sso_url: "https://idp.example.com/sso",
      certificate: CERT_A,
      enabled: true,
      enforce: false,
      default_role: "member",
      allowed_domains: ["acme.example"],
    });
    expect(res.outs.certificate).to.match(FINGERPRINT);
    expect(res.outs).to.include({ certificateFingerprint: "AB:CD", acsUrl: "https://api.toktra.io/v1/sso/acs" });
  });

  it("Budget create: currency defaults to USD; spent and remaining are the server's", async () => {
    const live = { id: "bud_1", name: "eng", amount: 100, currency: "USD", period: "monthly", hard_cap: false, spent: 0, remaining: 100, ...stamps };
    const seen = expectRequests(["POST", "/v1/budgets", live, 201], ["GET", "/v1/budgets/bud_1", live]);
    const res = await budget.create({ name: "eng", amount: 100, period: "monthly" });
    expect(seen[0]!.body).to.deep.equal({ name: "eng", amount: 100, currency: "USD", period: "monthly", hard_cap: false });
    expect(res.outs).to.include({ spent: 0, remaining: 100 });
  });

  it("AlertConfig create: camelCase channels travel in snake_case", async () => {
    const live = { id: "alc_1", name: "a", alert_type: "security_event", channels: { webhook_url: "https://hooks.example.com/x", slack_channel: "#sec" }, ...stamps };
    const seen = expectRequests(["POST", "/v1/alert-configs", live, 201], ["GET", "/v1/alert-configs/alc_1", live]);
    const res = await alertConfig.create({ name: "a", alertType: "security_event", channels: { webhookUrl: "https://hooks.example.com/x", slackChannel: "#sec" } });
    expect(seen[0]!.body).to.deep.include({ alert_type: "security_event", channels: { webhook_url: "https://hooks.example.com/x", slack_channel: "#sec" } });
    expect(res.outs.channels).to.deep.equal({ webhookUrl: "https://hooks.example.com/x", slackChannel: "#sec" });
  });

  it("ItsmConnector create (Jira): email, API token and project in Toktra's names", async () => {
    const live = { id: "itsm_1", name: "j", type: "jira", instance_url: "https://acme.atlassian.net", email: "a@b.co", project_key: "SEC", ...stamps };
    const seen = expectRequests(["POST", "/v1/itsm/configs", live, 201], ["GET", "/v1/itsm/configs/itsm_1", live]);
    const res = await itsm.create({ name: "j", type: "jira", instanceUrl: "https://acme.atlassian.net", email: "a@b.co", apiToken: "jira-tok-7a7a", projectKey: "SEC" });
    expect(seen[0]!.body).to.deep.equal({ name: "j", type: "jira", instance_url: "https://acme.atlassian.net", email: "a@b.co", api_token: "jira-tok-7a7a", project_key: "SEC", active: true });
    expect(res.outs.apiToken).to.match(FINGERPRINT);
  });

  it("read: Toktra's 404 means gone; delete: its 204 and its 404 both succeed", async () => {
    const gone = { error: "not_found", message: "policy pol_9 not found" };
    expectRequests(["GET", "/v1/policies/pol_9", gone, 404], ["DELETE", "/v1/policies/pol_1", "", 204], ["DELETE", "/v1/policies/pol_9", gone, 404]);
    expect(await policy.read!("pol_9", {})).to.deep.equal({});
    await policy.delete!("pol_1", {});
    await policy.delete!("pol_9", {});
  });

  it("an error that echoes a secret being sent shows it redacted, with Toktra's error type", async () => {
    expectRequests(["POST", "/v1/siem/configs", { error: "bad_request", message: "token hec-echoed-5b5b is not a HEC token" }, 400]);
    const err = (await siem.create({ name: "soc", type: "splunk", endpoint: "https://hec.example.com", token: "hec-echoed-5b5b" }).catch((e: Error) => e)) as Error;
    expect(err.message).to.match(/400 \(bad_request\): token \[secret\] is not a HEC token/);
    expect(err.message).to.not.include("hec-echoed-5b5b");
  });
});
