// Portkey prompt partial: a reusable template fragment, versioned like prompts,
// that prompts include with `{{>partial-slug}}`.
// API (portkey-api.md §3.15, OpenAPI /prompts/partials): POST -> {id, slug,
// version_id}; GET/PUT/DELETE /prompts/partials/{slug}; GET .../versions;
// PUT .../makeDefault {version: N}. A PUT that changes the content makes a new
// version that is not the default; the provider makes it the default
// (makeDefault, provider/core/versions.ts). GET does not show the workspace.
import { ResourceSpec } from "../core/types";
import { timestamps } from "./limits";
import { versionFields } from "./versions";

export const promptPartialSpec: ResourceSpec = {
  vendor: "portkey",
  name: "PromptPartial",
  file: "prompt-partial",
  doc: "A Portkey prompt partial: a reusable, versioned template fragment that prompts include with `{{>partial-slug}}`.",
  api: { collection: "/prompts/partials", item: "/prompts/partials/{key}", pathKey: "slug" },
  importId: { parts: ["slug"], example: "system-context-1a2b3c" },
  naturalKey: ["name", "workspaceId"],
  lostCreate: "naturalKey",
  createAnswer: { whole: false, why: "POST answers only {id, slug, version_id}; the version number and timestamps come from a read (portkey-api.md §3.15)." },
  parents: [{ resource: "Workspace", field: "workspaceId", blocksDelete: true }],
  terraform: "portkey_prompt_partial",
  dataSources: [
    {
      kind: "lookup",
      name: "getPromptPartial",
      by: ["slug"],
      optional: ["version"],
      doc: "Looks up one prompt partial by slug or id: its default version, or the version given.",
    },
    {
      kind: "list",
      name: "getPromptPartials",
      resultKey: "promptPartials",
      filters: [{ field: "workspaceId" }],
      doc: "Lists prompt partials (without their content), optionally those of one workspace.",
    },
  ],
  fields: {
    name: { doc: "Display name.", schema: { type: "string", minLength: 1, maxLength: 100 }, required: true },
    content: {
      doc: "The fragment's text, which may hold `{{variable}}` placeholders. A change makes a new version.",
      schema: { type: "string", minLength: 1 },
      wire: "string",
      required: true,
    },
    workspaceId: {
      doc: "The workspace the partial lives in, by id or slug. Portkey requires it with an organisation's Admin API key.",
      schema: { type: "string", minLength: 1 },
      replaceOnChange: true,
      keepUserForm: true,
      createOnly: true,
    },
    slug: { doc: "Portkey's slug for the partial, the name prompts include it by.", schema: { type: "string" }, output: true, alwaysPresent: true },
    version: {
      doc: "Number of the version shown: the default one, or with `makeDefault: false` the latest.",
      schema: { type: "integer" },
      output: true,
    },
    versionId: { doc: "Id of the version shown.", schema: { type: "string" }, output: true, wire: "prompt_partial_version_id" },
    ...versionFields("partial"),
    status: { doc: "`active` or `archived`.", schema: { type: "string" }, output: true },
    ...timestamps,
  },
};
