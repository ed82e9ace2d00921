// Quirk hooks of the usage-limits policy (its description is spec/portkey/usage-limits-policy.ts).
import { ResourceHooks } from "../core/resource";
import { rest } from "../core/steps/rest";

export const hooks: ResourceHooks = {
  // Delete archives; a read that still shows the archived policy means it is gone.
  async get(ctx, id, state) {
    const obj = await rest.get(ctx, id, state);
    return obj?.status === "archived" ? undefined : obj;
  },
};
