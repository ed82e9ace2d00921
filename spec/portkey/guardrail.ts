// Portkey guardrail: checks run on requests and responses, and what to do
// with their verdict.
// API: POST /guardrails -> {id, slug, version_id}; GET/PUT/DELETE /guardrails/{slug}.
// Quirks: a missing guardrail answers 403 ("not found or insufficient
// permissions"), not 404. GET adds `is_enabled: true` to checks and reorders
// keys. A guardrail belongs to a workspace or to the organisation.
import { ResourceSpec } from "../core/types";
import { timestamps } from "./limits";

const checksSchema = {
  type: "array",
  minItems: 1,
  items: {
    typeName: "GuardrailCheck",
    description: "One check, in Portkey's own keys: its type (`id`, e.g. `default.wordCount`) and its parameters.",
    type: "object",
    required: ["id"],
    properties: {
      id: { type: "string", minLength: 1, description: "The check type, e.g. `default.regexMatch`, `portkey.pii`." },
      parameters: { type: "object", description: "The check's own settings." },
      name: { type: "string" },
      is_enabled: { type: "boolean", description: "Whether the check runs; true when absent." },
    },
  },
};

const actionsSchema = {
  typeName: "GuardrailActions",
  description: "What happens with the checks' verdict, in Portkey's own keys (`deny`, `async`, `on_fail`, `on_success`); other keys pass through.",
  type: "object",
  minProperties: 1,
  properties: { deny: { type: "boolean" }, async: { type: "boolean" }, on_fail: { type: "object" }, on_success: { type: "object" } },
};

export const guardrailSpec: ResourceSpec = {
  vendor: "portkey",
  name: "Guardrail",
  file: "guardrail",
  doc: "A Portkey guardrail: checks on requests and responses, and the actions on their verdict.",
  api: { collection: "/guardrails", item: "/guardrails/{key}", pathKey: "slug" },
  importId: { parts: ["slug"], example: "pg-conten-1a2b3c" },
  forbiddenMeansGone: true,
  naturalKey: ["name", "workspaceId", "organisationId"],
  lostCreate: "naturalKey",
  exactlyOne: [{ fields: ["workspaceId", "organisationId"], doc: "a guardrail belongs to one workspace or to the whole organisation" }],
  parents: [{ resource: "Workspace", field: "workspaceId", blocksDelete: true }],
  terraform: "portkey_guardrail",
  dataSources: [
    { kind: "lookup", name: "getGuardrail", by: ["slug"], doc: "Looks up one guardrail by slug or id." },
    {
      kind: "list",
      name: "getGuardrails",
      resultKey: "guardrails",
      filters: [{ field: "workspaceId" }, { field: "organisationId" }],
      doc: "Lists guardrails (without their checks), those of a workspace or of the organisation.",
    },
  ],
  fields: {
    name: { doc: "Display name.", schema: { type: "string", minLength: 1, maxLength: 100 }, required: true },
    workspaceId: {
      doc: "The workspace (id or slug) the guardrail belongs to; give this or organisationId.",
      schema: { type: "string", minLength: 1 },
      replaceOnChange: true,
      keepUserForm: true,
      createOnly: true,
    },
    organisationId: {
      doc: "The organisation id, for an organisation-wide guardrail; give this or workspaceId.",
      schema: { type: "string", minLength: 1 },
      replaceOnChange: true,
      createOnly: true,
    },
    checks: {
      doc: "The checks, as a list of objects or a JSON string. Compared by meaning: `is_enabled: true` and key order do not count.",
      schema: checksSchema,
      json: { keys: "verbatim", serverDefaults: { is_enabled: true } },
      required: true,
    },
    actions: {
      doc: "The actions on the checks' verdict, as an object or a JSON string. Compared by meaning, not by text.",
      schema: actionsSchema,
      json: { keys: "verbatim" },
      required: true,
    },
    slug: { doc: "Portkey's slug for the guardrail (`pg-...`).", schema: { type: "string" }, output: true, alwaysPresent: true },
    status: { doc: "`active` or `archived`.", schema: { type: "string" }, output: true },
    versionId: { doc: "Id of the current version.", schema: { type: "string" }, output: true },
    ...timestamps,
  },
};
