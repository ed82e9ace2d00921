// Prompt collections: /v1/collections, items by UUID or slug. Only the name
// changes (PUT {name}); `is_default` is 0/1; the workspace is echoed as a UUID.
import { notFound } from "../errors";
import { Router } from "../router";
import { bodyValidator } from "../validate";
import { Bag, CollectionRec, own, Portkey, workspaceFilter } from "./state";

// portkey-openapi.yaml: POST /collections and PUT /collections/{collectionId}.
const checkCreate = bodyValidator({
  type: "object",
  required: ["name", "workspace_id"],
  properties: { name: { type: "string", minLength: 1 }, workspace_id: { type: "string", minLength: 1 }, parent_collection_id: { type: "string" } },
});
const checkUpdate = bodyValidator({ type: "object", required: ["name"], properties: { name: { type: "string", minLength: 1 } } });

/** A live collection by UUID or slug, or undefined. */
export function findCollection(pk: Portkey, ref: string): CollectionRec | undefined {
  const all = pk.db.collections;
  return own(all, ref) ?? Object.values(all).find((c) => c.slug === ref);
}

function find(pk: Portkey, ref: string): CollectionRec {
  const rec = findCollection(pk, ref);
  if (!rec) throw notFound(`collection ${ref} not found`);
  return rec;
}

function view(rec: CollectionRec): Bag {
  const { id, slug, name, workspace_id, parent_collection_id, is_default, status, created_at, last_updated_at } = rec;
  return { id, name, workspace_id, slug, parent_collection_id, is_default, status, created_at, last_updated_at };
}

export function promptCollectionRoutes(r: Router, pk: Portkey): void {
  const base = "/v1/collections";

  r.add("POST", base, (req) => {
    const b = checkCreate(req.body);
    const ws = pk.workspace(String(b.workspace_id));
    const parent = typeof b.parent_collection_id === "string" ? find(pk, b.parent_collection_id) : undefined;
    const now = pk.now();
    const rec: CollectionRec = {
      id: pk.uuid(),
      slug: pk.nameSlug(String(b.name), "collection"),
      name: String(b.name),
      workspace_id: ws.id,
      parent_collection_id: parent?.id ?? null,
      is_default: 0,
      status: "active",
      created_at: now,
      last_updated_at: now,
    };
    pk.db.collections[rec.id] = rec;
    return { body: { id: rec.id, slug: rec.slug } };
  });

  r.add("GET", base, (req) => {
    const ws = workspaceFilter(pk, req.query);
    const all = Object.values(pk.db.collections).filter((c) => ws === undefined || c.workspace_id === ws);
    return { body: pk.page(all.map(view), req.query, 100) };
  });

  r.add("GET", `${base}/:ref`, (req) => {
    const rec = find(pk, req.params.ref!);
    const children = Object.values(pk.db.collections).filter((c) => c.parent_collection_id === rec.id);
    return { body: { ...view(rec), child_collections: children.map(view) } };
  });

  r.add("PUT", `${base}/:ref`, (req) => {
    const rec = find(pk, req.params.ref!);
    rec.name = String(checkUpdate(req.body).name);
    rec.last_updated_at = pk.now();
    return {};
  });

  r.add("DELETE", `${base}/:ref`, (req) => {
    const rec = find(pk, req.params.ref!);
    // Portkey keeps a workspace's default collection: deleting it answers 404.
    if (rec.is_default) throw notFound(`collection ${req.params.ref} not found`);
    delete pk.db.collections[rec.id];
    return {};
  });
}
