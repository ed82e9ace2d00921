// Quirk hooks of the workspace (its description is spec/portkey/workspace.ts).
import { itemPath, ResourceHooks } from "../core/resource";

export const hooks: ResourceHooks = {
  // GET shows "<icon> <name>" when an icon is set.
  afterGet(obj) {
    const icon = typeof obj.icon === "string" ? obj.icon : "";
    const name = typeof obj.name === "string" ? obj.name : "";
    return icon && name.startsWith(icon + " ") ? { ...obj, name: name.slice(icon.length + 1) } : obj;
  },
  // The name confirms the delete; force_delete cascades to keys and configs the
  // workspace still owns, which Pulumi deletes first anyway when it manages them.
  async delete({ spec, client }, id, state) {
    await client.delete(itemPath(spec, id), { body: { name: state.name, force_delete: true } });
  },
};
