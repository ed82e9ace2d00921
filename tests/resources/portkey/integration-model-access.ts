// IntegrationModelAccess: its life on the real engine (a custom fine-tuned
// model, then a built-in one in its place), and its bad-input cases. The integration
// leaves its own `models` out, so the model switches never show on it.
import type { ResourceTable } from "../../helpers/tables";

const model = { integrationId: "openai-1", modelSlug: "gpt-4o" };
const pricing = (request: number) => ({ type: "static" as const, payAsYouGo: { requestToken: { price: request }, responseToken: { price: request * 2 } } });

export const table: ResourceTable = {
  lifecycle: {
    type: "IntegrationModelAccess",
    hasImmutableFields: true,
    mismatchField: "modelSlug",
    program(s, variant, imp) {
      const integration = imp
        ? imp.from.integrationSlug
        : new s.portkey.Integration("integration", { name: "Model creds", aiProviderId: "openai", key: "sk-model-5555" }).slug;
      // A custom fine-tuned model first (deleting it out of band removes it), then a built-in one in its place.
      const args = {
        base: {
          integrationId: integration,
          modelSlug: "ft:gpt-4o:acme:support",
          isCustom: true,
          isFinetune: true,
          baseModelSlug: "gpt-4o",
          pricingConfig: pricing(0.001),
        },
        updated: {
          integrationId: integration,
          modelSlug: "ft:gpt-4o:acme:support",
          isCustom: true,
          isFinetune: true,
          baseModelSlug: "gpt-4o",
          pricingConfig: pricing(0.002),
        },
        replaced: { integrationId: integration, modelSlug: "gpt-4o", pricingConfig: pricing(0.002) },
      }[variant] as never;
      const access = new s.portkey.IntegrationModelAccess("model", args, imp ? { import: imp.importId } : {});
      return { targetId: access.id, integrationSlug: integration, modelSlug: access.modelSlug };
    },
    async drift(a, out) {
      const entry = { slug: out.modelSlug, enabled: true, pricing_config: { type: "static", pay_as_you_go: { request_token: { price: 9.99 } } } };
      await a.put(`/integrations/${out.integrationSlug}/models`, { models: [entry] });
    },
    async drifted(a, out) {
      const list = await a.get(`/integrations/${out.integrationSlug}/models`);
      return list.models.some((m: any) => m.slug === out.modelSlug && m.pricing_config?.pay_as_you_go?.request_token?.price === 9.99);
    },
    async removeOutOfBand(a, out) {
      await a.delete(`/integrations/${out.integrationSlug}/models?slugs=${encodeURIComponent(String(out.modelSlug))}`);
    },
    async count(a, out) {
      // Once the integration itself is destroyed, none of its models is enabled.
      const list = await a.get(`/integrations/${out.integrationSlug}/models`).catch((err: Error) => {
        if (/-> 404/.test(err.message)) return { models: [] };
        throw err;
      });
      return list.models.filter((m: any) => m.enabled).length;
    },
    importId: (out) => `${out.integrationSlug}/${out.modelSlug}`,
  },
  badInput: [
    ["missing model", { integrationId: "openai-1" }, /IntegrationModelAccess\.modelSlug is required/],
    ["missing integration", { modelSlug: "gpt-4o" }, /IntegrationModelAccess\.integrationId is required/],
    ["enabled as text", { ...model, enabled: "yes" }, /IntegrationModelAccess\.enabled must be boolean/],
    ["dynamic pricing", { ...model, pricingConfig: { ...pricing(1), type: "dynamic" } }, /IntegrationModelAccess\.pricingConfig\.type must be one of: static/],
    ["negative price", { ...model, pricingConfig: pricing(-1) }, /IntegrationModelAccess\.pricingConfig\.payAsYouGo\.requestToken\.price must be >= 0/],
    [
      "pricing without prices",
      { ...model, pricingConfig: { type: "static" } },
      /IntegrationModelAccess\.pricingConfig is missing the required key "payAsYouGo"/,
    ],
    [
      "price as text",
      { ...model, pricingConfig: '{"type": "static", "payAsYouGo": {"requestToken": {"price": "cheap"}}}' },
      /requestToken\.price must be number/,
    ],
    ["import id without model", { ...model }, /import id "openai-1" must have the form integrationId\/modelSlug/, { import: "openai-1" }],
  ],
};
