// Portkey API key: organisation or workspace, service or user.
// API: POST /api-keys/{type}/{sub-type} -> {id, key}; GET/PUT/DELETE /api-keys/{id};
// POST /api-keys/{id}/rotate -> {id, key, key_transition_expires_at}.
// Quirks: the key's value is shown only by create and rotate (GET masks it);
// GET answers the kind as one combined `type` ("workspace-service"); a create
// without scopes is answered with a 502.
import { ResourceSpec } from "../core/types";
import { rateLimitsField, timestamps, usageLimitSchema } from "./limits";

/** The part of the combined `type` ("workspace-user") a field holds. */
const kindPart = (i: 0 | 1) => (v: unknown) => (typeof v === "string" && v.includes("-") ? v.split("-")[i] : v);

export const apiKeySpec: ResourceSpec = {
  vendor: "portkey",
  name: "ApiKey",
  file: "api-key",
  doc: "A Portkey API key, for the organisation or one workspace, held by a service or a user. Changing `rotation` rotates it in place.",
  api: { collection: "/api-keys", item: "/api-keys/{key}", pathKey: "id" },
  importId: { parts: ["id"], example: "3f2c9a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b" },
  naturalKey: ["name", "type", "subType", "workspaceId"],
  lostCreate: "naturalKey",
  parents: [{ resource: "Workspace", field: "workspaceId", blocksDelete: true }],
  terraform: "portkey_api_key",
  rules: [
    {
      when: { type: "workspace" },
      schema: { required: ["workspaceId"] },
      doc: "a workspace key belongs to one workspace; set workspaceId",
    },
    {
      when: { type: "organisation" },
      schema: { properties: { workspaceId: false } },
      doc: "an organisation key belongs to no workspace; remove workspaceId or set type to workspace",
    },
    {
      when: { subType: "user" },
      schema: { required: ["userId"] },
      doc: "a user key is held by one user; set userId",
    },
  ],
  dataSources: [
    { kind: "lookup", name: "getApiKey", by: ["id"], doc: "Looks up one API key by id. Its value is never returned." },
    {
      kind: "list",
      name: "getApiKeys",
      resultKey: "apiKeys",
      filters: [{ field: "workspaceId" }],
      doc: "Lists the API keys of the organisation, or of one workspace. Their values are never returned.",
    },
  ],
  fields: {
    name: { doc: "Display name.", schema: { type: "string", minLength: 1, maxLength: 100 }, required: true },
    description: { doc: "Free-text description.", schema: { type: "string", maxLength: 200 } },
    type: {
      doc: "`organisation` or `workspace`.",
      schema: { enum: ["organisation", "workspace"] },
      required: true,
      replaceOnChange: true,
      createOnly: true,
      fromWire: kindPart(0),
    },
    subType: {
      doc: "`service` (held by a service) or `user` (held by a user, `userId`).",
      schema: { enum: ["service", "user"] },
      required: true,
      replaceOnChange: true,
      createOnly: true,
      readWire: "type",
      fromWire: kindPart(1),
    },
    workspaceId: {
      doc: "Workspace id or slug; required for workspace keys.",
      schema: { type: "string", minLength: 1 },
      replaceOnChange: true,
      keepUserForm: true,
      createOnly: true,
    },
    userId: { doc: "The user holding a user key.", schema: { type: "string", minLength: 1 }, replaceOnChange: true, createOnly: true },
    scopes: {
      doc: 'Permissions of the key, e.g. `["completions.write"]`. At least one: Portkey answers a key without scopes with a 502.',
      schema: { type: "array", items: { type: "string", minLength: 1 }, minItems: 1, uniqueItems: true, examples: [["completions.write"]] },
      required: true,
    },
    usageLimits: {
      doc: "A spending or token limit of the key.",
      schema: { ...usageLimitSchema, typeName: "ApiKeyUsageLimit", required: ["type", "creditLimit"] },
      json: { keys: "camel" },
      clearWith: null,
    },
    rateLimits: rateLimitsField("Request or token rate limits of the key."),
    metadata: {
      doc: "Metadata sent with every request made with the key.",
      schema: { type: "object", additionalProperties: { type: "string" } },
      wire: "defaults.metadata",
    },
    alertEmails: {
      doc: "Who is told when a limit is near.",
      schema: { type: "array", items: { type: "string", format: "email" }, uniqueItems: true },
      clearWith: null,
    },
    rotation: {
      doc: "Any text; change it to rotate the key in place (a new value, the same id).",
      schema: { type: "string" },
      trigger: true,
    },
    key: {
      doc: "The key's value, from its create or its latest rotation. Empty for an imported key until it is rotated.",
      schema: { type: "string" },
      output: true,
      secret: true,
      shownOnce: true,
    },
    organisationId: { doc: "The organisation the key belongs to.", schema: { type: "string" }, output: true },
    status: { doc: "`active` or `exhausted`.", schema: { type: "string" }, output: true },
    createdAt: timestamps.createdAt!,
    updatedAt: timestamps.updatedAt!,
  },
};
