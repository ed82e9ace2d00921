// Quirk hooks of the SCIM workspace mapping (its description is spec/portkey/scim-workspace-mapping.ts).
import { ValidationError } from "../core/errors";
import { isUuid } from "../core/ids";
import { listCollection } from "../core/list";
import { itemPath, ResourceHooks } from "../core/resource";

export const hooks: ResourceHooks = {
  // There is no GET of one mapping: it is found in the list, every page of it.
  // The list's workspace filter matches only UUIDs, so a slug lists them all.
  async get({ spec, client }, id, state) {
    // The id is the item path's key for the delete: one that is no safe segment ("..") is refused before any request.
    itemPath(spec, id);
    const ws = state.workspaceId;
    const mappings = await listCollection(client, spec, typeof ws === "string" && isUuid(ws) ? { workspace_id: ws } : {});
    return mappings.find((m) => m.id === id);
  },
  // Every field replaces the mapping, so no plan reaches here; Portkey has no PUT to send.
  update({ spec }, id) {
    return Promise.reject(new ValidationError(`${spec.name} "${id}": Portkey cannot change a SCIM workspace mapping; every change replaces it`));
  },
};
