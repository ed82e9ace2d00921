// Portkey prompt: a versioned template in a collection.
// API: POST /prompts -> {id, slug, version_id}; GET/PUT/DELETE /prompts/{slug};
// GET /prompts/{slug}/versions; PUT /prompts/{slug}/makeDefault {version: N}.
// Quirks: a PUT that changes the template, model or parameters makes a new
// version but leaves the old one the default, and GET shows the default; the
// provider makes the new one the default (makeDefault, provider/core/versions.ts). GET may add `model`
// inside `parameters` and echo the virtual key as its slug.
import { ResourceSpec } from "../core/types";
import { timestamps } from "./limits";
import { versionFields } from "./versions";

export const promptSpec: ResourceSpec = {
  vendor: "portkey",
  name: "Prompt",
  file: "prompt",
  doc: "A Portkey prompt: a versioned template, with its model and parameters, in a prompt collection.",
  api: { collection: "/prompts", item: "/prompts/{key}", pathKey: "slug" },
  importId: { parts: ["slug"], example: "support-reply-1a2b3c" },
  naturalKey: ["name", "collectionId"],
  lostCreate: "naturalKey",
  parents: [{ resource: "PromptCollection", field: "collectionId", blocksDelete: false }],
  terraform: "portkey_prompt",
  dataSources: [
    {
      kind: "lookup",
      name: "getPrompt",
      by: ["slug"],
      optional: ["version"],
      doc: "Looks up one prompt by slug or id: its default version, or the version given.",
    },
    {
      kind: "list",
      name: "getPrompts",
      resultKey: "prompts",
      filters: [{ field: "workspaceId" }, { field: "collectionId" }],
      doc: "Lists prompts (without their templates), optionally those of one workspace or collection.",
    },
  ],
  fields: {
    name: { doc: "Display name.", schema: { type: "string", minLength: 1, maxLength: 100 }, required: true },
    collectionId: {
      doc: "The prompt collection's id or slug.",
      schema: { type: "string", minLength: 1 },
      required: true,
      replaceOnChange: true,
      keepUserForm: true,
      createOnly: true,
    },
    string: {
      doc: "The template, with `{{variable}}` placeholders. A change makes a new version.",
      schema: { type: "string", minLength: 1 },
      required: true,
    },
    model: { doc: "The model the prompt runs on, e.g. `gpt-4o`. A change makes a new version.", schema: { type: "string", minLength: 1 }, required: true },
    virtualKey: { doc: "The virtual key (id or slug) the prompt runs through.", schema: { type: "string", minLength: 1 }, required: true, keepUserForm: true },
    parameters: {
      doc: "Model parameters such as `temperature` and `max_tokens`, as an object or a JSON string. A change makes a new version.",
      schema: { typeName: "PromptParameters", description: "Model parameters in the provider's own keys.", type: "object" },
      json: { keys: "verbatim" },
      default: {},
    },
    workspaceId: { doc: "The workspace the prompt lives in (a list filter).", schema: { type: "string" }, output: true },
    slug: { doc: "Portkey's slug for the prompt.", schema: { type: "string" }, output: true, alwaysPresent: true },
    version: {
      doc: "Number of the version shown: the default one, or with `makeDefault: false` the latest.",
      schema: { type: "integer" },
      output: true,
      wire: "version",
      readWire: "prompt_version",
    },
    versionId: { doc: "Id of the version shown.", schema: { type: "string" }, output: true, wire: "prompt_version_id" },
    ...versionFields("prompt"),
    status: { doc: "`active` or `archived`.", schema: { type: "string" }, output: true },
    ...timestamps,
  },
};
