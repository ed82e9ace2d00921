// getIntegrationModels in the program: the hand-written request of
// provider/core/custom-sources.ts with the program's client.
// spec/portkey/integration-model-access.ts names it as a `custom` data source
// and describes its arguments and answer; the native plugin serves it as an invoke.
import { outputOf } from "../core/data-source";
import { programClient } from "../core/client";
import { integrationModels } from "../../provider/core/custom-sources";
import type { ModelPricing } from "./types";

/** A model entry of an integration. */
export interface IntegrationModel {
  /** The model's slug. */
  slug: string;
  /** The model's display name. */
  name?: string;
  /** Whether the model may be used. */
  enabled: boolean;
  /** Whether it is a custom model. */
  isCustom: boolean;
  /** Whether it is a fine-tuned model. */
  isFinetune: boolean;
  /** The model a fine-tuned one is built on. */
  baseModelSlug?: string;
  pricingConfig?: ModelPricing;
}

export interface IntegrationModelsResult {
  /** Whether every model of the AI provider may be used. */
  allowAllModels: boolean;
  models: IntegrationModel[];
}

/** The model access of an integration: whether every model is allowed, and each model's entry. */
export async function getIntegrationModels(args: { integrationId: string }): Promise<IntegrationModelsResult> {
  return (await integrationModels(programClient("portkey"), args)) as unknown as IntegrationModelsResult;
}

export const getIntegrationModelsOutput = outputOf<{ integrationId: string }, IntegrationModelsResult>(getIntegrationModels);
