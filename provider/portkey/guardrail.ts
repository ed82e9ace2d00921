// Quirk hooks of the guardrail (its description is spec/portkey/guardrail.ts).
import { ResourceHooks } from "../core/resource";

export const hooks: ResourceHooks = {
  // Every guardrail carries its organisation's id; only one without a workspace
  // belongs to the organisation itself, so only there is it the scope the program gave.
  afterGet(obj) {
    if (!obj.workspace_id) return obj;
    const { organisation_id: _org, ...rest } = obj;
    return rest;
  },
};
