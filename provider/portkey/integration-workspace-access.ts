// Portkey integration workspace access: enables an integration for one
// workspace, with optional usage and rate limits.
// API: GET/PUT /integrations/{slug}/workspaces (bulk); there is no DELETE, so
// deleting disables. The list answers with workspace slugs as `id`, so a
// workspace given as a UUID is resolved through GET /admin/workspaces/{uuid}.
import { isNotFound } from "../http/errors";
import { isUuid } from "../core/ids";
import { Ctx, defineResource } from "../core/resource";
import { ResourceSpec } from "../core/spec";
import { Bag, fieldToWire } from "../core/wire";
import { rateLimitsField, usageLimitsField } from "./limits";

export const integrationWorkspaceAccessSpec: ResourceSpec = {
  vendor: "portkey",
  name: "IntegrationWorkspaceAccess",
  file: "integration-workspace-access",
  doc: "Enables a Portkey integration for a workspace, with optional limits.",
  api: { collection: "/integrations/{integration}/workspaces", item: "/integrations/{integration}/workspaces", pathKey: "id" },
  importId: { separator: "/", parts: ["integrationId", "workspaceId"], example: "openai-prod/ws-team-a-1a2b3c" },
  // Granting access is an idempotent PUT, so a lost answer is simply retried.
  naturalKey: ["integrationId", "workspaceId"],
  lostCreate: "upsert",
  fields: {
    integrationId: { doc: "Integration slug or id.", schema: { type: "string", minLength: 1 }, required: true, replaceOnChange: true, keepUserForm: true },
    workspaceId: { doc: "Workspace id or slug.", schema: { type: "string", minLength: 1 }, required: true, replaceOnChange: true, keepUserForm: true },
    enabled: { doc: "Whether the workspace may use the integration.", schema: { type: "boolean" }, default: true },
    usageLimits: usageLimitsField("Usage limit for this workspace's use of the integration (at most one).", 1),
    rateLimits: rateLimitsField("Rate limit for this workspace's use of the integration (at most one).", 1),
    workspaceSlug: {
      doc: "The workspace's slug, the name the access list uses; kept so a refresh needs one read.",
      schema: { type: "string" },
      output: true,
    },
  },
};

const fields = integrationWorkspaceAccessSpec.fields;
const accessPath = (integrationId: unknown) => `/integrations/${encodeURIComponent(String(integrationId))}/workspaces`;

function entry(inputs: Bag, enabled: boolean): Bag {
  const e: Bag = { id: inputs.workspaceId, enabled };
  // null clears limits the user removed; the PUT replaces the entry's limits.
  e.usage_limits = inputs.usageLimits !== undefined ? fieldToWire(fields.usageLimits!, inputs.usageLimits) : null;
  e.rate_limits = inputs.rateLimits !== undefined ? fieldToWire(fields.rateLimits!, inputs.rateLimits) : null;
  return e;
}

async function putEntry({ client }: Ctx, inputs: Bag, enabled: boolean): Promise<void> {
  await client.put(accessPath(inputs.integrationId), { body: { workspaces: [entry(inputs, enabled)] } });
}

// The list names workspaces by slug; a UUID is resolved to its slug first.
async function findEntry({ client }: Ctx, state: Bag): Promise<Bag | undefined> {
  let list: Bag;
  try {
    list = await client.get<Bag>(accessPath(state.integrationId));
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw err;
  }
  const entries = (Array.isArray(list.workspaces) ? list.workspaces : []) as Bag[];
  const wanted = String(state.workspaceId);
  let found = entries.find((e) => e.id === wanted || (state.workspaceSlug !== undefined && e.id === state.workspaceSlug));
  if (!found && isUuid(wanted)) {
    try {
      const ws = await client.get<Bag>(`/admin/workspaces/${encodeURIComponent(wanted)}`);
      found = entries.find((e) => e.id === ws.slug || e.id === ws.id);
    } catch (err) {
      if (!isNotFound(err, { forbiddenMeansGone: true })) throw err;
    }
  }
  return found;
}

const provider = defineResource(integrationWorkspaceAccessSpec, {
  idOf: (_obj, inputs) => `${inputs.integrationId}/${inputs.workspaceId}`,
  async create(ctx, _body, inputs) {
    await putEntry(ctx, inputs, inputs.enabled !== false);
    return {};
  },
  async get(ctx, _id, state) {
    const found = await findEntry(ctx, state);
    // Deleting disables: a disabled entry the program wants enabled is gone.
    if (!found || (found.enabled === false && state.enabled !== false)) return undefined;
    return { ...found, workspace_slug: found.id };
  },
  async update(ctx, _id, _body, _olds, news) {
    await putEntry(ctx, news, news.enabled !== false);
  },
  async delete(ctx, _id, state) {
    await putEntry(ctx, { integrationId: state.integrationId, workspaceId: state.workspaceId }, false);
  },
});

export const spec = integrationWorkspaceAccessSpec;
export const { configure, check, diff, create, read, update, locate } = provider;
const remove = provider.delete;
export { remove as delete };
