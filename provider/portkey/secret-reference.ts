// Quirk hooks of the secret reference (its description is
// spec/portkey/secret-reference.ts). A PUT keeps the stored workspace list when
// `allowed_workspaces` is left out (the OpenAPI's UpdateSecretReferenceRequest:
// only `allow_all_workspaces: true` purges it), so an update without a list
// says so, and a list removed from the program is removed from Portkey.
import { itemPath, keyOf, ResourceHooks } from "../core/resource";

export const hooks: ResourceHooks = {
  async update({ spec, client }, id, body, olds) {
    const sent = body.allowed_workspaces === undefined ? { ...body, allow_all_workspaces: true } : body;
    await client.put(itemPath(spec, keyOf(spec, id, olds)), { body: sent });
  },
};
