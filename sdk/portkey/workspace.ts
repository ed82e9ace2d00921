import * as pulumi from "@pulumi/pulumi";
import { workspaceSpec } from "../../spec/portkey/workspace";
import { fetchAll, fetchOne, fromApi, outputOf } from "../core/data-source";
import { prepare, providerOf } from "../core/resource";
import { RateLimit, RateLimitsInput, UsageLimit, UsageLimitsInput } from "./limits";

const impl = providerOf(workspaceSpec);

export interface WorkspaceArgs {
  name: pulumi.Input<string>;
  description?: pulumi.Input<string>;
  icon?: pulumi.Input<string>;
  metadata?: pulumi.Input<Record<string, pulumi.Input<string>>>;
  usageLimits?: UsageLimitsInput;
  rateLimits?: RateLimitsInput;
}

/** A Portkey workspace. Import id: the workspace id. */
export class Workspace extends pulumi.dynamic.Resource {
  declare public readonly name: pulumi.Output<string>;
  declare public readonly description: pulumi.Output<string | undefined>;
  declare public readonly icon: pulumi.Output<string | undefined>;
  declare public readonly metadata: pulumi.Output<Record<string, string> | undefined>;
  declare public readonly usageLimits: pulumi.Output<UsageLimit[] | string | undefined>;
  declare public readonly rateLimits: pulumi.Output<RateLimit[] | string | undefined>;
  declare public readonly slug: pulumi.Output<string>;
  declare public readonly createdAt: pulumi.Output<string>;
  declare public readonly updatedAt: pulumi.Output<string | undefined>;

  constructor(name: string, args: WorkspaceArgs, opts?: pulumi.CustomResourceOptions) {
    const p = prepare(impl.spec, name, args, opts);
    super(impl, name, p.props, p.opts, "portkey", "Workspace");
  }
}

export interface GetWorkspaceResult {
  id: string;
  slug: string;
  name: string;
  description?: string;
  icon?: string;
  metadata?: Record<string, string>;
  usageLimits?: UsageLimit[];
  rateLimits?: RateLimit[];
  createdAt?: string;
  updatedAt?: string;
}

const url = (id: string) => `/admin/workspaces/${encodeURIComponent(id)}`;

/** Looks up one workspace by id or slug. */
export function getWorkspace(args: { id: string }): Promise<GetWorkspaceResult> {
  return fetchOne(impl.spec, url(args.id));
}
export const getWorkspaceOutput = outputOf<{ id: string }, GetWorkspaceResult>(getWorkspace);

/** Lists every workspace the key can see. */
export async function getWorkspaces(args: { name?: string } = {}): Promise<{ workspaces: GetWorkspaceResult[] }> {
  const items = await fetchAll(impl.spec, impl.spec.api.collection, { name: args.name });
  return { workspaces: items.map((o) => fromApi<GetWorkspaceResult>(impl.spec, o)) };
}
export const getWorkspacesOutput = outputOf<{ name?: string }, { workspaces: GetWorkspaceResult[] }>(getWorkspaces);
