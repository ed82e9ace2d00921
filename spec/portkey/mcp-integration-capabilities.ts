// Portkey MCP integration capabilities: which tools, prompts and resources of
// one MCP integration are enabled.
// API: GET/PUT /mcp-integrations/{id}/capabilities; the PUT takes
// `{capabilities: [{name, type, enabled}]}`, the GET answers `{data: [...]}`
// paged by a 1-based `page`. There is no DELETE: deleting disables what this
// resource enabled. Capabilities it does not name are left as they are.
import { mcpIntegrationRef } from "./mcp-integration";
import { ContentCheck, InputProblem, ResourceSpec, Schema } from "../core/types";

export const MCP_CAPABILITY_TYPES = ["tool", "prompt", "resource"] as const;

const capabilitySchema: Schema = {
  typeName: "McpCapability",
  description: "One capability of an MCP server and its switch.",
  type: "object",
  required: ["name", "type"],
  additionalProperties: false,
  properties: {
    name: { type: "string", minLength: 1, description: "The capability's name as the MCP server lists it." },
    type: { enum: [...MCP_CAPABILITY_TYPES], description: "`tool`, `prompt` or `resource`." },
    enabled: { type: "boolean", description: "Whether it may be used; true when absent." },
  },
};

/** One PUT carries every switch: a capability listed twice would have two. */
const eachOnce: ContentCheck = {
  field: "capabilities",
  doc: "Each capability (type and name) is listed once. Checked at preview.",
  problems(value, _inputs, known) {
    if (!Array.isArray(value)) return [];
    const first = new Map<string, number>();
    const out: InputProblem[] = [];
    value.forEach((c: unknown, i) => {
      if (!c || typeof c !== "object" || !known(c)) return;
      const { name, type } = c as Record<string, unknown>;
      if (!known(name) || !known(type)) return;
      const key = `${String(type)}:${String(name)}`;
      const at = first.get(key);
      if (at === undefined) first.set(key, i);
      else
        out.push({
          field: "capabilities",
          text: `capabilities[${i}] names the same ${String(type)} as capabilities[${at}]; list each capability once, with its one switch`,
        });
    });
    return out;
  },
};

export const mcpIntegrationCapabilitiesSpec: ResourceSpec = {
  vendor: "portkey",
  name: "McpIntegrationCapabilities",
  file: "mcp-integration-capabilities",
  doc: "Enables or disables tools, prompts and resources of a Portkey MCP integration.",
  // Listed through the MCP integrations: each has one set of capabilities.
  api: { collection: "/mcp-integrations", item: "/mcp-integrations/{key}/capabilities", pathKey: "id", listKey: "data" },
  importId: { parts: ["mcpIntegrationId"], example: "3f1c2b9e-8a47-4d2e-9b61-0c5d7e8f9a10" },
  // The PUT is idempotent and the id is the MCP integration's, so a lost answer is simply retried.
  naturalKey: ["mcpIntegrationId"],
  lostCreate: "upsert",
  createAnswer: { whole: true, why: "The PUT answers {success}; state keeps the capabilities as written." },
  parents: [{ resource: "McpIntegration", field: "mcpIntegrationId", blocksDelete: false }],
  checks: [eachOnce],
  terraform: "portkey_mcp_integration_capabilities",
  dataSources: [
    {
      kind: "custom",
      name: "getMcpIntegrationCapabilities",
      module: "mcp-capabilities",
      doc: "Every capability an MCP integration's server offers, enabled or not.",
      served: {
        args: ["mcpIntegrationId"],
        result: {
          typeName: "McpIntegrationCapabilitiesResult",
          type: "object",
          required: ["capabilities"],
          properties: {
            capabilities: {
              type: "array",
              description: "Each capability, every page of the list.",
              items: {
                typeName: "McpIntegrationCapability",
                description: "A capability of an MCP integration's server.",
                type: "object",
                required: ["name", "type", "enabled"],
                properties: {
                  name: { type: "string", description: "The capability's name." },
                  type: { type: "string", description: "`tool`, `prompt`, `resource` or `resource_template`." },
                  enabled: { type: "boolean", description: "Whether it may be used." },
                  description: { type: "string", description: "What the server says it does." },
                },
              },
            },
          },
        },
      },
    },
  ],
  fields: {
    mcpIntegrationId: mcpIntegrationRef,
    capabilities: {
      doc:
        "The capabilities this resource switches, each by name and type, enabled unless `enabled: false`; as a list or a JSON string. " +
        "One dropped from the list is disabled if it was enabled; capabilities never listed are left alone.",
      schema: { type: "array", items: capabilitySchema, minItems: 1, examples: [[{ name: "search_docs", type: "tool" }]] },
      json: { keys: "camel", serverDefaults: { enabled: true } },
      required: true,
    },
  },
};
