// getIntegrationWorkspaces, written by hand: the access list answers one
// document (`{total, workspaces}`, not paged) of workspace slugs with their
// limits, not the access objects the description maps, so it is not data.
// spec/portkey/integration-workspace-access.ts names it as a `custom` data source.
import { camel } from "../../spec/core/types";
import { mapKeys } from "../../provider/core/wire";
import { outputOf } from "../core/data-source";
import { programClient } from "../core/client";
import { fillPath } from "../../provider/http/path";
import type { RateLimit, UsageLimit } from "./types";

export interface IntegrationWorkspace {
  /** The workspace slug. */
  id: string;
  enabled: boolean;
  usageLimits?: UsageLimit[];
  rateLimits?: RateLimit[];
}

/** The workspaces an integration is shared with. */
export async function getIntegrationWorkspaces(args: { integrationId: string }): Promise<{ total: number; workspaces: IntegrationWorkspace[] }> {
  const res = await programClient("portkey").get<Record<string, unknown>>(
    fillPath("/integrations/{integrationId}/workspaces", args, "getIntegrationWorkspaces"),
  );
  const list = (Array.isArray(res.workspaces) ? res.workspaces : []) as Record<string, unknown>[];
  const workspaces = list.map((w) => {
    const out = mapKeys(w, camel) as Record<string, unknown>;
    for (const k of ["usageLimits", "rateLimits"]) if (out[k] === null || (Array.isArray(out[k]) && !(out[k] as unknown[]).length)) delete out[k];
    return out as unknown as IntegrationWorkspace;
  });
  return { total: typeof res.total === "number" ? res.total : workspaces.length, workspaces };
}

export const getIntegrationWorkspacesOutput = outputOf<{ integrationId: string }, { total: number; workspaces: IntegrationWorkspace[] }>(
  getIntegrationWorkspaces,
);
