// Portkey integration model access: one model of an integration, switched on
// or off, optionally a custom or fine-tuned model, with static pricing.
// API (portkey-api.md §3.15, OAS /integrations/{slug}/models): GET answers
// {allow_all_models, models:[...]}; PUT is a bulk update of the entries it
// names and leaves the others alone; DELETE removes custom models. There is no
// DELETE of a built-in model, so deleting one switches it off.
// Quirks: `is_custom`/`is_finetune` arrive as booleans, numbers or strings
// (portkey-api.md §1.5).
import { ResourceSpec, Schema } from "../core/types";

const price: Schema = {
  typeName: "TokenPrice",
  description: "A price per token.",
  type: "object",
  required: ["price"],
  additionalProperties: false,
  properties: { price: { type: "number", minimum: 0 } },
};

const pricingSchema: Schema = {
  typeName: "ModelPricing",
  description: "Static pricing of a model: what a request token and a response token cost.",
  type: "object",
  required: ["type", "payAsYouGo"],
  additionalProperties: false,
  properties: {
    type: { enum: ["static"] },
    payAsYouGo: {
      typeName: "PayAsYouGoPricing",
      description: "Prices per request (input) token and per response (output) token.",
      type: "object",
      minProperties: 1,
      additionalProperties: false,
      properties: { requestToken: price, responseToken: price },
    },
  },
};

/** A flag the API may send as a boolean, a number or a string. */
export const flexBool = (v: unknown) => (typeof v === "string" ? v === "true" || v === "1" : v === undefined || v === null ? v : Boolean(v));

export const integrationModelAccessSpec: ResourceSpec = {
  vendor: "portkey",
  name: "IntegrationModelAccess",
  file: "integration-model-access",
  doc:
    "One model of a Portkey integration: switched on or off, optionally a custom or fine-tuned model, with static pricing. " +
    "Destroying it switches a built-in model off and deletes a custom one. Leave the integration's own `models` out when using it.",
  api: { collection: "/integrations/{integration}/models", item: "/integrations/{integration}/models", pathKey: "id", listKey: "models" },
  importId: { separator: "/", parts: ["integrationId", "modelSlug"], example: "openai-prod/gpt-4o" },
  // Setting a model is an idempotent PUT of its entry, so a lost answer is simply retried.
  naturalKey: ["integrationId", "modelSlug"],
  lostCreate: "upsert",
  createAnswer: { whole: true, why: "The PUT answers nothing, and the resource has no server-set outputs: state keeps the inputs as written." },
  parents: [{ resource: "Integration", field: "integrationId", blocksDelete: false }],
  terraform: "portkey_integration_model_access",
  overlaps: [
    {
      resource: "Integration",
      field: "integrationId",
      inputs: {
        models: {
          severity: "error",
          why: "the integration's `models` list states every model's switch, so each `up` of one would undo the other",
        },
        allowAllModels: {
          severity: "warning",
          why: "the integration's `allowAllModels` decides whether model switches count at all (they do only while it is false), and the IntegrationModelAccess switches one model; both stay as written",
        },
      },
      fix: "manage the integration's models in one place: remove `models` from the Integration and keep one IntegrationModelAccess per model",
    },
  ],
  dataSources: [
    {
      kind: "custom",
      name: "getIntegrationModels",
      module: "integration-models",
      doc: "The model access of an integration: whether every model is allowed, and each model's entry.",
      served: {
        args: ["integrationId"],
        result: {
          typeName: "IntegrationModelsResult",
          type: "object",
          required: ["allowAllModels", "models"],
          properties: {
            allowAllModels: { type: "boolean", description: "Whether every model of the AI provider may be used." },
            models: {
              type: "array",
              description: "Each model entry of the integration.",
              items: {
                typeName: "IntegrationModel",
                description: "A model entry of an integration.",
                type: "object",
                required: ["slug", "enabled", "isCustom", "isFinetune"],
                properties: {
                  slug: { type: "string", description: "The model's slug." },
                  name: { type: "string", description: "The model's display name." },
                  enabled: { type: "boolean", description: "Whether the model may be used." },
                  isCustom: { type: "boolean", description: "Whether it is a custom model." },
                  isFinetune: { type: "boolean", description: "Whether it is a fine-tuned model." },
                  baseModelSlug: { type: "string", description: "The model a fine-tuned one is built on." },
                  pricingConfig: pricingSchema,
                },
              },
            },
          },
        },
      },
    },
  ],
  fields: {
    integrationId: { doc: "Integration slug or id.", schema: { type: "string", minLength: 1 }, required: true, replaceOnChange: true, keepUserForm: true },
    modelSlug: { doc: "The model's slug, e.g. `gpt-4o`.", schema: { type: "string", minLength: 1 }, required: true, replaceOnChange: true, wire: "slug" },
    enabled: { doc: "Whether the model may be used through the integration.", schema: { type: "boolean" }, default: true },
    isCustom: {
      doc: "A custom model (not one the AI provider lists). Destroying a custom model deletes it; a built-in one is only switched off.",
      schema: { type: "boolean" },
      default: false,
      replaceOnChange: true,
      fromWire: flexBool,
    },
    isFinetune: { doc: "A fine-tuned model.", schema: { type: "boolean" }, default: false, fromWire: flexBool },
    baseModelSlug: { doc: "The model a fine-tuned one is built on.", schema: { type: "string", minLength: 1 } },
    pricingConfig: {
      doc:
        'Static pricing, e.g. `{ type: "static", payAsYouGo: { requestToken: { price: 0.003 }, responseToken: { price: 0.006 } } }`. ' +
        "Left to Portkey when absent: the API has no way to clear a model's pricing.",
      schema: pricingSchema,
      json: { keys: "camel" },
      computed: true,
    },
  },
};
