// A catalogue of invalid programs. Each must fail at preview, before any API
// call, with a message naming the resource, the field and the rule to follow.
import { strict as assert } from "assert";
import { CERT_A, NOT_A_CERT } from "../../helpers/certificates";
import { calls, targetOf, useEmulator } from "../../helpers/emulator";
import { Sdk, sdk } from "../../helpers/installed";
import { newStack } from "../../helpers/stack";

const emulator = useEmulator();

const VENDOR = {
  Workspace: "portkey",
  Integration: "portkey",
  IntegrationWorkspaceAccess: "portkey",
  VirtualKey: "portkey",
  GatewayConfig: "portkey",
  Policy: "toktra",
  SiemConnector: "toktra",
  SsoConfig: "toktra",
  Budget: "toktra",
  AlertConfig: "toktra",
  ItsmConnector: "toktra",
} as const;
type Kind = keyof typeof VENDOR;
type Case = [kind: Kind, what: string, args: Record<string, unknown>, expected: RegExp, opts?: { import?: string }];

const ws = { name: "w" };
const integ = { name: "i", aiProviderId: "openai" };
const access = { integrationId: "openai-1", workspaceId: "ws-1" };
const vk = { name: "k", workspaceId: "ws-1", integrationId: "openai-1" };
const cfg = { name: "c" };
const long = "x".repeat(101);
const policy = { name: "p", type: "token_limit", conditions: { max_tokens: 100 }, actions: { action: "block" } };
const siem = { name: "s", type: "splunk", endpoint: "https://hec.example.com", token: "hec-bad-input-token" };
const sso = { idp: "okta", entityId: "http://www.okta.com/exk1", ssoUrl: "https://acme.okta.com/sso", certificate: CERT_A };
const budget = { name: "b", amount: 100, period: "monthly" };
const alerts = { name: "a", alertType: "security_event", channels: { emails: ["sec@example.com"] } };
const snow = { name: "n", type: "servicenow", instanceUrl: "https://acme.service-now.com", username: "bot", password: "sn-bad-input-pass" };
const jira = { name: "j", type: "jira", instanceUrl: "https://acme.atlassian.net", email: "bot@acme.example", apiToken: "jira-bad-input-token", projectKey: "SEC" };

