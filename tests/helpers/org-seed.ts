// A realistic organisation, seeded through the emulated APIs by the provider's
// own create (so wire mapping, hooks and sub-resources are the real ones).
// Table-driven: one row per resource type, each making `count` objects from
// what was made before it. A resource in the registry without a row fails
// `seedTableGaps`, so a newly added resource must be seeded too.
import { providerFor } from "../../provider/core/module";
import { RESOURCES, resourceNamed } from "../../spec";
import { parentsFirst } from "../../sdk/import-org/model";
import { ORGANISATION_ID } from "../../emulator/portkey/state";
import { SEEDED_USERS } from "../../emulator/portkey/users";
import { CERT_A } from "./certificates";

type Bag = Record<string, unknown>;
/** The outputs of the objects made so far, by resource type. */
export type Made = Record<string, Bag[]>;

export interface SeedRow {
  count: number;
  inputs(i: number, made: Made): Bag;
  /** The last `removed` objects made are destroyed again through the provider: no longer live (a usage policy stays, archived). */
  removed?: number;
}

/** Objects made and destroyed again, by resource type: an adoption must not see them. */
export const REMOVED: Made = {};

const at = <T>(list: T[] | undefined, i: number): T => list![i % list!.length]!;
const orgIntegrations = (m: Made) => m.Integration!.filter((x) => x.workspaceId === undefined);

