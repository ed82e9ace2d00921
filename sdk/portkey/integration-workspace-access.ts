import * as pulumi from "@pulumi/pulumi";
import { integrationWorkspaceAccessSpec } from "../../spec/portkey/integration-workspace-access";
import { camel } from "../../spec/core/types";
import { mapKeys } from "../../provider/core/wire";
import { outputOf } from "../core/data-source";
import { programClient } from "../core/client";
import { prepare, providerOf } from "../core/resource";
import { RateLimit, RateLimitsInput, UsageLimit, UsageLimitsInput } from "./limits";

const impl = providerOf(integrationWorkspaceAccessSpec);

export interface IntegrationWorkspaceAccessArgs {
  integrationId: pulumi.Input<string>;
  workspaceId: pulumi.Input<string>;
  enabled?: pulumi.Input<boolean>;
  usageLimits?: UsageLimitsInput;
  rateLimits?: RateLimitsInput;
}

/** Enables an integration for a workspace. Import id: `integrationId/workspaceId`. */
export class IntegrationWorkspaceAccess extends pulumi.dynamic.Resource {
  declare public readonly integrationId: pulumi.Output<string>;
  declare public readonly workspaceId: pulumi.Output<string>;
  declare public readonly enabled: pulumi.Output<boolean | undefined>;
  declare public readonly usageLimits: pulumi.Output<UsageLimit[] | string | undefined>;
  declare public readonly rateLimits: pulumi.Output<RateLimit[] | string | undefined>;
  /** The workspace's slug, as the integration's access list names it. */
  declare public readonly workspaceSlug: pulumi.Output<string>;

  constructor(name: string, args: IntegrationWorkspaceAccessArgs, opts?: pulumi.CustomResourceOptions) {
    const p = prepare(impl.spec, name, args, opts);
    super(impl, name, p.props, p.opts, "portkey", "IntegrationWorkspaceAccess");
  }
}

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
    `/integrations/${encodeURIComponent(args.integrationId)}/workspaces`,
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
