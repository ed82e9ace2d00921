// Generated from spec/portkey/integration-model-access.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { integrationModelAccessSpec } from "../../spec/portkey/integration-model-access";
import { prepare, providerOf } from "../core/resource";
import type { ModelPricing, ModelPricingArgs } from "./types";

const impl = providerOf(integrationModelAccessSpec);

/** The arguments of an {@link IntegrationModelAccess}. */
export interface IntegrationModelAccessArgs {
  /**
   * Integration slug or id.
   *
   * Changing it replaces the resource.
   */
  integrationId: pulumi.Input<string>;
  /**
   * The model's slug, e.g. `gpt-4o`.
   *
   * Changing it replaces the resource.
   */
  modelSlug: pulumi.Input<string>;
  /**
   * Whether the model may be used through the integration.
   *
   * Defaults to `true`.
   */
  enabled?: pulumi.Input<boolean>;
  /**
   * A custom model (not one the AI provider lists). Destroying a custom model deletes it; a built-in one is only switched off.
   *
   * Changing it replaces the resource. Defaults to `false`.
   */
  isCustom?: pulumi.Input<boolean>;
  /**
   * A fine-tuned model.
   *
   * Defaults to `false`.
   */
  isFinetune?: pulumi.Input<boolean>;
  /** The model a fine-tuned one is built on. */
  baseModelSlug?: pulumi.Input<string>;
  /**
   * Static pricing, e.g. `{ type: "static", payAsYouGo: { requestToken: { price: 0.003 }, responseToken: { price: 0.006 } } }`. Left to Portkey when absent: the API has no way to clear a model's pricing.
   *
   * Typed, or a JSON string of the same shape; compared by meaning, not by text.
   */
  pricingConfig?: pulumi.Input<ModelPricingArgs> | pulumi.Input<string>;
}

/**
 * One model of a Portkey integration: switched on or off, optionally a custom or fine-tuned model, with static pricing. Destroying it switches a built-in model off and deletes a custom one. Leave the integration's own `models` out when using it.
 *
 * Import id: `integrationId/modelSlug`, e.g. `openai-prod/gpt-4o`. The Terraform provider's `portkey_integration_model_access`.
 */
export class IntegrationModelAccess extends pulumi.dynamic.Resource {
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
    const p = prepare(impl.spec, name, args, opts);
    super(impl, name, p.props, p.opts, "portkey", "IntegrationModelAccess");
  }
}