/** Names and strings with quotes, backslashes, newlines, emoji and `${}` test the generated source's escaping. */
export const SEED: Record<string, SeedRow> = {
  Workspace: {
    count: 4,
    inputs: (i) =>
      [
        {
          name: "Search",
          description: "Search team",
          metadata: { "cost-center": "cc-1042", owner: "search" },
          usageLimits: [{ type: "cost", creditLimit: 500, alertThreshold: 400, periodicReset: "monthly" }],
        },
        { name: 'Data "Lab" \\ ${x}', description: "line one\nline two", icon: "🧪", rateLimits: [{ type: "requests", unit: "rpm", value: 600 }] },
        { name: "Support", metadata: { team: "support" } },
        { name: "Search", description: "a second workspace with the same name" },
      ][i]!,
  },
  Integration: {
    count: 6,
    inputs: (i, m) => ({
      name: ["OpenAI prod", "Anthropic", "Azure east", "Bedrock", "OpenAI staging", "Team-only OpenAI"][i],
      slug: ["openai-prod", "anthropic-main", "azure-east", "bedrock-main", "openai-staging", "openai-team"][i],
      aiProviderId: ["openai", "anthropic", "azure-openai", "bedrock", "openai", "openai"][i],
      key: `sk-seed-${i}-secret`,
      ...(i === 1 ? { description: "Claude for everyone", allowAllModels: false, models: ["claude-3-5-sonnet"] } : {}),
      ...(i === 5 ? { workspaceId: at(m.Workspace, 2).id } : {}),
    }),
  },
  IntegrationWorkspaceAccess: {
    count: 8,
    inputs: (i, m) => ({
      integrationId: at(orgIntegrations(m), i % 4).slug,
      workspaceId: at(m.Workspace, Math.floor(i / 4)).slug,
      ...(i % 3 === 0 ? { usageLimits: [{ type: "cost", creditLimit: 100 + i, periodicReset: "weekly" }] } : {}),
      ...(i === 2 ? { rateLimits: [{ type: "requests", unit: "rpm", value: 60 }] } : {}),
    }),
  },
  VirtualKey: {
    count: 24,
    // The first workspace holds most keys, so its list takes several pages.
    inputs: (i, m) => ({
      name: `Key ${i}${i === 3 ? ' ’quoted‘ "name"' : ""}`,
      slug: `vk-seed-${i}`,
      workspaceId: at(m.Workspace, i < 16 ? 0 : 1).id,
      integrationId: at(orgIntegrations(m), i % 2).slug,
      ...(i % 5 === 0 ? { note: `rotated ${i}\ttab` } : {}),
    }),
  },
  GatewayConfig: {
    count: 6,
    inputs: (i, m) => ({
      name: `Routing ${i}`,
      workspaceId: at(m.Workspace, i % 3).id,
      config:
        i % 2
          ? { retry: { attempts: 2, on_status_codes: [429, 503] }, cache: { mode: "simple", max_age: 3600 } }
          : { strategy: { mode: "fallback" }, targets: [{ provider: "openai" }, { provider: "anthropic" }] },
    }),
  },
  ApiKey: {
    count: 13,
    // Eleven keys in the first workspace: its key list takes two pages.
    inputs: (i, m) => ({
      name: i === 2 ? 'CI "deploy" key \\ ${env}' : `App key ${i}`,
      ...(i < 12 ? { type: "workspace", workspaceId: at(m.Workspace, i < 11 ? 0 : 1).id } : { type: "organisation" }),
      subType: "service",
      scopes: i % 2 ? ["completions.write", "logs.view"] : ["completions.write"],
      ...(i === 0 ? { description: "line one\nline two", metadata: { team: "search", "cost-center": "cc-1042" } } : {}),
      ...(i === 1 ? { usageLimits: { type: "cost", creditLimit: 50, alertThreshold: 40, periodicReset: "monthly" } } : {}),
      ...(i === 3 ? { rateLimits: [{ type: "requests", unit: "rpm", value: 120 }], alertEmails: ["ops@example.com"] } : {}),
    }),
  },
  UsageLimitsPolicy: {
    // The fourth is destroyed again: Portkey archives it, and it is no live object to adopt.
    count: 4,
    removed: 1,
    inputs: (i, m) => {
      const ws = at(m.Workspace, i === 2 ? 1 : 0).id as string;
      return {
        name: ["Search budget", "Per-key tokens", 'Lab "cap" 🧪', "Retired budget"][i],
        workspaceId: ws,
        conditions: [{ key: "workspace_id", value: ws }, ...(i === 1 ? [{ key: "metadata.team", value: "search" }] : [])],
        groupBy: [{ key: i === 1 ? "api_key" : "workspace_id" }],
        type: i === 1 ? "tokens" : "cost",
        creditLimit: [250.5, 1_000_000, 75, 10][i],
        ...(i === 0 ? { alertThreshold: 200, periodicReset: "monthly" } : {}),
      };
    },
  },
  RateLimitsPolicy: {
    count: 2,
    inputs: (i, m) => {
      const ws = at(m.Workspace, i).id as string;
      return {
        name: ["Per key", "Lab tokens"][i],
        workspaceId: ws,
        conditions: [{ key: "workspace_id", value: ws }],
        groupBy: [{ key: "api_key" }],
        type: ["requests", "tokens"][i],
        unit: ["rpm", "rph"][i],
        value: [60, 50_000][i],
      };
    },
  },
  UserInvite: {
    count: 11,
    // More than a page of invites, which page with their own parameter names.
    inputs: (i, m) =>
      [
        { email: "dev@acme.example", role: "member", workspaces: [{ id: at(m.Workspace, 0).id, role: "member" }], scopes: ["completions.write"] },
        { email: "o'brien+lead@acme.example", role: "admin" },
        {
          email: "data.lab@acme.example",
          role: "member",
          workspaces: [
            { id: at(m.Workspace, 1).id, role: "manager" },
            { id: at(m.Workspace, 2).id, role: "member" },
          ],
        },
      ][i] ?? { email: `intern-${i}@acme.example`, role: "member", workspaces: [{ id: at(m.Workspace, 2).slug, role: "member" }] },
  },
  PromptCollection: {
    count: 3,
    inputs: (i, m) => ({ name: ["Support prompts", 'Lab "experiments" \\ ${x}', "Sales 📈"][i], workspaceId: at(m.Workspace, [0, 1, 0][i]!).id }),
  },
  Prompt: {
    count: 4,
    // Each prompt runs through a virtual key of its collection's workspace.
    inputs: (i, m) => ({
      name: ["Reply", "Summarise ${doc}", "Lab 'probe'", "Upsell"][i],
      collectionId: at(m.PromptCollection, [0, 2, 1, 0][i]!).id,
      virtualKey: at(m.VirtualKey, [0, 1, 16, 2][i]!).id,
      model: i === 2 ? "claude-3-5-sonnet" : "gpt-4o",
      string: ["Answer briefly: {{question}}", "Summarise:\n\n{{document}}\n— in ${n} words", 'Say "hi" \\ {{name}} 🧪', "Offer {{plan}}"][i],
      ...(i % 2 ? { parameters: { temperature: 0.2, max_tokens: 512 } } : {}),
    }),
  },
  Guardrail: {
    count: 3,
    inputs: (i, m) =>
      [
        {
          name: "Word count",
          workspaceId: at(m.Workspace, 0).id,
          checks: [{ id: "default.wordCount", parameters: { minWords: 1, maxWords: 5000 } }],
          actions: { deny: true },
        },
        {
          name: 'No "secrets" \\ ${x}',
          workspaceId: at(m.Workspace, 1).id,
          checks: [{ id: "default.regexMatch", parameters: { rule: "sk-[A-Za-z0-9]{20,}", not: true } }],
          actions: { deny: false, on_fail: { feedback: { value: -1, weight: 1 } } },
        },
        { name: "Organisation PII", organisationId: ORGANISATION_ID, checks: [{ id: "portkey.pii", parameters: { redact: true } }], actions: { async: true } },
      ][i]!,
  },
  WorkspaceMember: {
    count: 3,
    inputs: (i, m) => ({ workspaceId: at(m.Workspace, [0, 0, 1][i]!).id, userId: SEEDED_USERS[[1, 2, 1][i]!]!.id, role: ["member", "manager", "admin"][i] }),
  },
  PromptPartial: {
    count: 2,
    inputs: (i, m) => ({
      name: ["System context", 'Lab "tone" \\ ${x}'][i],
      workspaceId: at(m.Workspace, i).id,
      content: ["You are a helpful assistant for {{company}}.", "Answer in a 'dry' tone.\nNever use ${vars}."][i],
    }),
  },
  SecretReference: {
    count: 2,
    inputs: (i, m) =>
      [
        {
          name: "OpenAI key in AWS",
          managerType: "aws_sm",
          authConfig: { aws_auth_type: "assumedRole", aws_role_arn: "arn:aws:iam::123456789012:role/PortkeySecrets", aws_region: "us-east-1" },
          secretPath: "prod/openai",
          secretKey: "OPENAI_API_KEY",
        },
        {
          name: 'Vault "lab" secrets',
          managerType: "hashicorp_vault",
          authConfig: { vault_auth_type: "token", vault_addr: "https://vault.acme.example", vault_token: "hvs-seed-token-0001" },
          secretPath: "secret/data/lab",
          description: "line one\nline two",
          allowedWorkspaces: [at(m.Workspace, 1).id],
        },
      ][i]!,
  },
  McpIntegration: {
    count: 3,
    // Two for the organisation, one only for the lab workspace.
    inputs: (i, m) =>
      [
        { name: "Docs search", url: "https://mcp.docs.example/mcp", authType: "none", transport: "http", description: 'MCP "docs" \\ ${x}' },
        {
          name: "Tickets 🎫",
          slug: "tickets_mcp",
          url: "https://mcp.tickets.example/sse",
          authType: "headers",
          transport: "sse",
          configurations: { custom_headers: { Authorization: "Bearer mcp-seed-secret" } },
        },
        { name: "Lab tools", url: "https://mcp.lab.example/mcp", authType: "oauth_auto", transport: "http", workspaceId: at(m.Workspace, 1).id },
      ][i]!,
  },
  McpIntegrationWorkspaceAccess: {
    count: 3,
    inputs: (i, m) => ({ mcpIntegrationId: at(m.McpIntegration, [0, 0, 1][i]!).id, workspaceId: at(m.Workspace, [0, 1, 0][i]!).id }),
  },
  McpIntegrationCapabilities: {
    count: 2,
    inputs: (i, m) => ({
      mcpIntegrationId: at(m.McpIntegration, i).id,
      capabilities: [
        [
          { name: "search_docs", type: "tool" },
          { name: "docs://index", type: "resource" },
        ],
        [
          { name: "create_ticket", type: "tool" },
          { name: "triage", type: "prompt" },
        ],
      ][i],
    }),
  },
  IntegrationModelAccess: {
    count: 3,
    // The third is a model of the integration whose own `models` list is seeded: the adopting program keeps only this one.
    inputs: (i, m) =>
      [
        {
          integrationId: at(orgIntegrations(m), 0).slug,
          modelSlug: "gpt-4o",
          pricingConfig: { type: "static", payAsYouGo: { requestToken: { price: 0.0025 }, responseToken: { price: 0.01 } } },
        },
        { integrationId: at(orgIntegrations(m), 0).slug, modelSlug: "ft:gpt-4o:acme:support", isCustom: true, isFinetune: true, baseModelSlug: "gpt-4o" },
        { integrationId: at(orgIntegrations(m), 1).slug, modelSlug: "claude-3-haiku", enabled: false },
      ][i]!,
  },
  ScimWorkspaceMapping: {
    count: 3,
    // One names its workspace by slug (the list's filter takes UUIDs only), one maps a group the first created.
    inputs: (i, m) =>
      [
        () => ({ workspaceId: at(m.Workspace, 0).id, role: "member", scimGroupName: 'Search "engineers"' }),
        () => ({ workspaceId: at(m.Workspace, 1).slug, role: "admin", scimGroupName: "Lab leads 🧪" }),
        () => ({ workspaceId: at(m.Workspace, 3).id, role: "manager", scimGroupId: m.ScimWorkspaceMapping![0]!.scimGroupId }),
      ][i]!(),
  },
  Policy: {
    count: 5,
    inputs: (i) => ({
      name: [`daily-token-limit-engineering`, "no-deepseek", 'restrict gpt-4 "outside" eng', "tokens ${per} user", "🛑 block"][i],
      type: ["token_limit", "provider_block", "model_restrict"][i % 3],
      description: i === 0 ? "Caps tokens; 'quoted' and \"double\"" : undefined,
      severity: ["low", "medium", "high", "critical"][i % 4],
      conditions: [
        { max_tokens_per_day: 500000 + i, scope: "per_user" },
        { providers: ["deepseek"] },
        { model: "gpt-4", department: { not_in: ["engineering"] } },
      ][i % 3],
      actions: { action: i % 2 ? "alert" : "warn_and_notify", notify: ["security@example.com"], ...(i === 0 ? { slack_alert: true } : {}) },
    }),
  },
  Budget: {
    count: 12,
    // More than a page of budgets.
    inputs: (i) => ({
      monthlyLimit: 1000 + i * 250.5,
      ...(i % 3 ? { alertThresholdPct: 50 + i * 4 } : {}),
      ...(i % 4 === 0 ? { rolloverEnabled: true } : {}),
    }),
  },
  AlertConfig: {
    count: 3,
    inputs: (i) =>
      [
        {
          name: "Security — critical alerts",
          channels: [
            { type: "slack", channel_id: "C12345678" },
            { type: "email", address: "security@example.com" },
            { type: "webhook", url: "https://hooks.example.com/toktra?team=sec&x=${y}" },
          ],
          severityFilter: ["high", "critical"],
        },
        { name: 'FinOps "budget" mail', channels: [{ type: "email", address: "finops@example.com" }] },
        { name: "Muted\\webhook", channels: [{ type: "webhook", url: "https://hooks.example.com/muted" }], enabled: false },
      ][i]!,
  },
  SiemConfig: {
    count: 3,
    inputs: (i) =>
      [
        {
          name: "Splunk Production",
          providerType: "splunk",
          endpoint: "https://hec.example.test:8088",
          credentials: { token: "hec-token-seed", signing_secret: "siem-signing-seed" },
          eventsFilter: { severity: ["high", "critical"] },
        },
        { name: "Datadog EU", providerType: "datadog", endpoint: "https://http-intake.logs.datadoghq.eu", credentials: { api_key: "dd-key-seed" } },
        { name: 'Elastic "lab"', providerType: "elastic", endpoint: "https://es.example.test:9200", credentials: { api_key: "es-key-seed" }, isActive: false },
      ][i]!,
  },
  ItsmConfig: {
    count: 2,
    inputs: (i) =>
      [
        {
          name: "ServiceNow",
          providerType: "servicenow",
          instanceUrl: "https://acme.service-now.com",
          defaultProject: "AI Governance",
          defaultIssueType: "Incident",
          credentials: { username: "toktra-bot", password: "sn-password-seed" },
        },
        {
          name: "Jira Cloud",
          providerType: "jira",
          instanceUrl: "https://acme.atlassian.net",
          defaultProject: "SEC",
          defaultIssueType: "Bug",
          credentials: { email: "bot@acme.example", api_token: "jira-token-seed" },
        },
      ][i]!,
  },
  SsoConfig: {
    count: 1,
    inputs: () => ({
      name: "Okta SSO",
      providerType: "okta",
      entityId: "http://www.okta.com/exk1a2b3c",
      ssoUrl: "https://acme.okta.com/app/toktra/sso/saml",
      certificate: CERT_A,
    }),
  },
};

