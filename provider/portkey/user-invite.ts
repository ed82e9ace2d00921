// Quirk hooks of the user invite (its description is spec/portkey/user-invite.ts).
import { ValidationError } from "../core/errors";
import { ResourceHooks } from "../core/resource";

export const hooks: ResourceHooks = {
  // Every field replaces the invite, so no plan reaches here; Portkey has no PUT to send.
  update({ spec }, id) {
    return Promise.reject(new ValidationError(`${spec.name} "${id}": Portkey cannot change an invite; every change replaces it`));
  },
};
