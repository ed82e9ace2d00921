// A realistic organisation, seeded through the emulated APIs by the provider's
// own create (so wire mapping, hooks and sub-resources are the real ones).
// Table-driven: one row per resource type, each making `count` objects from
// what was made before it. A resource in the registry without a row fails
// `seedTableGaps`, so a newly added resource must be seeded too.
import { providerFor } from "../../provider/core/module";
import { RESOURCES, resourceNamed } from "../../spec";
import { parentsFirst } from "../../sdk/import-org/model";
import { CERT_A } from "./certificates";

type Bag = Record<string, unknown>;
/** The outputs of the objects made so far, by resource type. */
export type Made = Record<string, Bag[]>;

export interface SeedRow {
  count: number;
  inputs(i: number, made: Made): Bag;
}

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
  Policy: {
    count: 5,
    inputs: (i) => ({
      name: `Policy ${i}`,
      type: ["token_limit", "provider_block", "model_restrict"][i % 3],
      description: i === 0 ? "Caps tokens; 'quoted' and \"double\"" : undefined,
      severity: ["low", "medium", "high", "critical"][i % 4],
      conditions: [{ max_tokens: 4000 + i }, { providers: ["deepseek"] }, { models: ["gpt-4o-mini"], department: { not_in: ["research"] } }][i % 3],
      actions: { action: i % 2 ? "alert" : "block", notify: ["security@example.com"] },
    }),
  },
  Budget: {
    count: 12,
    inputs: (i) => ({
      name: `Budget ${i}`,
      amount: 1000 + i * 250.5,
      period: ["monthly", "quarterly", "annual"][i % 3],
      ...(i % 4 ? { department: `dept-${i}` } : {}),
      hardCap: i % 2 === 0,
    }),
  },
  AlertConfig: {
    count: 3,
    inputs: (i) => ({
      name: `Alerts ${i}`,
      alertType: ["budget_exceeded", "policy_violation", "security_event"][i],
      minSeverity: "high",
      channels: [{ emails: ["finops@example.com"] }, { slackChannel: "#ai-alerts" }, { webhookUrl: "https://hooks.example.com/toktra" }][i],
    }),
  },
  SiemConnector: {
    count: 2,
    inputs: (i) =>
      [
        {
          name: "SOC",
          type: "splunk",
          endpoint: "https://hec.example.test:8088",
          token: "hec-token-seed",
          signingSecret: "siem-signing-seed",
          eventTypes: ["policy_violation"],
          minSeverity: "medium",
        },
        { name: "Logs", type: "datadog", endpoint: "https://http-intake.logs.datadoghq.eu", token: "dd-key-seed" },
      ][i]!,
  },
  ItsmConnector: {
    count: 2,
    inputs: (i) =>
      [
        {
          name: "Incidents",
          type: "servicenow",
          instanceUrl: "https://acme.service-now.com",
          username: "toktra-bot",
          password: "sn-password-seed",
          assignmentGroup: "AI Governance",
        },
        { name: "Issues", type: "jira", instanceUrl: "https://acme.atlassian.net", email: "bot@acme.example", apiToken: "jira-token-seed", projectKey: "SEC" },
      ][i]!,
  },
  SsoConfig: {
    count: 1,
    inputs: () => ({
      idp: "okta",
      entityId: "http://www.okta.com/exk1a2b3c",
      ssoUrl: "https://acme.okta.com/app/toktra/sso/saml",
      certificate: CERT_A,
      allowedDomains: ["acme.example"],
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
  }
  return made;
}

export function seededCount(table: Record<string, SeedRow> = SEED): number {
  return Object.values(table).reduce((n, r) => n + r.count, 0);
}