/** Registry resources the seed table has no row for. */
export function seedTableGaps(): string[] {
  return RESOURCES.map((r) => r.name).filter((n) => !SEED[n]);
}

/** Seeds every resource type, parents first, through the provider (credentials from the PORTKEY_ and TOKTRA_ environment variables). */
export async function seedOrganisation(table: Record<string, SeedRow> = SEED): Promise<Made> {
  const made: Made = {};
  for (const spec of parentsFirst([...RESOURCES])) {
    const row = table[spec.name];
    if (!row) throw new Error(`no seed row for ${spec.name}`);
    const provider = providerFor(resourceNamed(spec.name)!);
    made[spec.name] = [];
    for (let i = 0; i < row.count; i++) {
      const inputs = Object.fromEntries(Object.entries(row.inputs(i, made)).filter(([, v]) => v !== undefined));
      const res = (await provider.create!(inputs)) as { id: string; outs: Bag };
      made[spec.name]!.push({ ...res.outs, id: res.id });
    }
    REMOVED[spec.name] = made[spec.name]!.splice(row.count - (row.removed ?? 0));
    for (const gone of REMOVED[spec.name]!) await provider.delete!(String(gone.id), gone);
  }
  return made;
}

/** The live objects a row leaves. */
export const liveCount = (row: SeedRow) => row.count - (row.removed ?? 0);

export function seededCount(table: Record<string, SeedRow> = SEED): number {
  return Object.values(table).reduce((n, r) => n + liveCount(r), 0);
}
