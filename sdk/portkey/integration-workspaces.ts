// getIntegrationWorkspaces in the program: the hand-written request of
// provider/core/custom-sources.ts with the program's client.
// spec/portkey/integration-workspace-access.ts names it as a `custom` data
// source and describes its arguments and answer; the native plugin serves it as an invoke.
import { outputOf } from "../core/data-source";
import { programClient } from "../core/client";
import { integrationWorkspaces } from "../../provider/core/custom-sources";
import type { RateLimit, UsageLimit } from "./types";

/** A workspace an integration is shared with. */
export interface IntegrationWorkspace {
  /** The workspace slug. */
  id: string;
  enabled: boolean;
  usageLimits?: UsageLimit[];
  rateLimits?: RateLimit[];
}

export interface IntegrationWorkspacesResult {
  total: number;
  workspaces: IntegrationWorkspace[];
}

/** The workspaces an integration is shared with. */
export async function getIntegrationWorkspaces(args: { integrationId: string }): Promise<IntegrationWorkspacesResult> {
  return (await integrationWorkspaces(programClient("portkey"), args)) as unknown as IntegrationWorkspacesResult;
}

export const getIntegrationWorkspacesOutput = outputOf<{ integrationId: string }, IntegrationWorkspacesResult>(getIntegrationWorkspaces);
