// Quirk hooks of the prompt partial (its description is
// spec/portkey/prompt-partial.ts): the versioning of ./versions.ts, under the
// partial's own wire names (portkey-api.md §3.15).
import { promptPartialSpec } from "../../spec/portkey/prompt-partial";
import { versionedHooks } from "../core/versions";

export const hooks = versionedHooks({
  spec: promptPartialSpec,
  versioned: ["content"],
  metadata: ["name", "version_description"],
  entryId: "prompt_partial_version_id",
  entryNumber: "version",
  answerId: "prompt_partial_version_id",
  shownNumber: "version",
});
