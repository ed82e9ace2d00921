// Quirk hooks of the prompt (its description is spec/portkey/prompt.ts): the
// versioning of ./versions.ts, and a GET that may add the model inside
// `parameters`.
import { jsonValue, type Bag } from "../core/wire";
import { promptSpec } from "../../spec/portkey/prompt";
import { versionedHooks } from "../core/versions";

/** GET may add the model inside `parameters`; it is not the user's unless they wrote it. */
function withoutAddedModel(obj: Bag, state: Bag): Bag {
  const params = obj.parameters;
  if (!params || typeof params !== "object" || !("model" in params)) return obj;
  let mine: unknown;
  try {
    mine = jsonValue(state.parameters ?? {});
  } catch {
    mine = {};
  }
  if (mine && typeof mine === "object" && "model" in mine) return obj;
  const { model: _added, ...rest } = params as Bag;
  return { ...obj, parameters: rest };
}

export const hooks = versionedHooks({
  spec: promptSpec,
  versioned: ["string", "model", "parameters"],
  metadata: ["name", "virtual_key", "version_description"],
  entryId: "id",
  entryNumber: "prompt_version",
  answerId: "prompt_version_id",
  shownNumber: "prompt_version",
  afterFetch: withoutAddedModel,
});
