// Portkey integration: provider credentials at organisation or workspace level.
// API: POST /integrations -> {id, slug}; GET/PUT/DELETE /integrations/{slug}.
// Quirks: `key` and `configurations` come back masked (`masked_key`,
// `masked_` prefixed configuration keys), so both are write-only. A workspace
// given as a UUID may be echoed as its slug. Unset description comes back as "".
// Model access is its own sub-resource: PUT/GET /integrations/{slug}/models.
// `secret_mappings` name secret references that fill the key or a
// configuration field at request time (./secret-mappings.ts).
import { ResourceSpec } from "../core/types";
import { timestamps, derivedSlugField } from "./limits";
import { providerConfigurations } from "./integration-configurations";
import { secretMappingsField, uniqueTargets } from "./secret-mappings";

export const integrationSpec: ResourceSpec = {
  vendor: "portkey",
  name: "Integration",
  file: "integration",
  doc: "A Portkey integration: credentials for one AI provider, shared with workspaces.",
  api: { collection: "/integrations", item: "/integrations/{key}", pathKey: "slug" },
  importId: { parts: ["slug"], example: "openai-prod" },
  uniqueKeys: ["slug"],
  autoSlug: "slug",
  lostCreate: "derivedSlug",
  createAnswer: { whole: false, why: "POST answers only {id, slug}; its type, status and timestamps come from a read (portkey-api.md §3.5)." },
  naturalKey: ["slug", "name", "aiProviderId", "workspaceId"],
  parents: [{ resource: "Workspace", field: "workspaceId", blocksDelete: true }],
  checks: [providerConfigurations, uniqueTargets],
  terraform: "portkey_integration",
  // Deleting an integration deletes the virtual keys built on it and its workspace grants.
  deleteCascade: { field: "forceDestroy", dependents: "its workspace access grants and the virtual keys built on it" },
  dataSources: [
    { kind: "lookup", name: "getIntegration", by: ["slug"], doc: "Looks up one integration by slug." },
    {
      kind: "list",
      name: "getIntegrations",
      resultKey: "integrations",
      filters: [{ field: "workspaceId" }],
      doc: "Lists integrations, optionally those of one workspace.",
    },
  ],
  fields: {
    name: { doc: "Display name.", schema: { type: "string", minLength: 1, maxLength: 100 }, required: true },
    slug: derivedSlugField,
    aiProviderId: {
      doc: "The AI provider, e.g. `openai`, `anthropic`, `azure-openai`, `aws-bedrock`, `vertex-ai`.",
      schema: { type: "string", pattern: "^[a-z0-9][a-z0-9-]*$" },
      required: true,
      replaceOnChange: true,
      createOnly: true,
    },
    forceDestroy: {
      doc:
        "Destroy the integration even while workspaces still have access to it, deleting the virtual keys built on it too, including those Pulumi does not manage. " +
        "Without it, destroying an integration that a workspace can still use fails and deletes nothing. Takes effect once a `pulumi up` has recorded it.",
      schema: { type: "boolean" },
      default: false,
      providerOnly: true,
    },
    key: {
      doc: "The provider's API key. Write-only: Portkey returns it masked. A `secretMappings` entry for `key` can fill it from a secret reference instead.",
      schema: { type: "string", minLength: 1 },
      secret: true,
      writeOnly: true,
    },
    configurations: {
      doc: "Provider-specific settings (Azure resource, Bedrock region, ...), as an object or a JSON string. Write-only. " + providerConfigurations.doc,
      schema: { type: "object" },
      json: { keys: "verbatim" },
      secret: true,
      writeOnly: true,
    },
    secretMappings: secretMappingsField,
    description: { doc: "Free-text description.", schema: { type: "string" }, clearWith: "" },
    workspaceId: {
      doc: "Makes the integration workspace-scoped. A workspace id or slug.",
      schema: { type: "string", minLength: 1 },
      replaceOnChange: true,
      keepUserForm: true,
      createOnly: true,
    },
    allowAllModels: {
      doc: "Whether every model of the AI provider may be used. When false, only `models` may.",
      schema: { type: "boolean" },
      default: true,
      endpoint: "models",
    },
    models: {
      doc:
        "Slugs of the models enabled for this integration. Left to the server when absent. " +
        "Leave it out when `IntegrationModelAccess` resources manage models of this integration: the two would undo each other, and `preview` refuses the pair.",
      schema: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: true },
      computed: true,
      default: [],
      endpoint: "models",
      // The PUT states each model's switch, so models dropped from the list are switched off.
      toWire: (slugs, old) => [...new Set([...asList(old), ...asList(slugs)])].map((slug) => ({ slug, enabled: asList(slugs).includes(slug) })),
      wireSchema: {
        type: "array",
        items: { type: "object", required: ["slug", "enabled"], properties: { slug: { type: "string", minLength: 1 }, enabled: { type: "boolean" } } },
      },
      fromWire: (list) => (Array.isArray(list) ? list : []).filter((m) => m?.enabled).map((m) => m.slug),
    },
    type: { doc: "`organisation` or `workspace`.", schema: { type: "string" }, output: true },
    status: { doc: "`active` or `archived`.", schema: { type: "string" }, output: true },
    ...timestamps,
  },
};

function asList(v: unknown): string[] {
  return Array.isArray(v) ? v.map(String) : [];
}
