// Portkey prompt collection: the folder every prompt lives in.
// API: POST /collections -> {id, slug}; GET/PUT/DELETE /collections/{id}.
// Quirks: only the name can change (PUT {name}); `is_default` comes back as
// 0/1; the workspace comes back as a UUID whatever form was sent. Deleting a
// workspace's default collection answers 404.
import { ResourceSpec } from "../core/types";
import { timestamps } from "./limits";

export const promptCollectionSpec: ResourceSpec = {
  vendor: "portkey",
  name: "PromptCollection",
  file: "prompt-collection",
  doc: "A Portkey prompt collection: the folder prompts live in.",
  api: { collection: "/collections", item: "/collections/{key}", pathKey: "id" },
  importId: { parts: ["id"], example: "0c6f1e2a-3b4d-4c5e-8f6a-7b8c9d0e1f2a" },
  naturalKey: ["name", "workspaceId"],
  lostCreate: "naturalKey",
  parents: [{ resource: "Workspace", field: "workspaceId", blocksDelete: true }],
  terraform: "portkey_prompt_collection",
  dataSources: [
    { kind: "lookup", name: "getPromptCollection", by: ["id"], doc: "Looks up one prompt collection by id or slug." },
    {
      kind: "list",
      name: "getPromptCollections",
      resultKey: "collections",
      filters: [{ field: "workspaceId", required: true }],
      doc: "Lists the prompt collections of a workspace.",
    },
  ],
  fields: {
    name: { doc: "Display name.", schema: { type: "string", minLength: 1, maxLength: 100 }, required: true },
    workspaceId: {
      doc: "Workspace id or slug.",
      schema: { type: "string", minLength: 1 },
      required: true,
      replaceOnChange: true,
      keepUserForm: true,
      createOnly: true,
    },
    parentCollectionId: {
      doc: "The collection this one nests in; a top-level collection when absent.",
      schema: { type: "string", minLength: 1 },
      replaceOnChange: true,
      keepUserForm: true,
      createOnly: true,
    },
    slug: { doc: "Portkey's slug for the collection.", schema: { type: "string" }, output: true, alwaysPresent: true },
    isDefault: {
      doc: "Whether this is the workspace's default collection.",
      schema: { type: "boolean" },
      output: true,
      fromWire: (v) => v === 1 || v === true || v === "1",
    },
    status: { doc: "`active` or `archived`.", schema: { type: "string" }, output: true },
    ...timestamps,
  },
};
