// Quirk hooks of the integration workspace access (its description is spec/portkey/integration-workspace-access.ts).
import { isNotFound } from "../http/errors";
import { fillPath } from "../http/path";
import { DependentsError } from "../core/errors";
import { isUuid } from "../core/ids";
import { listAll } from "../core/list";
import { quote } from "../core/quote";
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

/** A workspace's slug, the name the access list uses: a UUID's from a read of the workspace; undefined when that read fails. */
async function slugOf({ client }: Ctx, workspaceId: unknown): Promise<string | undefined> {
  const wanted = String(workspaceId);
  if (!isUuid(wanted)) return wanted;
  const ws = await client.get<Bag>(fillPath("/admin/workspaces/{workspaceId}", { workspaceId: wanted }, "IntegrationWorkspaceAccess")).catch(() => undefined);
  return typeof ws?.slug === "string" ? ws.slug : undefined;
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

/**
 * Virtual keys in the workspace built on the integration. Switching the access
 * off would break them, and they may be another stack's: a platform stack's
 * destroy must not take an application team's keys down with it.
 */
async function keysUsing({ client }: Ctx, state: Bag): Promise<string[]> {
  let keys: Bag[];
  try {
    keys = await listAll(client, "/providers", { workspace_id: String(state.workspaceId) });
  } catch (err) {
    // A deleted workspace answers 403 AB03: nothing in it uses anything.
    if (isNotFound(err, { forbiddenMeansGone: true })) return [];
    throw err;
  }
  const integration = String(state.integrationId);
  return keys.filter((k) => k.integration_id === integration).map((k) => quote(k.name ?? k.slug ?? k.id));
}

export const hooks: ResourceHooks = {
  idOf: (_obj, inputs) => `${inputs.integrationId}/${inputs.workspaceId}`,
  // The PUT answers nothing state needs; the workspace's slug, which a refresh
  // needs to find the entry in one read, is learnt beside it, not after it.
  // Without it (its read failed) the core reads the entry after the PUT.
  async create(ctx, _body, inputs) {
    const [, slug] = await Promise.all([putEntry(ctx, inputs, inputs.enabled !== false), slugOf(ctx, inputs.workspaceId)]);
    return slug === undefined ? {} : { workspace_slug: slug };
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
  async delete(ctx, id, state) {
    // The path is checked before anything is asked: an id of ".." reaches no endpoint.
    accessPath(state.integrationId);
    const using = await keysUsing(ctx, state);
    if (using.length) {
      throw new DependentsError(
        `IntegrationWorkspaceAccess ${quote(id)} was not deleted: virtual keys in the workspace still use the integration (${using.join(", ")}), ` +
          `and switching its access off would break them, including any that Pulumi does not manage. Nothing was changed. ` +
          `Delete those keys first (destroy the stack that owns them), then run destroy again.`,
      );
    }
    await putEntry(ctx, { integrationId: state.integrationId, workspaceId: state.workspaceId }, false);
  },
};
