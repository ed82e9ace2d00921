// The platform team owns workspaces, the organisation's provider credentials and
// the limits on them, and shares what application teams need.
import * as pulumi from "@pulumi/pulumi";
import { portkey, share } from "pulumi-aigov";

const config = new pulumi.Config();

const openai = new portkey.Integration("openai", {
  name: "OpenAI",
  aiProviderId: "openai",
  key: config.requireSecret("openaiApiKey"),
});

const teams = {
  search: { name: config.get("searchWorkspaceName") ?? "Search", budget: 500 },
  ads: { name: "Ads", budget: 200 },
};

const workspaces = Object.fromEntries(
  Object.entries(teams).map(([key, team]) => {
    const workspace = new portkey.Workspace(key, {
      name: team.name,
      usageLimits: [{ type: "cost", creditLimit: team.budget, alertThreshold: team.budget * 0.8, periodicReset: "monthly" }],
    });
    const access = new portkey.IntegrationWorkspaceAccess(`openai-${key}`, {
      integrationId: openai.slug,
      workspaceId: workspace.id,
      rateLimits: [{ type: "requests", unit: "rpm", value: 600 }],
    });
    // The slug is shared only once access exists, so an app never races the grant.
    return [key, { workspace, integrations: [pulumi.all([openai.slug, access.id]).apply(([slug]) => slug)] }];
  }),
);

export const { aigov, aigovSecrets } = share.publish({ workspaces });
