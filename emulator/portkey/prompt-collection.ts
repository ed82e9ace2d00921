// Prompt collections: /v1/collections, items by UUID or slug. Only the name
// changes (PUT {name}); `is_default` is 0/1; the workspace is echoed as a UUID.
import { notFound } from "../errors";
import { collectionRoutes } from "../core/collection";
import { Router } from "../router";
import { Bag, own, Portkey, Stamped, workspaceFilter } from "./state";

export interface CollectionRec extends Stamped {
  workspace_id: string;
  parent_collection_id: string | null;
  is_default: 0 | 1;
  status: string;
}

export const collections = (pk: Portkey) => pk.table<CollectionRec>("collections");

/** A live collection by UUID or slug, or undefined. */
export function findCollection(pk: Portkey, ref: string): CollectionRec | undefined {
  const all = collections(pk);
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
  pk.workspaceChildren.push({
    count: (p, ws) => Object.values(collections(p)).filter((c) => c.workspace_id === ws).length,
    cascade: (p, ws) => Object.values(collections(p)).forEach((c) => c.workspace_id === ws && delete collections(p)[c.id]),
  });
  // name and workspace_id: TF's schema requires both (portkey-api.md §3.9 create body).
  const checkCreate = pk.body("POST", "/collections", { required: ["name", "workspace_id"] });
  const checkUpdate = pk.body("PUT", "/collections/{collectionId}", { required: ["name"] });
  collectionRoutes<CollectionRec>(r, {
    path: "/v1/collections",
    noun: "collection",
    table: () => collections(pk),
    check: { create: checkCreate, update: checkUpdate },
    create(b): CollectionRec {
      const ws = pk.workspace(String(b.workspace_id));
      const parent = typeof b.parent_collection_id === "string" ? find(pk, b.parent_collection_id) : undefined;
      const now = pk.now();
      return {
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
    },
    created: (rec) => ({ body: { id: rec.id, slug: rec.slug } }),
    view(rec) {
      const children = Object.values(collections(pk)).filter((c) => c.parent_collection_id === rec.id);
      return { ...view(rec), child_collections: children.map(view) };
    },
    summary: view,
    filter(rec, query) {
      const ws = workspaceFilter(pk, query);
      return ws === undefined || rec.workspace_id === ws;
    },
    page: pk.pager(100),
    update(rec, b) {
      rec.name = String(b.name);
      rec.last_updated_at = pk.now();
    },
    remove(rec, req) {
      // Portkey keeps a workspace's default collection: deleting it answers 404.
      if (rec.is_default) throw notFound(`collection ${req.params.ref} not found`);
      delete collections(pk)[rec.id];
    },
  });
}
