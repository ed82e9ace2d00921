// The code of each hand-written (`custom`) data source the plugin serves, by
// name: the SDK runs it in the program, the native plugin as an invoke. Their
// arguments and answers are described in the descriptions' `served`.
import { camel } from "../../spec/core/types";
import type { ApiClient } from "../http/client";
import { fillPath } from "../http/path";
import { listByPageNumber } from "./list";
import { Bag, mapKeys } from "./wire";

export type CustomRunner = (client: ApiClient, args: Record<string, unknown>) => Promise<unknown>;

/**
 * getIntegrationWorkspaces: the access list answers one document (`{total,
 * workspaces}`, not paged) of workspace slugs with their limits, not the access
 * objects the description maps. Empty limits are left out.
 */
export async function integrationWorkspaces(client: ApiClient, args: Record<string, unknown>): Promise<{ total: number; workspaces: Bag[] }> {
  const res = await client.get<Bag>(fillPath("/integrations/{integrationId}/workspaces", args, "getIntegrationWorkspaces"));
  const list = (Array.isArray(res.workspaces) ? res.workspaces : []) as Bag[];
  const workspaces = list.map((w) => {
    const out = mapKeys(w, camel) as Bag;
    for (const k of ["usageLimits", "rateLimits"]) if (out[k] === null || (Array.isArray(out[k]) && !(out[k] as unknown[]).length)) delete out[k];
    return out;
  });
  return { total: typeof res.total === "number" ? res.total : workspaces.length, workspaces };
}

/** Every capability of an MCP integration's server as the API lists it, each page (`page` from 1). */
export function mcpCapabilityList(client: ApiClient, mcpIntegrationId: unknown, what: string): Promise<Bag[]> {
  return listByPageNumber(client, fillPath("/mcp-integrations/{mcpIntegrationId}/capabilities", { mcpIntegrationId }, what));
}

/** getMcpIntegrationCapabilities: each capability's name, type, switch and description, not its schemas. */
export async function mcpCapabilities(client: ApiClient, args: Record<string, unknown>): Promise<{ capabilities: Bag[] }> {
  const list = await mcpCapabilityList(client, args.mcpIntegrationId, "getMcpIntegrationCapabilities");
  const capabilities = list.map((c) => ({
    name: String(c.name),
    type: String(c.type),
    enabled: c.enabled === true,
    ...(typeof c.description === "string" ? { description: c.description } : {}),
  }));
  return { capabilities };
}

export const CUSTOM_SOURCES: Readonly<Record<string, CustomRunner>> = {
  getIntegrationWorkspaces: integrationWorkspaces,
  getMcpIntegrationCapabilities: mcpCapabilities,
};
