// Quirk hooks of the virtual key (its description is spec/portkey/virtual-key.ts).
import { itemPath, itemQuery, ResourceHooks } from "../core/resource";

export const hooks: ResourceHooks = {
  // Portkey documents workspace_id in the query; its Terraform provider sends it
  // in the body. Both are sent so either reading works.
  async update({ spec, client }, id, body, olds) {
    await client.put(itemPath(spec, id), { body: { ...body, workspace_id: olds.workspaceId }, query: itemQuery(spec, olds) as never });
  },
};
