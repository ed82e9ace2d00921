// Quirk hooks of the workspace (its description is spec/portkey/workspace.ts).
import { forcing, itemPath, ResourceHooks } from "../core/resource";

export const hooks: ResourceHooks = {
  // GET shows "<icon> <name>" when an icon is set.
  afterGet(obj) {
    const icon = typeof obj.icon === "string" ? obj.icon : "";
    const name = typeof obj.name === "string" ? obj.name : "";
    return icon && name.startsWith(icon + " ") ? { ...obj, name: name.slice(icon.length + 1) } : obj;
  },
  // The name confirms the delete. force_delete cascades to every key and config
  // the workspace holds, also those Pulumi does not manage, so it is sent only
  // when the resource opts in (forceDestroy); without it Portkey answers 409/AB07
  // while anything is left, and the core says what to do.
  async delete({ spec, client }, id, state) {
    await client.delete(itemPath(spec, id), { body: { name: state.name, ...(forcing(spec, state) ? { force_delete: true } : {}) } });
  },
};
