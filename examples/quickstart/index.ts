// A platform team's starting point: one workspace for an application team,
// the organisation's OpenAI credentials shared with it under a budget, a
// virtual key the team uses, and a gateway config with retries and caching.
import * as pulumi from "@pulumi/pulumi";
import { portkey } from "pulumi-aigov";

const config = new pulumi.Config();

const team = new portkey.Workspace("team-search", {
  name: "Search team",
  description: "Workspace of the search application team",
  metadata: { costCenter: "cc-1042", owner: "search" },
  usageLimits: [{ type: "cost", creditLimit: 500, alertThreshold: 400, periodicReset: "monthly" }],
  rateLimits: [{ type: "requests", unit: "rpm", value: 1200 }],
});

const openai = new portkey.Integration("openai", {
  name: "OpenAI production",
  aiProviderId: "openai",
  key: config.requireSecret("openaiApiKey"),
  description: "Organisation-wide OpenAI credentials",
});

const access = new portkey.IntegrationWorkspaceAccess("openai-search", {
  integrationId: openai.slug,
  workspaceId: team.id,
  usageLimits: [{ type: "cost", creditLimit: 200, alertThreshold: 150, periodicReset: "monthly" }],
  rateLimits: [{ type: "requests", unit: "rpm", value: 600 }],
});

// Portkey refuses a virtual key until the integration is enabled for the workspace.
const key = new portkey.VirtualKey(
  "search-openai",
  { name: "Search OpenAI", workspaceId: team.id, integrationId: openai.slug, note: "Used by the search API" },
  { dependsOn: [access] },
);

const routing = new portkey.GatewayConfig("search-routing", {
  name: "Search routing",
  workspaceId: team.id,
  config: {
    retry: { attempts: 3, on_status_codes: [429, 500, 503] },
    cache: { mode: "simple", max_age: 3600 },
    override_params: { model: "gpt-4o-mini" },
  },
});

export const workspaceId = team.id;
export const workspaceSlug = team.slug;
export const integrationSlug = openai.slug;
export const accessId = access.id;
export const virtualKeyId = key.id;
export const virtualKeySlug = key.slug;
export const gatewayConfigSlug = routing.slug;
