// The examples of Portkey's Terraform provider documentation as one program,
// one resource per block, in camelCase. The docs' variables are stack config:
//   pulumi config set --secret openaiApiKey ...   (var.openai_api_key)
//   pulumi config set memberEmail ...             (the existing user the docs
//                                                  name by "existing-user-id")
// The provider reads portkey:apiKey and portkey:baseUrl (or PORTKEY_API_KEY and
// PORTKEY_BASE_URL), as the Terraform provider reads its api_key and base_url.
import * as pulumi from "@pulumi/pulumi";
import { portkey } from "pulumi-aigov";

const config = new pulumi.Config();

// Workspace
const production = new portkey.Workspace("production", {
  name: "Production",
  description: "Production environment",
});

// Integration for OpenAI
const openai = new portkey.Integration("openai", {
  name: "OpenAI Production",
  aiProviderId: "openai",
  key: config.requireSecret("openaiApiKey"),
});

// Enable the integration for the workspace: Portkey refuses a virtual key
// (403) until it is.
const openaiProd = new portkey.IntegrationWorkspaceAccess("openai_prod", {
  integrationId: openai.slug,
  workspaceId: production.id,
});

// Provider (virtual key) linked to the integration
const openaiProdKey = new portkey.VirtualKey(
  "openai_prod",
  { name: "OpenAI Production Key", workspaceId: production.id, integrationId: openai.slug },
  { dependsOn: [openaiProd] },
);

// Gateway config with retry logic and caching; jsonencode({...}) is a plain object.
const productionConfig = new portkey.GatewayConfig("production", {
  name: "Production Config",
  workspaceId: production.id,
  config: {
    retry: { attempts: 3, on_status_codes: [429, 500, 502, 503] },
    cache: { mode: "simple" },
  },
});

// Prompt template, in a collection of its own where the docs write "your-collection-id"
const assistants = new portkey.PromptCollection("assistants", {
  name: "Assistants",
  workspaceId: production.id,
});

const assistant = new portkey.Prompt("assistant", {
  name: "AI Assistant",
  collectionId: assistants.id,
  virtualKey: openaiProdKey.id,
  model: "gpt-4",
  string: "You are a helpful assistant. User: {{user_input}}",
  parameters: { temperature: 0.7, max_tokens: 1000 },
});

// Guardrail for content moderation
const contentFilter = new portkey.Guardrail("content_filter", {
  name: "Content Filter",
  workspaceId: production.id,
  checks: [{ id: "default.wordCount", parameters: { minWords: 1, maxWords: 5000 } }],
  actions: { onFail: "block", message: "Content validation failed" },
});

// Policies apply to the workspace's requests, counted per API key.
const inProduction = [pulumi.output({ key: "workspace_id", value: production.id })];
const perApiKey = [{ key: "api_key" }];

// Usage limits policy
const costLimit = new portkey.UsageLimitsPolicy("cost_limit", {
  name: "Monthly Cost Limit",
  workspaceId: production.id,
  type: "cost",
  creditLimit: 1000,
  alertThreshold: 800,
  periodicReset: "monthly",
  conditions: inProduction,
  groupBy: perApiKey,
});

// Rate limits policy
const apiRate = new portkey.RateLimitsPolicy("api_rate", {
  name: "API Rate Limit",
  workspaceId: production.id,
  type: "requests",
  unit: "rpm",
  value: 100,
  conditions: inProduction,
  groupBy: perApiKey,
});

// Portkey API key for the application: at least one scope
const backend = new portkey.ApiKey("backend", {
  name: "Backend Service Key",
  type: "workspace",
  subType: "service",
  workspaceId: production.id,
  scopes: ["logs.list", "logs.view", "configs.read", "providers.list"],
});

// Invite a user with workspace access
const dataScientist = new portkey.UserInvite("data_scientist", {
  email: "scientist@example.com",
  role: "member",
  workspaces: [pulumi.output({ id: production.id, role: "admin" as const })],
  scopes: ["logs.export", "logs.list", "logs.view", "configs.read", "configs.list", "virtual_keys.read", "virtual_keys.list"],
});

// Add an existing user to the workspace, found by email among the organisation's users
const memberEmail = config.require("memberEmail");
const existingUser = portkey.getUsersOutput({ email: memberEmail }).apply(({ users }) => {
  if (!users[0]) throw new Error(`memberEmail: no user of the organisation has the email ${memberEmail}; invite them first`);
  return users[0];
});

const seniorEngineer = new portkey.WorkspaceMember("senior_engineer", {
  workspaceId: production.id,
  userId: existingUser.id,
  role: "manager",
});

// Query all workspaces (once the workspace exists, so that the list holds it) and all users
const allWorkspaces = production.id.apply(() => portkey.getWorkspaces());
const allUsers = portkey.getUsersOutput({});

export const workspaceId = production.id;
export const ids = {
  integration: openai.slug,
  access: openaiProd.id,
  virtualKey: openaiProdKey.id,
  config: productionConfig.slug,
  promptCollection: assistants.id,
  prompt: assistant.slug,
  guardrail: contentFilter.slug,
  costLimit: costLimit.id,
  apiRate: apiRate.id,
  apiKey: backend.id,
  invite: dataScientist.id,
  member: seniorEngineer.id,
};
export const workspaceNames = allWorkspaces.apply(({ workspaces }) => workspaces.map((w) => w.name));
export const userEmails = allUsers.apply(({ users }) => users.map((u) => u.email));
