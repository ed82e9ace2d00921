// Portkey's tools and identity beyond the gateway: an MCP server shared with one
// workspace and limited to the tools it may call, a provider key kept in AWS
// Secrets Manager instead of in Portkey, and an identity provider's group
// mapped onto the workspace through SCIM.
import * as pulumi from "@pulumi/pulumi";
import { portkey } from "pulumi-aigov";

const config = new pulumi.Config();

const workspace = new portkey.Workspace("agents", {
  name: "Agents",
  description: "Teams building agents on shared tools",
});

// The provider key stays in AWS Secrets Manager: Portkey reads it at request
// time through an IAM role, and only this workspace may use the reference.
const vault = new portkey.SecretReference("openai-key", {
  name: "OpenAI key in Secrets Manager",
  managerType: "aws_sm",
  authConfig: {
    aws_auth_type: "assumedRole",
    aws_role_arn: config.require("vaultRoleArn"),
    aws_external_id: config.requireSecret("vaultExternalId"),
    aws_region: "us-east-1",
  },
  secretPath: "prod/openai/api-key",
  allowedWorkspaces: [workspace.id],
});

// The integration holds no key: its `key` comes from the reference.
const openai = new portkey.Integration("openai", {
  name: "OpenAI (key in Secrets Manager)",
  aiProviderId: "openai",
  workspaceId: workspace.id,
  secretMappings: [{ targetField: "key", secretReferenceId: vault.slug }],
});

// An MCP server that authenticates with a header; the token is a secret and
// never comes back from Portkey.
const github = new portkey.McpIntegration("github-tools", {
  name: "GitHub tools",
  url: "https://mcp.example.com/github/mcp",
  authType: "headers",
  transport: "http",
  configurations: pulumi.jsonStringify({ custom_headers: { Authorization: pulumi.interpolate`Bearer ${config.requireSecret("githubToken")}` } }),
});

const access = new portkey.McpIntegrationWorkspaceAccess("github-tools-agents", {
  mcpIntegrationId: github.id,
  workspaceId: workspace.id,
});

// Only these tools may be called; the others the server offers stay off.
new portkey.McpIntegrationCapabilities(
  "github-tools-enabled",
  {
    mcpIntegrationId: github.id,
    capabilities: [
      { name: "search_issues", type: "tool", enabled: true },
      { name: "get_pull_request", type: "tool", enabled: true },
    ],
  },
  { dependsOn: [access] },
);

// Members of the identity provider's group become managers of the workspace.
new portkey.ScimWorkspaceMapping("agents-leads", {
  workspaceId: workspace.id,
  role: "manager",
  scimGroupName: "agents-leads",
});

export const workspaceId = workspace.id;
export const integrationSlug = openai.slug;
export const secretReferenceSlug = vault.slug;
export const mcpIntegrationId = github.id;
