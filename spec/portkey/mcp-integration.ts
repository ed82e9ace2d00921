// Portkey MCP integration: a remote MCP server registered for the organisation
// or one workspace.
// API: POST /mcp-integrations -> {id, slug}; GET/PUT/DELETE /mcp-integrations/{id}
// (the id or the slug). Quirks: `configurations` carries header values and
// client credentials, so it is write-only, as for integrations. The PUT takes
// neither the slug nor the workspace, so changing either replaces the object.
import { FieldSpec, ResourceSpec } from "../core/types";
import { timestamps } from "./limits";

/** How the MCP integration's sub-resources name it. */
export const mcpIntegrationRef: FieldSpec = {
  doc: "MCP integration id or slug.",
  schema: { type: "string", minLength: 1 },
  required: true,
  replaceOnChange: true,
  keepUserForm: true,
};

export const MCP_AUTH_TYPES = ["none", "headers", "oauth_auto"] as const;
export const MCP_TRANSPORTS = ["http", "sse"] as const;

export const mcpIntegrationSpec: ResourceSpec = {
  vendor: "portkey",
  name: "McpIntegration",
  file: "mcp-integration",
  doc: "A Portkey MCP integration: a remote MCP server that workspaces can be given access to.",
  api: { collection: "/mcp-integrations", item: "/mcp-integrations/{key}", pathKey: "id" },
  importId: { parts: ["id"], example: "3f1c2b9e-8a47-4d2e-9b61-0c5d7e8f9a10" },
  uniqueKeys: ["slug"],
  autoSlug: "slug",
  lostCreate: "derivedSlug",
  createAnswer: {
    whole: false,
    why: "POST answers only {id, slug}; its type, status and timestamps come from a read (portkey-openapi.yaml McpIntegrationCreateResponse).",
  },
  naturalKey: ["slug", "name", "url", "workspaceId"],
  parents: [{ resource: "Workspace", field: "workspaceId", blocksDelete: true }],
  terraform: "portkey_mcp_integration",
  dataSources: [
    { kind: "lookup", name: "getMcpIntegration", by: ["id"], doc: "Looks up one MCP integration by id or slug." },
    {
      kind: "list",
      name: "getMcpIntegrations",
      resultKey: "mcpIntegrations",
      filters: [{ field: "workspaceId" }],
      doc: "Lists MCP integrations, optionally those of one workspace.",
    },
  ],
  fields: {
    name: { doc: "Display name.", schema: { type: "string", minLength: 1 }, required: true },
    slug: {
      doc: "Identifier unique in the organisation: letters, digits, `-` and `_`. When absent, one is derived from the stack and the resource name, the same on every run.",
      schema: { type: "string", pattern: "^[a-zA-Z0-9_-]+$", maxLength: 100 },
      computed: true,
      alwaysPresent: true,
      replaceOnChange: true,
      createOnly: true,
    },
    description: { doc: "Free-text description.", schema: { type: "string" }, clearWith: null },
    url: {
      doc: "The MCP server's URL, e.g. `https://mcp.example.com/mcp`.",
      schema: { type: "string", format: "https-url" },
      required: true,
    },
    authType: {
      doc: "How Portkey authenticates to the server: `none`, `headers` (the headers in `configurations`) or `oauth_auto`.",
      schema: { enum: [...MCP_AUTH_TYPES] },
      required: true,
    },
    transport: { doc: "The MCP transport: `http` (streamable HTTP) or `sse`.", schema: { enum: [...MCP_TRANSPORTS] }, required: true },
    configurations: {
      doc:
        "Authentication settings, e.g. `custom_headers` (headers sent to the server) and `passthrough_header`, as an object or a JSON string. " +
        "Write-only: it may hold tokens and client secrets.",
      schema: { type: "object" },
      json: { keys: "verbatim" },
      secret: true,
      writeOnly: true,
    },
    workspaceId: {
      doc: "Makes the MCP integration workspace-scoped. A workspace id or slug.",
      schema: { type: "string", minLength: 1 },
      replaceOnChange: true,
      keepUserForm: true,
      createOnly: true,
    },
    type: { doc: "`organisation` or `workspace`.", schema: { type: "string" }, output: true },
    status: { doc: "The integration's status, e.g. `active`.", schema: { type: "string" }, output: true },
    ...timestamps,
  },
};
