import * as pulumi from "@pulumi/pulumi";
import { gatewayConfigSpec } from "../../spec/portkey/gateway-config";
import { fetchAll, fetchOne, fromApi, outputOf } from "../core/data-source";
import { prepare, providerOf } from "../core/resource";

const impl = providerOf(gatewayConfigSpec);

export interface GatewayConfigArgs {
  name: pulumi.Input<string>;
  /** The config document, as an object or a JSON string; compared by meaning. */
  config: pulumi.Input<Record<string, unknown>> | pulumi.Input<string>;
  workspaceId?: pulumi.Input<string>;
  /** Only taken at creation; changing it replaces the config. */
  isDefault?: pulumi.Input<boolean>;
}

/** A Portkey gateway config. Import id: the config slug. */
export class GatewayConfig extends pulumi.dynamic.Resource {
  declare public readonly name: pulumi.Output<string>;
  declare public readonly config: pulumi.Output<Record<string, unknown> | string>;
  declare public readonly workspaceId: pulumi.Output<string | undefined>;
  declare public readonly isDefault: pulumi.Output<boolean | undefined>;
  declare public readonly slug: pulumi.Output<string>;
  declare public readonly status: pulumi.Output<string>;
  declare public readonly versionId: pulumi.Output<string>;
  declare public readonly createdAt: pulumi.Output<string>;
  declare public readonly updatedAt: pulumi.Output<string | undefined>;

  constructor(name: string, args: GatewayConfigArgs, opts?: pulumi.CustomResourceOptions) {
    const p = prepare(impl.spec, name, args, opts);
    super(impl, name, p.props, p.opts, "portkey", "GatewayConfig");
  }
}

export interface GetGatewayConfigResult {
  id: string;
  slug: string;
  name: string;
  config?: Record<string, unknown>;
  workspaceId?: string;
  isDefault?: boolean;
  status?: string;
  versionId?: string;
  createdAt?: string;
  updatedAt?: string;
}

/** Looks up one gateway config by slug. */
export function getGatewayConfig(args: { slug: string }): Promise<GetGatewayConfigResult> {
  return fetchOne(impl.spec, `/configs/${encodeURIComponent(args.slug)}`);
}
export const getGatewayConfigOutput = outputOf<{ slug: string }, GetGatewayConfigResult>(getGatewayConfig);

/** Lists gateway configs, optionally of one workspace. */
export async function getGatewayConfigs(args: { workspaceId?: string } = {}): Promise<{ configs: GetGatewayConfigResult[] }> {
  const items = await fetchAll(impl.spec, impl.spec.api.collection, { workspace_id: args.workspaceId });
  return { configs: items.map((o) => fromApi<GetGatewayConfigResult>(impl.spec, o)) };
}
export const getGatewayConfigsOutput = outputOf<{ workspaceId?: string }, { configs: GetGatewayConfigResult[] }>(getGatewayConfigs);
