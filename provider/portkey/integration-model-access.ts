// Quirk hooks of the integration model access (its description is spec/portkey/integration-model-access.ts).
// Every call goes to the integration's bulk model list: a PUT names only this
// model's entry, so the integration's other models are left as they are.
import { isNotFound } from "../http/errors";
import { fillPath } from "../http/path";
import { Ctx, ResourceHooks } from "../core/resource";
import { Bag, fieldToWire } from "../core/wire";
import { integrationModelAccessSpec } from "../../spec/portkey/integration-model-access";

const fields = integrationModelAccessSpec.fields;
const modelsPath = (integrationId: unknown) => fillPath("/integrations/{integrationId}/models", { integrationId }, "IntegrationModelAccess");

/** This model's entry as the PUT takes it; a base model the program removed is cleared with null. */
function entry(inputs: Bag, enabled: boolean): Bag {
  const e: Bag = {
    slug: inputs.modelSlug,
    enabled,
    is_custom: inputs.isCustom === true,
    is_finetune: inputs.isFinetune === true,
    base_model_slug: inputs.baseModelSlug ?? null,
  };
  if (inputs.pricingConfig !== undefined) e.pricing_config = fieldToWire(fields.pricingConfig!, inputs.pricingConfig);
  return e;
}

async function putEntry({ client }: Ctx, inputs: Bag, enabled: boolean): Promise<void> {
  await client.put(modelsPath(inputs.integrationId), { body: { models: [entry(inputs, enabled)] } });
}

export const hooks: ResourceHooks = {
  idOf: (_obj, inputs) => `${inputs.integrationId}/${inputs.modelSlug}`,
  async create(ctx, _body, inputs) {
    await putEntry(ctx, inputs, inputs.enabled !== false);
    return {};
  },
  async get({ client }, _id, state) {
    let list: Bag;
    try {
      list = await client.get<Bag>(modelsPath(state.integrationId));
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
    // A built-in model switched off is still listed: it is the same object, whose `enabled` differs.
    return ((Array.isArray(list.models) ? list.models : []) as Bag[]).find((m) => m?.slug === state.modelSlug);
  },
  async update(ctx, _id, _body, _olds, news) {
    await putEntry(ctx, news, news.enabled !== false);
  },
  // A custom model is deleted; a built-in one cannot be, so it is switched off.
  // The body names the models as the Terraform provider sends them; the OAS
  // documents `?slugs=` instead (portkey-api.md §6 #5).
  async delete(ctx, _id, state) {
    if (state.isCustom === true) {
      await ctx.client.delete(modelsPath(state.integrationId), { body: { models: [state.modelSlug] } });
      return;
    }
    await putEntry(ctx, state, false);
  },
};
