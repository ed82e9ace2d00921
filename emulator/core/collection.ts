// Generic routes for one collection of records over a table:
//   POST   <path>        create   -> created(rec)  (default: 200 view(rec))
//   GET    <path>        list     -> page(filter(all).map(summary), query)
//   GET    <path>/:ref   read     -> view(rec)
//   PUT    <path>/:ref   update   -> update(rec, body)  (default answer {})
//   DELETE <path>/:ref   delete   -> remove(rec)  (default: drop from the table)
// A collection supplies the table, how records look and the hooks that make it
// behave like the real API (lookups by slug, refusals, cascades). Hooks refuse
// by throwing an ApiError (../errors); nothing is changed before a hook throws.
// Bodies are checked by `check.create` / `check.update` before a hook sees them.
//
//   collectionRoutes(router, {
//     path: "/v1/prompts", noun: "prompt", table: () => pk.table<PromptRec>("prompts"),
//     check: { create: pk.body("POST", "/prompts"), update: pk.body("PUT", "/prompts/{promptId}") },
//     create: (b) => ({ id: pk.uuid(), slug: ..., ...b }),
//     view: (rec) => ({ ...rec, object: "prompt" }),
//     page: pk.pager(100),
//   });
// (Portkey: `pk` is emulator/portkey/state.ts's Portkey; a collection whose
// records live in a workspace also pushes a WorkspaceChild onto
// pk.workspaceChildren, so a workspace delete counts and cascades them.)
import { notFound } from "../errors";
import { ApiRequest, Handler, Reply, Router } from "../router";
import { Bag, own, Rec, Table } from "./table";

export type Verb = "create" | "list" | "read" | "update" | "delete";
export const ALL_VERBS: readonly Verb[] = ["create", "list", "read", "update", "delete"];

/** A request body checker: returns the body as an object or throws 400. */
export type BodyCheck = (body: unknown, req: ApiRequest) => Bag;

export interface CollectionDef<R extends Rec> {
  /** The collection's path, e.g. "/v1/configs"; items are at `<path>/:ref`. */
  path: string;
  /** What a record is called in messages, e.g. "config". */
  noun: string;
  /** The records; fetched per request, since a reset replaces the state. */
  table(): Table<R>;
  /** Routes to register (default: all five). */
  verbs?: readonly Verb[];
  check?: { create?: BodyCheck; update?: BodyCheck };
  /** The record a path names; undefined answers 404 (default: by key, then by `slug`). May throw (403 for a deleted parent). */
  find?(ref: string, req: ApiRequest): R | undefined;
  /** A new record from a checked body; the collection stores it under `rec.id`. */
  create?(body: Bag, req: ApiRequest): R;
  /** The answer to a create (default: the item view). */
  created?(rec: R, req: ApiRequest): Reply;
  /** The item as GET shows it. */
  view(rec: R, req: ApiRequest): unknown;
  /** A list element (default: the item view). */
  summary?(rec: R, req: ApiRequest): unknown;
  /** Which records a list query selects (default: all). */
  filter?(rec: R, query: URLSearchParams): boolean;
  /** The list envelope around the selected elements. */
  page(items: unknown[], query: URLSearchParams): unknown;
  /** Applies a checked PUT body to the record (in place); the answer defaults to {}. */
  update?(rec: R, body: Bag, req: ApiRequest): Reply | void;
  /** Deletes the record (default: drops it from the table); may refuse or cascade. */
  remove?(rec: R, req: ApiRequest): Reply | void;
}

const bySlug = <R extends Rec>(table: Table<R>, ref: string): R | undefined =>
  own(table, ref) ?? Object.values(table).find((r) => (r as Rec & { slug?: unknown }).slug === ref);

/** The record `ref` names in a collection, or the collection's 404. */
export function findIn<R extends Rec>(c: CollectionDef<R>, ref: string, req: ApiRequest): R {
  const rec = c.find ? c.find(ref, req) : bySlug(c.table(), ref);
  if (!rec) throw notFound(`${c.noun} ${ref} not found`);
  return rec;
}

/** The method, path pattern and handler of each verb. */
function handlers<R extends Rec>(c: CollectionDef<R>): Record<Verb, [string, string, Handler]> {
  const item = `${c.path}/:ref`;
  const check = (which: "create" | "update", req: ApiRequest): Bag => {
    const fn = c.check?.[which];
    return fn ? fn(req.body, req) : ((req.body ?? {}) as Bag);
  };
  const create: Handler = (req) => {
    const rec = c.create!(check("create", req), req);
    c.table()[rec.id] = rec;
    return c.created ? c.created(rec, req) : { body: c.view(rec, req) };
  };
  const list: Handler = (req) => {
    const all = Object.values(c.table()).filter((rec) => !c.filter || c.filter(rec, req.query));
    const items = all.map((rec) => (c.summary ? c.summary(rec, req) : c.view(rec, req)));
    return { body: c.page(items, req.query) };
  };
  const update: Handler = (req) => {
    // Find first: an unknown item answers 404 whatever its body.
    const rec = findIn(c, req.params.ref!, req);
    return c.update?.(rec, check("update", req), req) ?? {};
  };
  const remove: Handler = (req) => {
    const rec = findIn(c, req.params.ref!, req);
    if (c.remove) return c.remove(rec, req) ?? {};
    delete c.table()[rec.id];
    return {};
  };
  return {
    create: ["POST", c.path, create],
    list: ["GET", c.path, list],
    read: ["GET", item, (req) => ({ body: c.view(findIn(c, req.params.ref!, req), req) })],
    update: ["PUT", item, update],
    delete: ["DELETE", item, remove],
  };
}

/** Registers the collection's routes on `r`. */
export function collectionRoutes<R extends Rec>(r: Router, c: CollectionDef<R>): void {
  const verbs = c.verbs ?? ALL_VERBS;
  if (verbs.includes("create") && !c.create) throw new Error(`${c.noun}: a collection that serves create needs a create hook`);
  const all = handlers(c);
  for (const verb of verbs) r.add(...all[verb]);
}
