// Quirk hooks of the integration workspace access (its description is spec/portkey/integration-workspace-access.ts).
// The access list names workspaces by slug and carries each one's limits.
import { isNotFound } from "../http/errors";
import { DependentsError } from "../core/errors";
import { listAll } from "../core/list";
import { quote } from "../core/quote";
import { Ctx, ResourceHooks } from "../core/resource";
import { Bag, fieldToWire } from "../core/wire";
import { integrationWorkspaceAccessSpec } from "../../spec/portkey/integration-workspace-access";
import { accessHooks } from "../core/workspace-access";

const fields = integrationWorkspaceAccessSpec.fields;

function entry(inputs: Bag, enabled: boolean): Bag {
  const e: Bag = { id: inputs.workspaceId, enabled };
  // null clears limits the user removed; the PUT replaces the entry's limits.
  e.usage_limits = inputs.usageLimits !== undefined ? fieldToWire(fields.usageLimits!, inputs.usageLimits) : null;
  e.rate_limits = inputs.rateLimits !== undefined ? fieldToWire(fields.rateLimits!, inputs.rateLimits) : null;
  return e;
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

export const hooks: ResourceHooks = accessHooks({
  noun: "IntegrationWorkspaceAccess",
  parent: "integrationId",
  route: "/integrations/{integrationId}/workspaces",
  names: "slug",
  entry,
  remember: "workspaceSlug",
  async beforeDisable(ctx, id, state) {
    const using = await keysUsing(ctx, state);
    if (!using.length) return;
    throw new DependentsError(
      `IntegrationWorkspaceAccess ${quote(id)} was not deleted: virtual keys in the workspace still use the integration (${using.join(", ")}), ` +
        `and switching its access off would break them, including any that Pulumi does not manage. Nothing was changed. ` +
        `Delete those keys first (destroy the stack that owns them), then run destroy again.`,
    );
  },
});