const CASES: Case[] = [
  ["Workspace", "missing name", {}, /Workspace\.name is required/],
  ["Workspace", "empty name", { name: "" }, /Workspace\.name must not be empty/],
  ["Workspace", "name too long", { name: long }, /Workspace\.name must NOT have more than 100 characters/],
  ["Workspace", "wrong limit type", { ...ws, usageLimits: [{ type: "dollars" }] }, /usageLimits\[0\]\.type must be one of: cost, tokens/],
  ["Workspace", "zero credit limit", { ...ws, usageLimits: [{ type: "cost", creditLimit: 0 }] }, /usageLimits\[0\]\.creditLimit must be >= 1/],
  ["Workspace", "fractional credit limit", { ...ws, usageLimits: [{ type: "cost", creditLimit: 1.5 }] }, /usageLimits\[0\]\.creditLimit must be integer/],
  ["Workspace", "negative alert threshold", { ...ws, usageLimits: [{ type: "cost", alertThreshold: -1 }] }, /usageLimits\[0\]\.alertThreshold must be >= 1/],
  ["Workspace", "daily reset", { ...ws, usageLimits: [{ type: "cost", periodicReset: "daily" }] }, /usageLimits\[0\]\.periodicReset must be one of: monthly, weekly/],
  ["Workspace", "limit without type", { ...ws, usageLimits: [{ creditLimit: 5 }] }, /usageLimits\[0\] is missing the required key "type"/],
  ["Workspace", "unknown limit key", { ...ws, usageLimits: [{ type: "cost", burst: 2 }] }, /usageLimits\[0\] has an unknown key "burst"/],
  ["Workspace", "malformed limits JSON", { ...ws, usageLimits: '[{"type": "cost"' }, /Workspace\.usageLimits must be valid JSON/],
  ["Workspace", "HCL limits", { ...ws, usageLimits: 'type = "cost"' }, /usageLimits must be valid JSON .*looks like HCL/],
  ["Workspace", "limits as an object", { ...ws, usageLimits: '{"type": "cost"}' }, /Workspace\.usageLimits must be array/],
  ["Workspace", "per-second rate unit", { ...ws, rateLimits: [{ type: "requests", unit: "rps", value: 1 }] }, /rateLimits\[0\]\.unit must be one of: rpm, rph, rpd/],
  ["Workspace", "zero rate", { ...ws, rateLimits: [{ type: "requests", unit: "rpm", value: 0 }] }, /rateLimits\[0\]\.value must be >= 1/],
  ["Workspace", "rate without unit", { ...ws, rateLimits: [{ type: "requests", value: 1 }] }, /rateLimits\[0\] is missing the required key "unit"/],
  ["Workspace", "non-string metadata", { ...ws, metadata: { team: 1 } }, /metadata\.team must be string/],
  ["Workspace", "unknown argument", { ...ws, colour: "red" }, /Workspace\.colour is not a known argument/],
  ["Integration", "missing provider", { name: "i" }, /Integration\.aiProviderId is required/],
  ["Integration", "missing name", { aiProviderId: "openai" }, /Integration\.name is required/],
  ["Integration", "provider with a space", { ...integ, aiProviderId: "Open AI" }, /Integration\.aiProviderId must match/],
  ["Integration", "slug with capitals", { ...integ, slug: "Bad_Slug" }, /Integration\.slug must match/],
  ["Integration", "one-letter slug", { ...integ, slug: "a" }, /Integration\.slug must match/],
  ["Integration", "empty key", { ...integ, key: "" }, /Integration\.key must not be empty/],
  ["Integration", "malformed configurations", { ...integ, configurations: '{"azure_resource_name": ' }, /Integration\.configurations must be valid JSON/],
  ["Integration", "HCL configurations", { ...integ, configurations: 'aws_region = "eu-west-1"' }, /Integration\.configurations must be valid JSON.*looks like HCL/],
  ["Integration", "configurations as a list", { ...integ, configurations: "[1, 2]" }, /Integration\.configurations must be object/],
  ["Integration", "empty workspace", { ...integ, workspaceId: "" }, /Integration\.workspaceId must not be empty/],
  ["Integration", "description as a number", { ...integ, description: 5 }, /Integration\.description must be string/],
  ["Integration", "unknown argument", { ...integ, apiKey: "x" }, /Integration\.apiKey is not a known argument/],
  ["IntegrationWorkspaceAccess", "missing integration", { workspaceId: "ws-1" }, /IntegrationWorkspaceAccess\.integrationId is required/],
  ["IntegrationWorkspaceAccess", "missing workspace", { integrationId: "openai-1" }, /IntegrationWorkspaceAccess\.workspaceId is required/],
  ["IntegrationWorkspaceAccess", "enabled as text", { ...access, enabled: "yes" }, /IntegrationWorkspaceAccess\.enabled must be boolean/],
  ["IntegrationWorkspaceAccess", "two usage limits", { ...access, usageLimits: [{ type: "cost" }, { type: "tokens" }] }, /usageLimits takes at most 1 item/],
  ["IntegrationWorkspaceAccess", "two rate limits", { ...access, rateLimits: [{ type: "requests", unit: "rpm", value: 1 }, { type: "tokens", unit: "rpm", value: 1 }] }, /rateLimits takes at most 1 item/],
  ["IntegrationWorkspaceAccess", "wrong usage type", { ...access, usageLimits: [{ type: "requests" }] }, /usageLimits\[0\]\.type must be one of: cost, tokens/],
  ["IntegrationWorkspaceAccess", "wrong rate type", { ...access, rateLimits: [{ type: "calls", unit: "rpm", value: 1 }] }, /rateLimits\[0\]\.type must be one of: requests, tokens/],
  ["IntegrationWorkspaceAccess", "empty limit", { ...access, usageLimits: [{}] }, /usageLimits\[0\] is missing the required key "type"/],
  ["IntegrationWorkspaceAccess", "malformed rate JSON", { ...access, rateLimits: "[{" }, /IntegrationWorkspaceAccess\.rateLimits must be valid JSON/],
  ["IntegrationWorkspaceAccess", "unknown argument", { ...access, budget: 5 }, /IntegrationWorkspaceAccess\.budget is not a known argument/],
  ["VirtualKey", "missing workspace", { name: "k", integrationId: "openai-1" }, /VirtualKey\.workspaceId is required/],
  ["VirtualKey", "missing integration", { name: "k", workspaceId: "ws-1" }, /VirtualKey\.integrationId is required/],
  ["VirtualKey", "missing name", { workspaceId: "ws-1", integrationId: "openai-1" }, /VirtualKey\.name is required/],
  ["VirtualKey", "slug starting with a dash", { ...vk, slug: "-bad" }, /VirtualKey\.slug must match/],
  ["VirtualKey", "note as a number", { ...vk, note: 7 }, /VirtualKey\.note must be string/],
  ["VirtualKey", "name too long", { ...vk, name: long }, /VirtualKey\.name must NOT have more than 100 characters/],
  ["VirtualKey", "unknown argument", { ...vk, budget: 1 }, /VirtualKey\.budget is not a known argument/],
  ["VirtualKey", "import id without a workspace", vk, /VirtualKey\.import id "only-one-part" must have the form workspaceId:id/, { import: "only-one-part" }],
  ["GatewayConfig", "missing config", { name: "c" }, /GatewayConfig\.config is required/],
  ["GatewayConfig", "empty config", { ...cfg, config: {} }, /GatewayConfig\.config must not be empty: give at least one of strategy, targets, retry, cache/],
  ["GatewayConfig", "malformed config JSON", { ...cfg, config: '{"retry": {"attempts": 3}' }, /GatewayConfig\.config must be valid JSON/],
  ["GatewayConfig", "HCL config", { ...cfg, config: "retry = { attempts = 3 }" }, /config must be valid JSON .*looks like HCL/],
  ["GatewayConfig", "unknown strategy", { ...cfg, config: { strategy: { mode: "random" } } }, /config\.strategy\.mode must be one of: single, loadbalance, fallback, conditional/],
  ["GatewayConfig", "strategy without mode", { ...cfg, config: { strategy: {} } }, /config\.strategy is missing the required key "mode"/],
  ["GatewayConfig", "too many retries", { ...cfg, config: { retry: { attempts: 9 } } }, /config\.retry\.attempts must be <= 5/],
  ["GatewayConfig", "negative retries", { ...cfg, config: { retry: { attempts: -1 } } }, /config\.retry\.attempts must be >= 0/],
  ["GatewayConfig", "unknown cache mode", { ...cfg, config: { cache: { mode: "forever" } } }, /config\.cache\.mode must be one of: simple, semantic/],
  ["GatewayConfig", "cache age too short", { ...cfg, config: { cache: { mode: "simple", max_age: 10 } } }, /config\.cache\.max_age must be >= 60/],
  ["GatewayConfig", "targets as an object", { ...cfg, config: { targets: {} } }, /config\.targets must be array/],
  ["GatewayConfig", "isDefault as text", { ...cfg, config: { retry: { attempts: 1 } }, isDefault: "true" }, /GatewayConfig\.isDefault must be boolean/],
  ["GatewayConfig", "config as a JSON list", { ...cfg, config: "[]" }, /GatewayConfig\.config must be object/],
  ["GatewayConfig", "empty name", { name: "", config: { retry: { attempts: 1 } } }, /GatewayConfig\.name must not be empty/],
  ["GatewayConfig", "empty workspace", { ...cfg, config: { retry: { attempts: 1 } }, workspaceId: "" }, /GatewayConfig\.workspaceId must not be empty/],
  ["GatewayConfig", "unknown argument", { ...cfg, config: { retry: { attempts: 1 } }, owner: "me" }, /GatewayConfig\.owner is not a known argument/],
  ["Policy", "unknown type", { ...policy, type: "rate_limit" }, /Policy\.type must be one of: token_limit, provider_block, model_restrict/],
  ["Policy", "missing conditions", { ...policy, conditions: undefined }, /Policy\.conditions is required/],
  ["Policy", "empty conditions", { ...policy, conditions: {} }, /Policy\.conditions must not be empty: give at least one of max_tokens, providers, models/],
  ["Policy", "malformed conditions JSON", { ...policy, conditions: '{"max_tokens": ' }, /Policy\.conditions must be valid JSON/],
  ["Policy", "HCL conditions", { ...policy, conditions: "max_tokens = 4000" }, /Policy\.conditions must be valid JSON .*looks like HCL/],
  ["Policy", "token_limit without max_tokens", { ...policy, conditions: { department: { in: ["sales"] } } }, /Policy\.conditions is missing the required key "max_tokens" \(when type is token_limit: .*e\.g\./],
  ["Policy", "zero max_tokens", { ...policy, conditions: { max_tokens: 0 } }, /Policy\.conditions\.max_tokens must be >= 1/],
  ["Policy", "provider_block with no providers", { ...policy, type: "provider_block", conditions: { providers: [] } }, /Policy\.conditions\.providers must not be empty/],
  ["Policy", "unknown key in actions", { ...policy, actions: { action: "block", escalate: true } }, /Policy\.actions has an unknown key "escalate"; remove it/],
  ["Policy", "unknown action", { ...policy, actions: '{"action": "quarantine"}' }, /Policy\.actions\.action must be one of: allow, block, alert, require_approval/],
  ["Policy", "notify without an email", { ...policy, actions: { action: "alert", notify: ["security team"] } }, /Policy\.actions\.notify\[0\] must be an email address/],
  ["SiemConnector", "plain http endpoint", { ...siem, endpoint: "http://hec.example.com:8088" }, /SiemConnector\.endpoint must be an https URL/],
  ["SiemConnector", "syslog endpoint", { ...siem, endpoint: "tcp://siem.example.com:514" }, /SiemConnector\.endpoint must be an https URL/],
  ["SiemConnector", "endpoint without a scheme", { ...siem, endpoint: "hec.example.com" }, /SiemConnector\.endpoint must be an https URL/],
  ["SiemConnector", "missing token", { ...siem, token: undefined }, /SiemConnector\.token is required/],
  ["SiemConnector", "empty event types", { ...siem, eventTypes: [] }, /SiemConnector\.eventTypes must not be empty: list at least 1 item\(s\), or leave it out/],
  ["SiemConnector", "unknown event type", { ...siem, eventTypes: ["login"] }, /SiemConnector\.eventTypes\[0\] must be one of: policy_violation, budget_exceeded, anomaly_detected, security_event/],
  ["SiemConnector", "unknown SIEM", { ...siem, type: "sumologic" }, /SiemConnector\.type must be one of: splunk, datadog, elasticsearch/],
  ["SsoConfig", "bad PEM", { ...sso, certificate: NOT_A_CERT }, /SsoConfig\.certificate must be one PEM-encoded X\.509 certificate/],
  ["SsoConfig", "certificate without PEM armour", { ...sso, certificate: CERT_A.split("\n").slice(1, -1).join("\n") }, /SsoConfig\.certificate must be one PEM-encoded X\.509 certificate/],
  ["SsoConfig", "plain http SSO URL", { ...sso, ssoUrl: "http://acme.okta.com/sso" }, /SsoConfig\.ssoUrl must be an https URL/],
  ["SsoConfig", "empty allowed domains", { ...sso, allowedDomains: [] }, /SsoConfig\.allowedDomains must not be empty/],
  ["SsoConfig", "domain with capitals", { ...sso, allowedDomains: ["Acme.Example"] }, /SsoConfig\.allowedDomains\[0\] must be a lower-case domain name/],
  ["SsoConfig", "unknown IdP", { ...sso, idp: "ping" }, /SsoConfig\.idp must be one of: okta, azure_ad, google, onelogin, custom_saml/],
  ["SsoConfig", "missing entity ID", { ...sso, entityId: undefined }, /SsoConfig\.entityId is required/],
  ["Budget", "zero amount", { ...budget, amount: 0 }, /Budget\.amount must be > 0/],
  ["Budget", "negative amount", { ...budget, amount: -5 }, /Budget\.amount must be > 0/],
  ["Budget", "amount as text", { ...budget, amount: "100" }, /Budget\.amount must be number/],
  ["Budget", "lower-case currency", { ...budget, currency: "usd" }, /Budget\.currency must be an ISO 4217 currency code of three upper-case letters/],
  ["Budget", "unknown period", { ...budget, period: "biweekly" }, /Budget\.period must be one of: daily, weekly, monthly, quarterly, annual/],
  ["Budget", "empty department", { ...budget, department: "" }, /Budget\.department must not be empty/],
  ["AlertConfig", "empty channels", { ...alerts, channels: {} }, /AlertConfig\.channels must not be empty: give at least one of emails, webhookUrl, slackChannel/],
  ["AlertConfig", "empty email list", { ...alerts, channels: { emails: [] } }, /AlertConfig\.channels\.emails must not be empty/],
  ["AlertConfig", "plain http webhook", { ...alerts, channels: { webhookUrl: "http://hooks.example.com/x" } }, /AlertConfig\.channels\.webhookUrl must be an https URL/],
  ["AlertConfig", "unknown channel", { ...alerts, channels: { pagerduty: "svc-1" } }, /AlertConfig\.channels has an unknown key "pagerduty"; remove it/],
  ["AlertConfig", "HCL channels", { ...alerts, channels: 'emails = ["sec@example.com"]' }, /AlertConfig\.channels must be valid JSON .*looks like HCL/],
  ["AlertConfig", "Slack channel without #", { ...alerts, channels: { slackChannel: "ai-alerts" } }, /AlertConfig\.channels\.slackChannel must be a Slack channel name starting with #/],
  ["AlertConfig", "unknown alert type", { ...alerts, alertType: "cost_spike" }, /AlertConfig\.alertType must be one of: policy_violation, budget_exceeded, anomaly_detected, security_event/],
  ["ItsmConnector", "plain http instance", { ...snow, instanceUrl: "http://acme.service-now.com" }, /ItsmConnector\.instanceUrl must be an https URL/],
  ["ItsmConnector", "ServiceNow without a password", { ...snow, password: undefined }, /ItsmConnector\.password is required \(when type is servicenow: /],
  ["ItsmConnector", "Jira without a project", { ...jira, projectKey: undefined }, /ItsmConnector\.projectKey is required \(when type is jira: /],
  ["ItsmConnector", "Jira with a ServiceNow password", { ...jira, password: "x-pass" }, /ItsmConnector\.password does not apply here; remove it \(when type is jira: /],
  ["ItsmConnector", "lower-case project key", { ...jira, projectKey: "sec" }, /ItsmConnector\.projectKey must be a Jira project key/],
  ["ItsmConnector", "unknown ITSM", { ...snow, type: "zendesk" }, /ItsmConnector\.type must be one of: servicenow, jira/],
  ["ItsmConnector", "not an email", { ...jira, email: "bot" }, /ItsmConnector\.email must be an email address/],
];

const SECRET_ARGS = new Set(["key", "configurations", "token", "signingSecret", "password", "apiToken", "certificate"]);

/** The text of a case's secret arguments, long enough to be told apart from the message around it. */
function secretValues([, , args]: Case): string[] {
  return Object.entries(args)
    .filter(([k, v]) => SECRET_ARGS.has(k) && typeof v === "string" && v.length >= 8)
    .flatMap(([, v]) => (v as string).split("\n").filter((line) => line.length >= 8 && !line.startsWith("-----")));
}

function declare(s: Sdk, [kind, , args, , opts]: Case, i: number): void {
  const Ctor = (s[VENDOR[kind]] as Record<string, unknown>)[kind] as new (name: string, args: unknown, opts?: unknown) => unknown;
  new Ctor(`bad-${i}`, { ...args }, opts ?? {});
}

describe("bad-input catalogue: every invalid program fails at preview, before any API call", function () {
  this.timeout(1_200_000);

  it(`${CASES.length} cases across every resource`, async () => {
    assert.ok(CASES.length >= 100);
    // At least four cases for each resource type.
    for (const kind of Object.keys(VENDOR)) assert.ok(CASES.filter((c) => c[0] === kind).length >= 4, kind);
    const s = sdk();
    const target = targetOf(emulator());
    const before = calls(emulator()).length;
    // The engine stops a preview at its first invalid resource, so each case is a program of its own.
    // One at a time: inline programs run side by side in one process can lose their run context
    // under load, and a resource registered outside it never reaches its engine.
    const failed: string[] = [];
    for (const [i, c] of CASES.entries()) {
      const stack = await newStack(async () => declare(s, c, i), target, "bad-input");
      const err = (await stack.preview().then(() => undefined, (e: Error) => e)) as Error | undefined;
      const [kind, what, , expected] = c;
      const mine = (err?.message ?? "").split("\n").filter((l) => l.includes(`${VENDOR[kind]}:${kind} resource 'bad-${i}'`));
      // The engine prints a failing property's value; a secret's must never show.
      const shown = secretValues(c).filter((v) => err?.message.includes(v));
      if (shown.length) failed.push(`${kind} ${what}: the message shows a secret input (${shown[0]!.slice(0, 12)}...)`);
      else if (!mine.some((l) => expected.test(l))) failed.push(`${kind} ${what}: ${mine[0] ?? (err ? `another message: ...${err.message.slice(-600)}` : "preview passed")}`);
    }
    const apiCalls = calls(emulator()).slice(before);
    console.log(`      bad-input catalogue: ${CASES.length - failed.length} of ${CASES.length} cases fail at preview with the expected message; ${apiCalls.length} API calls`);
    assert.deepEqual(failed, []);
    assert.deepEqual(apiCalls, [], "preview called the API");
  });
});
