// A stack of every Portkey resource type in realistic proportions: workspaces,
// shared integrations, an access grant and a virtual key per workspace, gateway
// configs spread over the workspaces, and a few of each other type.
import * as pulumi from "@pulumi/pulumi";
import type { Sdk } from "./installed";
import { SEEDED_USERS } from "../../emulator/portkey/users";

export interface Mix {
  workspaces: number;
  integrations: number;
  configs: number;
  /**
   * How many of each other type: API keys, both policies, invites, prompt collections, prompts, prompt partials, guardrails,
   * members, secret references, model access, SCIM mappings, and MCP integrations with a workspace grant and capabilities
   * (at most `workspaces`).
   */
  others: number;
}

/** The types `others` counts, each declared `others` times. */
const OTHER_TYPES = 15;

/** How many resources `declareMix` declares. */
export const declaredIn = (m: Mix) => m.workspaces * 3 + m.integrations + m.configs + m.others * OTHER_TYPES;

type Id = pulumi.Input<string>;

/**
 * Declares the mix; `label` keeps names apart between suites sharing an emulator,
 * `tag` invite emails (unique in an organisation) between stacks of one program.
 */
export function declareMix(s: Sdk, m: Mix, label: string, tag = label.toLowerCase()): void {
  const ws = Array.from(
    { length: m.workspaces },
    (_, i) =>
      new s.portkey.Workspace(`ws-${i}`, { name: `${label} ${i}`, ...(i % 2 ? { usageLimits: [{ type: "cost" as const, creditLimit: 10 + i }] } : {}) }),
  );
  const integrations = Array.from(
    { length: m.integrations },
    (_, i) => new s.portkey.Integration(`int-${i}`, { name: `${label} creds ${i}`, aiProviderId: "openai", key: `sk-${label.toLowerCase()}-secret-${i}` }),
  );
  const keys = ws.map((w, i) => {
    const integration = integrations[i % m.integrations]!;
    const access = new s.portkey.IntegrationWorkspaceAccess(`access-${i}`, { integrationId: integration.slug, workspaceId: w.id });
    return new s.portkey.VirtualKey(`vk-${i}`, { name: `${label} key ${i}`, workspaceId: w.id, integrationId: integration.slug }, { dependsOn: [access] });
  });
  for (let i = 0; i < m.configs; i++) {
    new s.portkey.GatewayConfig(`cfg-${i}`, { name: `${label} routing ${i}`, workspaceId: ws[i % m.workspaces]!.id, config: { retry: { attempts: i % 5 } } });
  }
  // Workspace i holds the i-th of each other type; its virtual key serves its prompt.
  for (let i = 0; i < m.others; i++) declareOthers(s, i, label, tag, ws[i]!.id, keys[i]!.id, integrations[i % m.integrations]!.slug);
}

// Members are users of the organisation, the emulator's seeded ones; the owner is left alone.
const MEMBERS = SEEDED_USERS.filter((u) => u.role !== "owner").map((u) => u.id);

/** One of each type beyond the core mix, in one workspace. */
function declareOthers(s: Sdk, i: number, label: string, tag: string, workspaceId: Id, virtualKey: Id, integrationId: Id): void {
  const p = s.portkey;
  // A value computed from the workspace's id, once known.
  const inWorkspace = <T>(make: (id: string) => T) => pulumi.output(workspaceId).apply(make);
  const scope = { workspaceId, conditions: inWorkspace((id) => [{ key: "workspace_id", value: id }]), groupBy: [{ key: "api_key" }] };
  new p.ApiKey(`key-${i}`, { name: `${label} app ${i}`, type: "workspace", subType: "service", workspaceId, scopes: ["completions.write"] });
  new p.UsageLimitsPolicy(`usage-${i}`, { ...scope, name: `${label} budget ${i}`, type: "cost", creditLimit: 100 + i, periodicReset: "monthly" });
  new p.RateLimitsPolicy(`rate-${i}`, { ...scope, name: `${label} rate ${i}`, type: "requests", unit: "rpm", value: 60 + i });
  new p.UserInvite(`invite-${i}`, {
    email: `${tag}-invitee-${i}@example.com`,
    role: "member",
    workspaces: inWorkspace((id) => [{ id, role: "member" as const }]),
    scopes: ["completions.write"],
  });
  const collection = new p.PromptCollection(`collection-${i}`, { name: `${label} prompts ${i}`, workspaceId });
  new p.Prompt(`prompt-${i}`, {
    name: `${label} reply ${i}`,
    collectionId: collection.id,
    virtualKey,
    model: "gpt-4o",
    string: `Answer briefly (${i}): {{question}}`,
    parameters: { temperature: 0.2 },
  });
  new p.PromptPartial(`partial-${i}`, { name: `${label} context ${i}`, workspaceId, content: `You are assistant ${i}.` });
  const vault = { vault_auth_type: "token", vault_addr: "https://vault.example.test", vault_token: `hvs-${tag}-${i}` };
  new p.SecretReference(`secret-${i}`, {
    name: `${label} key ${i}`,
    managerType: "hashicorp_vault",
    authConfig: vault,
    secretPath: `secret/data/${i}`,
    allowedWorkspaces: [workspaceId],
  });
  const checks = [{ id: "default.wordCount", parameters: { minWords: 1, maxWords: 500 + i } }];
  new p.Guardrail(`guardrail-${i}`, { name: `${label} filter ${i}`, workspaceId, checks, actions: { deny: true } });
  // A different workspace each time: every (workspace, user) pair once.
  new p.WorkspaceMember(`member-${i}`, { workspaceId, userId: MEMBERS[i % MEMBERS.length]!, role: "member" });
  // A custom fine-tuned model: its destroy deletes it rather than switching it off.
  const pricing = { type: "static" as const, payAsYouGo: { requestToken: { price: 0.001 * (i + 1) } } };
  new p.IntegrationModelAccess(`model-${i}`, {
    integrationId,
    modelSlug: `ft:gpt-4o:${tag}:${i}`,
    isCustom: true,
    isFinetune: true,
    baseModelSlug: "gpt-4o",
    pricingConfig: pricing,
  });
  new p.ScimWorkspaceMapping(`scim-${i}`, { workspaceId, role: "member", scimGroupName: `${tag} team ${i}` });
  declareMcp(s, i, label, workspaceId);
}

/** An MCP server shared with the workspace, one tool enabled and one prompt disabled. */
function declareMcp(s: Sdk, i: number, label: string, workspaceId: Id): void {
  const p = s.portkey;
  const mcp = new p.McpIntegration(`mcp-${i}`, { name: `${label} tools ${i}`, url: `https://mcp-${i}.example.com/mcp`, authType: "none", transport: "http" });
  new p.McpIntegrationWorkspaceAccess(`mcp-access-${i}`, { mcpIntegrationId: mcp.id, workspaceId });
  const capabilities = [
    { name: `lookup_${i}`, type: "tool" as const },
    { name: "summarise", type: "prompt" as const, enabled: false },
  ];
  new p.McpIntegrationCapabilities(`mcp-caps-${i}`, { mcpIntegrationId: mcp.id, capabilities });
}
