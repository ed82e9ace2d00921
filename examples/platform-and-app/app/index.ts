// The search team's own stack: it builds in the workspace the platform shares,
// reading it through a stack reference rather than pasted ids.
import * as pulumi from "@pulumi/pulumi";
import { portkey, share } from "pulumi-aigov";

const config = new pulumi.Config();
const platform = share.from(new pulumi.StackReference(config.require("platformStack")));
// Which shared workspace this team builds in: the key the platform published it under.
const search = platform.workspace(config.get("workspaceKey") ?? "search");

const key = new portkey.VirtualKey("search-openai", {
  name: "Search OpenAI",
  workspaceId: search.id,
  integrationId: search.integrations.apply((slugs) => slugs[0]!),
});

const routing = new portkey.GatewayConfig("search-routing", {
  name: pulumi.interpolate`${search.name} routing`,
  workspaceId: search.id,
  config: { retry: { attempts: 3 }, cache: { mode: "simple", max_age: 600 } },
});

export const virtualKeySlug = key.slug;
export const gatewayConfigSlug = routing.slug;
