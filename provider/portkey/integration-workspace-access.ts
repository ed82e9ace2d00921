// Quirk hooks of the integration workspace access (its description is spec/portkey/integration-workspace-access.ts).
import { isNotFound } from "../http/errors";
import { fillPath } from "../http/path";
import { isUuid } from "../core/ids";
import { Ctx, ResourceHooks } from "../core/resource";
import { Bag, fieldToWire } from "../core/wire";
import { integrationWorkspaceAccessSpec } from "../../spec/portkey/integration-workspace-access";

const fields = integrationWorkspaceAccessSpec.fields;
const accessPath = (integrationId: unknown) => fillPath("/integrations/{integrationId}/workspaces", { integrationId }, "IntegrationWorkspaceAccess");

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
      const ws = await client.get<Bag>(fillPath("/admin/workspaces/{workspaceId}", { workspaceId: wanted }, "IntegrationWorkspaceAccess"));
      found = entries.find((e) => e.id === ws.slug || e.id === ws.id);
    } catch (err) {
      if (!isNotFound(err, { forbiddenMeansGone: true })) throw err;
    }
  }
  return found;
}

export const hooks: ResourceHooks = {
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
};
