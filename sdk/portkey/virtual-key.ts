import * as pulumi from "@pulumi/pulumi";
import { virtualKeySpec } from "../../spec/portkey/virtual-key";
import { fetchAll, fetchOne, fromApi, outputOf } from "../core/data-source";
import { prepare, providerOf } from "../core/resource";

const impl = providerOf(virtualKeySpec);

export interface VirtualKeyArgs {
  name: pulumi.Input<string>;
  workspaceId: pulumi.Input<string>;
  integrationId: pulumi.Input<string>;
  slug?: pulumi.Input<string>;
  note?: pulumi.Input<string>;
}

/**
 * A Portkey virtual key (Portkey's "provider"). The integration must be enabled
 * for the workspace first (IntegrationWorkspaceAccess). Import id: `workspaceId:id`.
 */
export class VirtualKey extends pulumi.dynamic.Resource {
  declare public readonly name: pulumi.Output<string>;
  declare public readonly workspaceId: pulumi.Output<string>;
  declare public readonly integrationId: pulumi.Output<string>;
  declare public readonly slug: pulumi.Output<string>;
  declare public readonly note: pulumi.Output<string | undefined>;
  declare public readonly aiProviderId: pulumi.Output<string>;
  declare public readonly status: pulumi.Output<string>;
  declare public readonly createdAt: pulumi.Output<string>;

  constructor(name: string, args: VirtualKeyArgs, opts?: pulumi.CustomResourceOptions) {
    const p = prepare(impl.spec, name, args, opts);
    super(impl, name, p.props, p.opts, "portkey", "VirtualKey");
  }
}

export interface GetVirtualKeyResult {
  id: string;
  slug: string;
  name: string;
  workspaceId: string;
  integrationId: string;
  note?: string;
  aiProviderId?: string;
  status?: string;
  createdAt?: string;
}

/** Looks up one virtual key by id or slug within a workspace. */
export function getVirtualKey(args: { id: string; workspaceId: string }): Promise<GetVirtualKeyResult> {
  return fetchOne(impl.spec, `/providers/${encodeURIComponent(args.id)}`, { workspace_id: args.workspaceId });
}
export const getVirtualKeyOutput = outputOf<{ id: string; workspaceId: string }, GetVirtualKeyResult>(getVirtualKey);

/** Lists the virtual keys of a workspace. */
export async function getVirtualKeys(args: { workspaceId: string }): Promise<{ virtualKeys: GetVirtualKeyResult[] }> {
  const items = await fetchAll(impl.spec, impl.spec.api.collection, { workspace_id: args.workspaceId }, "data", 50);
  return { virtualKeys: items.map((o) => fromApi<GetVirtualKeyResult>(impl.spec, o)) };
}
export const getVirtualKeysOutput = outputOf<{ workspaceId: string }, { virtualKeys: GetVirtualKeyResult[] }>(getVirtualKeys);
