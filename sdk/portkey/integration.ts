import * as pulumi from "@pulumi/pulumi";
import { integrationSpec } from "../../spec/portkey/integration";
import { fetchAll, fetchOne, fromApi, outputOf } from "../core/data-source";
import { prepare, providerOf } from "../core/resource";

const impl = providerOf(integrationSpec);

export interface IntegrationArgs {
  name: pulumi.Input<string>;
  aiProviderId: pulumi.Input<string>;
  slug?: pulumi.Input<string>;
  /** The provider's API key; stored as a secret, never read back. */
  key?: pulumi.Input<string>;
  /** Provider-specific settings as an object or a JSON string; a secret, never read back. */
  configurations?: pulumi.Input<Record<string, unknown>> | pulumi.Input<string>;
  description?: pulumi.Input<string>;
  workspaceId?: pulumi.Input<string>;
  /** Whether every model of the provider may be used (default true). When false, only `models` may. */
  allowAllModels?: pulumi.Input<boolean>;
  /** Slugs of the models enabled for this integration; left to Portkey when absent. */
  models?: pulumi.Input<pulumi.Input<string>[]>;
}

/** A Portkey integration (provider credentials). Import id: the integration slug. */
export class Integration extends pulumi.dynamic.Resource {
  declare public readonly name: pulumi.Output<string>;
  declare public readonly aiProviderId: pulumi.Output<string>;
  declare public readonly slug: pulumi.Output<string>;
  declare public readonly key: pulumi.Output<string | undefined>;
  declare public readonly configurations: pulumi.Output<Record<string, unknown> | string | undefined>;
  declare public readonly description: pulumi.Output<string | undefined>;
  declare public readonly workspaceId: pulumi.Output<string | undefined>;
  declare public readonly allowAllModels: pulumi.Output<boolean | undefined>;
  declare public readonly models: pulumi.Output<string[] | undefined>;
  declare public readonly type: pulumi.Output<string>;
  declare public readonly status: pulumi.Output<string>;
  declare public readonly createdAt: pulumi.Output<string>;
  declare public readonly updatedAt: pulumi.Output<string | undefined>;

  constructor(name: string, args: IntegrationArgs, opts?: pulumi.CustomResourceOptions) {
    const p = prepare(impl.spec, name, args, opts);
    super(impl, name, p.props, p.opts, "portkey", "Integration");
  }
}

export interface GetIntegrationResult {
  id: string;
  slug: string;
  name: string;
  aiProviderId: string;
  description?: string;
  workspaceId?: string;
  allowAllModels?: boolean;
  type?: string;
  status?: string;
  createdAt?: string;
  updatedAt?: string;
}

/** Looks up one integration by slug. */
export function getIntegration(args: { slug: string }): Promise<GetIntegrationResult> {
  return fetchOne(impl.spec, `/integrations/${encodeURIComponent(args.slug)}`);
}
export const getIntegrationOutput = outputOf<{ slug: string }, GetIntegrationResult>(getIntegration);

/** Lists integrations, optionally those of one workspace. */
export async function getIntegrations(args: { workspaceId?: string } = {}): Promise<{ integrations: GetIntegrationResult[] }> {
  const items = await fetchAll(impl.spec, impl.spec.api.collection, { workspace_id: args.workspaceId });
  return { integrations: items.map((o) => fromApi<GetIntegrationResult>(impl.spec, o)) };
}
export const getIntegrationsOutput = outputOf<{ workspaceId?: string }, { integrations: GetIntegrationResult[] }>(getIntegrations);
