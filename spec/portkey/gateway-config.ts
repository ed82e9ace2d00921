// Portkey gateway config ("config" in Portkey's API).
// API: POST /configs -> {id, slug, version_id}; GET/PUT/DELETE /configs/{slug}.
// Quirks: create takes `isDefault` as 0/1 in camelCase while GET returns
// `is_default`. GET may return `config` as a JSON string, with keys reordered
// and defaults added (`strategy.mode: single` when no strategy was given).
// Workspace given as a slug comes back as a UUID. Every PUT makes a new version.
import { ResourceSpec } from "../core/types";
import { timestamps } from "./limits";

const gatewayConfigSchema = {
  typeName: "GatewayConfigDocument",
  description: "A gateway config document in Portkey's own keys; keys not listed here pass through.",
  type: "object",
  minProperties: 1,
  properties: {
    strategy: {
      type: "object",
      required: ["mode"],
      properties: { mode: { enum: ["single", "loadbalance", "fallback", "conditional"] } },
    },
    targets: { type: "array", items: { type: "object" } },
    retry: {
      type: "object",
      properties: { attempts: { type: "integer", minimum: 0, maximum: 5 }, on_status_codes: { type: "array", items: { type: "integer" } } },
    },
    cache: { type: "object", properties: { mode: { enum: ["simple", "semantic"] }, max_age: { type: "integer", minimum: 60 } } },
  },
};

export const gatewayConfigSpec: ResourceSpec = {
  vendor: "portkey",
  name: "GatewayConfig",
  file: "gateway-config",
  doc: "A Portkey gateway config: routing, fallbacks, retries and caching for requests.",
  api: { collection: "/configs", item: "/configs/{key}", pathKey: "slug" },
  importId: { parts: ["slug"], example: "pc-routin-1a2b3c" },
  naturalKey: ["name", "workspaceId"],
  parents: [{ resource: "Workspace", field: "workspaceId", blocksDelete: true }],
  terraform: "portkey_config",
  dataSources: [
    { kind: "lookup", name: "getGatewayConfig", by: ["slug"], doc: "Looks up one gateway config by slug." },
    {
      kind: "list",
      name: "getGatewayConfigs",
      resultKey: "configs",
      filters: [{ field: "workspaceId" }],
      doc: "Lists gateway configs, optionally those of one workspace.",
    },
  ],
  lostCreate: "naturalKey",
  createAnswer: { whole: false, why: "POST answers {id, slug, version_id}; status and the timestamps come from a read (portkey-api.md §3.8)." },
  fields: {
    name: { doc: "Display name.", schema: { type: "string", minLength: 1, maxLength: 100 }, required: true },
    config: {
      doc: "The gateway config document, as an object or a JSON string. Compared by meaning, not by text.",
      schema: gatewayConfigSchema,
      json: { keys: "verbatim", serverDefaults: { strategy: { mode: "single" } } },
      required: true,
    },
    workspaceId: { doc: "Workspace id or slug.", schema: { type: "string", minLength: 1 }, replaceOnChange: true, keepUserForm: true, createOnly: true },
    isDefault: {
      doc: "Whether this is the workspace's default config. Only taken at creation.",
      schema: { type: "boolean" },
      wire: "isDefault",
      readWire: "is_default",
      replaceOnChange: true,
      createOnly: true,
      default: false,
      toWire: (v) => (v ? 1 : 0),
      fromWire: (v) => v === 1 || v === true || v === "1",
    },
    slug: { doc: "Portkey's slug for the config (`pc-...`).", schema: { type: "string" }, output: true, alwaysPresent: true },
    status: { doc: "`active` or `archived`.", schema: { type: "string" }, output: true },
    versionId: { doc: "Id of the current version.", schema: { type: "string" }, output: true },
    ...timestamps,
  },
};
