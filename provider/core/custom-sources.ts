// The code of each hand-written (`custom`) data source the plugin serves, by
// name: the SDK runs it in the program, the native plugin as an invoke. Their
// arguments and answers are described in the descriptions' `served`.
import { camel } from "../../spec/core/types";
import { flexBool } from "../../spec/portkey/integration-model-access";
import type { ApiClient } from "../http/client";
import { fillPath } from "../http/path";
import { listAll, MAX_PAGES } from "./list";
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
  return listAll(client, fillPath("/mcp-integrations/{mcpIntegrationId}/capabilities", { mcpIntegrationId }, what), {}, "data", 100, MAX_PAGES, "pageFromOne");
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

/** A flag the API may send as a boolean, a number or a string (portkey-api.md §1.5); absent is false. */
const flag = (v: unknown) => flexBool(v) === true;

/**
 * getIntegrationModels: the model list answers one document (`{allow_all_models,
 * models}`, not paged) of model entries, not model access objects. Unset
 * entries are left out; the polymorphic flags become booleans.
 */
export async function integrationModels(client: ApiClient, args: Record<string, unknown>): Promise<{ allowAllModels: boolean; models: Bag[] }> {
  const res = await client.get<Bag>(fillPath("/integrations/{integrationId}/models", args, "getIntegrationModels"));
  const list = (Array.isArray(res.models) ? res.models : []) as Bag[];
  const models = list.map((m) => {
    const out = mapKeys(m, camel) as Bag;
    for (const k of Object.keys(out)) if (out[k] === null || out[k] === undefined) delete out[k];
    return { ...out, enabled: flag(m.enabled), isCustom: flag(m.is_custom), isFinetune: flag(m.is_finetune) };
  });
  // The OAS list answer has no allow_all_models; Portkey's own provider reads it there (portkey-api.md §6 #6).
  return { allowAllModels: res.allow_all_models === undefined ? true : flag(res.allow_all_models), models };
}

export const CUSTOM_SOURCES: Readonly<Record<string, CustomRunner>> = {
  getIntegrationWorkspaces: integrationWorkspaces,
  getMcpIntegrationCapabilities: mcpCapabilities,
  getIntegrationModels: integrationModels,
};
