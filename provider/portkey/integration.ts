// Quirk hooks of the integration (its description is spec/portkey/integration.ts).
import { forcing, holdsDependents, itemPath, itemQuery, keyOf, ResourceHooks } from "../core/resource";
import type { Bag } from "../core/wire";
import { isNotFound } from "../http/errors";
import { fillPath } from "../http/path";

export const hooks: ResourceHooks = {
  // Deleting an integration takes the virtual keys built on it along, with no
  // refusal from the API. Pulumi disables the grants it manages first, so a
  // workspace still granted access is one Pulumi does not manage, and its keys
  // may be too: the delete waits for forceDestroy.
  async delete({ spec, client }, id, state) {
    const path = itemPath(spec, keyOf(spec, id, state));
    if (!forcing(spec, state)) {
      const grants = ((await client.get<Bag>(`${path}/workspaces`)).workspaces ?? []) as Bag[];
      let granted = grants.filter((g) => g.enabled === true && g.id !== state.workspaceId).map((g) => String(g.id));
      // A workspace-level integration's own workspace always has access and goes with it. The list
      // names it by slug, so a workspace given by id is read once, only when something else seems granted.
      if (granted.length && state.workspaceId) {
        // A workspace already gone (403 AB03) names nothing: what is listed stays counted.
        const own = await client.get<Bag>(fillPath("/admin/workspaces/{workspaceId}", state, spec.name)).catch((err: unknown) => {
          if (isNotFound(err, { forbiddenMeansGone: true })) return {} as Bag;
          throw err;
        });
        granted = granted.filter((g) => g !== own.slug && g !== own.id);
      }
      if (granted.length) throw holdsDependents(spec, id, state, `workspaces with access: ${granted.join(", ")}`);
    }
    await client.delete(path, { query: itemQuery(spec, state) as never });
  },
};
