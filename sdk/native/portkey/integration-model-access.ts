// Generated from spec/portkey/integration-model-access.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { integrationModelAccessSpec } from "../../../spec/portkey/integration-model-access";
import { nativeProps } from "../core";
import type { IntegrationModelAccessArgs } from "../../portkey/integration-model-access";
import type { IntegrationModelsResult } from "../../portkey/integration-models";
import type { ModelPricing } from "../../portkey/types";

export type { IntegrationModelAccessArgs, IntegrationModelsResult };

/**
 * One model of a Portkey integration: switched on or off, optionally a custom or fine-tuned model, with static pricing. Destroying it switches a built-in model off and deletes a custom one. Leave the integration's own `models` out when using it.
 *
 * Import id: `integrationId/modelSlug`, e.g. `openai-prod/gpt-4o`. The Terraform provider's `portkey_integration_model_access`.
 *
 * Served by the native plugin `aigov`.
 */
export class IntegrationModelAccess extends pulumi.CustomResource {
  /**
   * Integration slug or id.
   *
   * Changing it replaces the resource.
   */
  declare public readonly integrationId: pulumi.Output<string>;
  /**
   * The model's slug, e.g. `gpt-4o`.
   *
   * Changing it replaces the resource.
   */
  declare public readonly modelSlug: pulumi.Output<string>;
  /**
   * Whether the model may be used through the integration.
   *
   * Defaults to `true`.
   */
  declare public readonly enabled: pulumi.Output<boolean | undefined>;
  /**
   * A custom model (not one the AI provider lists). Destroying a custom model deletes it; a built-in one is only switched off.
   *
   * Changing it replaces the resource. Defaults to `false`.
   */
  declare public readonly isCustom: pulumi.Output<boolean | undefined>;
  /**
   * A fine-tuned model.
   *
   * Defaults to `false`.
   */
  declare public readonly isFinetune: pulumi.Output<boolean | undefined>;
  /** The model a fine-tuned one is built on. */
  declare public readonly baseModelSlug: pulumi.Output<string | undefined>;
  /**
   * Static pricing, e.g. `{ type: "static", payAsYouGo: { requestToken: { price: 0.003 }, responseToken: { price: 0.006 } } }`. Left to Portkey when absent: the API has no way to clear a model's pricing.
   *
   * Typed, or a JSON string of the same shape; compared by meaning, not by text.
   */
  declare public readonly pricingConfig: pulumi.Output<ModelPricing | string>;

  constructor(name: string, args: IntegrationModelAccessArgs, opts?: pulumi.CustomResourceOptions) {
    const p = nativeProps(integrationModelAccessSpec, name, args, opts);
    super("aigov:portkey:IntegrationModelAccess", name, p.props, p.opts);
  }
}

/**
 * The model access of an integration: whether every model is allowed, and each model's entry.
 *
 * Served by the plugin as an invoke.
 */
export function getIntegrationModels(args: { integrationId: string }, opts?: pulumi.InvokeOptions): Promise<IntegrationModelsResult> {
  return pulumi.runtime.invoke("aigov:portkey:getIntegrationModels", args, opts);
}

/** {@link getIntegrationModels}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getIntegrationModelsOutput(args: { integrationId: pulumi.Input<string> }, opts?: pulumi.InvokeOutputOptions): pulumi.Output<IntegrationModelsResult> {
  return pulumi.runtime.invokeOutput("aigov:portkey:getIntegrationModels", args, opts);
}
