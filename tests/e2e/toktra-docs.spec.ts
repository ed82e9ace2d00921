// Every example block of Toktra's Terraform provider docs, written in camelCase
// exactly as shown (jsonencode(...) as an object, var.* as literal values): each
// comes up, reaches the API with the documented values, and previews unchanged.
import { strict as assert } from "assert";
import type * as auto from "@pulumi/pulumi/automation";
import { CERT_A } from "../helpers/certificates";
import { api, calls, targetOf, useEmulator } from "../helpers/emulator";
import { sdk } from "../helpers/installed";
import { newStack } from "../helpers/stack";

const emulator = useEmulator();

type Block = [resource: string, name: string, args: Record<string, unknown>, collection: string, wire: Record<string, unknown>];

// The docs' blocks, in their order; `wire` is what the API must hold afterwards.
const BLOCKS: Block[] = [
  [
    "Policy",
    "restrict_gpt4",
    {
      name: "restrict-gpt4-to-engineering",
      type: "model_restrict",
      severity: "high",
      enabled: true,
      conditions: { model: "gpt-4", department: { not_in: ["engineering"] } },
      actions: { action: "alert", notify: ["security@company.com"], slack_alert: true },
    },
    "/v1/api/policies",
    { type: "model_restrict", severity: "high", conditions: { model: "gpt-4", department: { not_in: ["engineering"] } } },
  ],
  [
    "Policy",
    "daily_token_limit",
    {
      name: "daily-token-limit-engineering",
      type: "token_limit",
      severity: "high",
      enabled: true,
      conditions: { max_tokens_per_day: 500000, scope: "per_user" },
      actions: { action: "warn_and_notify", notify: ["eng-leads@company.com"], slack_alert: true },
    },
    "/v1/api/policies",
    { actions: { action: "warn_and_notify", notify: ["eng-leads@company.com"], slack_alert: true } },
  ],
  [
    "Budget",
    "engineering_monthly",
    { monthlyLimit: 10000.0, alertThresholdPct: 75, rolloverEnabled: false },
    "/v1/api/budgets",
    { monthly_limit: 10000, alert_threshold_pct: 75 },
  ],
  [
    "AlertConfig",
    "security_critical",
    {
      name: "Security — critical alerts",
      enabled: true,
      channels: [
        { type: "slack", channel_id: "C12345678" },
        { type: "email", address: "security@company.com" },
        { type: "webhook", url: "https://hooks.company.com/toktra" },
      ],
      severityFilter: ["high", "critical"],
    },
    "/v1/api/alert-configs",
    { severity_filter: ["high", "critical"] },
  ],
  [
    "SiemConfig",
    "splunk_prod",
    {
      name: "Splunk Production",
      providerType: "splunk",
      endpoint: "https://splunk-hec.company.com:8088",
      isActive: true,
      credentials: { token: "hec-docs-token-0a1b", signing_secret: "splunk-docs-signing-2c3d" },
    },
    "/v1/api/siem/configs",
    { provider_type: "splunk", is_active: true },
  ],
  [
    "SiemConfig",
    "datadog",
    {
      name: "Datadog",
      providerType: "datadog",
      endpoint: "https://http-intake.logs.datadoghq.com",
      isActive: true,
      credentials: { api_key: "dd-docs-api-key-4e5f" },
    },
    "/v1/api/siem/configs",
    { provider_type: "datadog" },
  ],
  [
    "SiemConfig",
    "elasticsearch",
    {
      name: "Elasticsearch",
      providerType: "elastic",
      endpoint: "https://es.company.com:9200",
      isActive: true,
      credentials: { api_key: "es-docs-api-key-6a7b", signing_secret: "es-docs-signing-8c9d" },
    },
    "/v1/api/siem/configs",
    { provider_type: "elastic", endpoint: "https://es.company.com:9200" },
  ],
  [
    "ItsmConfig",
    "jira",
    {
      name: "Jira Cloud",
      providerType: "jira",
      instanceUrl: "https://company.atlassian.net",
      defaultProject: "SEC",
      defaultIssueType: "Bug",
      isActive: true,
      credentials: { email: "toktra-bot@company.com", api_token: "jira-docs-token-0e1f" },
    },
    "/v1/api/itsm/configs",
    { provider_type: "jira", default_project: "SEC", default_issue_type: "Bug" },
  ],
  [
    "ItsmConfig",
    "servicenow",
    {
      name: "ServiceNow",
      providerType: "servicenow",
      instanceUrl: "https://company.service-now.com",
      defaultProject: "IT Security",
      defaultIssueType: "Incident",
      isActive: true,
      credentials: { username: "toktra-bot", password: "snow-docs-password-2a3b" },
    },
    "/v1/api/itsm/configs",
    { default_project: "IT Security", default_issue_type: "Incident" },
  ],
  [
    "SsoConfig",
    "okta",
    {
      name: "Okta SSO",
      providerType: "okta",
      entityId: "https://company.okta.com/app/entity-id",
      ssoUrl: "https://company.okta.com/app/sso/saml",
      certificate: CERT_A,
      enabled: true,
    },
    "/v1/api/sso/configs",
    { provider_type: "okta", entity_id: "https://company.okta.com/app/entity-id", enabled: true },
  ],
];

describe("every example block of Toktra's Terraform docs, in camelCase (real engine)", function () {
  this.timeout(600_000);
  let stack: auto.Stack;

  before(async () => {
    const s = sdk();
    stack = await newStack(
      async () => {
        const ids: Record<string, unknown> = {};
        for (const [resource, name, args] of BLOCKS) {
          const Ctor = (s.toktra as unknown as Record<string, new (n: string, a: unknown) => { id: unknown }>)[resource]!;
          ids[name] = new Ctor(name, args).id;
        }
        return { ids };
      },
      targetOf(emulator()),
      "toktra-docs",
    );
  });

  it("up creates each block, and the API holds the documented values", async () => {
    const res = await stack.up();
    assert.equal(res.summary.resourceChanges?.create, BLOCKS.length + 1, JSON.stringify(res.summary.resourceChanges));
    const ids = res.outputs.ids!.value as Record<string, string>;
    const a = api(emulator(), "toktra");
    for (const [resource, name, , collection, wire] of BLOCKS) {
      const live = await a.get(`${collection}/${ids[name]}`);
      for (const [k, v] of Object.entries(wire)) assert.deepEqual(live[k], v, `${resource} ${name}: ${k}`);
      assert.equal(live.credentials, undefined, `${resource} ${name} shows its credentials`);
    }
  });

  it("preview shows each block unchanged, and calls no API", async () => {
    const before = calls(emulator()).length;
    const ops = new Map<string, string>();
    await stack.preview({
      onEvent: (e) => {
        const m = e.resourcePreEvent?.metadata;
        if (m) ops.set(m.urn.split("::").pop()!, m.op);
      },
    });
    for (const [resource, name] of BLOCKS) assert.equal(ops.get(name), "same", `${resource} ${name}: ${ops.get(name)}`);
    assert.deepEqual(calls(emulator()).slice(before), []);
  });

  after(async () => {
    await stack?.destroy();
  });
});
