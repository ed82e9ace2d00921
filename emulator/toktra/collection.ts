// The routes of one Toktra collection, derived from the resource description:
// POST (201, the object), cursor-paged GET, GET/PUT/DELETE by id. Bodies are
// checked with the description's wire schema, and the object a PUT leaves must
// pass it whole; write-only secrets are stored but never shown. A PUT keeps
// absent fields and clears those sent as null.
import { inputFields, ResourceSpec, wireName } from "../../spec/core/types";
import { wireBodySchema } from "../../provider/core/wire";
import { notFound } from "../errors";
import { Router } from "../router";
import { bodyValidator } from "../validate";
import { Bag, ORG_ID, Rec, Table, Toktra, TOKTRA_PREFIX } from "./state";

export interface Collection {
  spec: ResourceSpec;
  table: Table;
  /** Id prefix, e.g. `pol`. */
  idPrefix: string;
  /** What the type is called in messages, e.g. `policy`. */
  noun: string;
  /** Refuses a create the store cannot take (one SSO configuration per organization). */
  beforeCreate?(tk: Toktra): void;
  /** Fields the server works out after each write (remaining budget, action defaults). */
  derive?(rec: Rec): void;
}

/** The record for an id, or Toktra's 404. */
export function find(tk: Toktra, c: Collection, id: string): Rec {
  const table = tk.db[c.table];
  const rec = Object.hasOwn(table, id) ? table[id] : undefined;
  if (!rec) throw notFound(`${c.noun} ${id} not found`);
  return rec;
}

export function collectionRoutes(r: Router, tk: Toktra, c: Collection): void {
  const base = `${TOKTRA_PREFIX}${c.spec.api.collection}`;
  const checkCreate = bodyValidator(wireBodySchema(c.spec, "create"));
  const updateSchema = wireBodySchema(c.spec, "update");
  const checkUpdate = bodyValidator(updateSchema);
  const updatable = Object.keys(updateSchema.properties as Bag);
  const fields = inputFields(c.spec);
  const hidden = new Set(fields.filter(([, f]) => f.writeOnly).map(([k, f]) => wireName(k, f)));
  const defaults = fields.filter(([, f]) => f.default !== undefined).map(([k, f]) => [wireName(k, f), f.default] as const);

  const view = (rec: Rec): Bag => Object.fromEntries(Object.entries(rec).filter(([k]) => !hidden.has(k)));

  r.add("POST", base, (req) => {
    const b = checkCreate(req.body);
    c.beforeCreate?.(tk);
    const now = tk.now();
    const rec: Rec = { id: tk.id(c.idPrefix), org_id: ORG_ID, ...Object.fromEntries(defaults), ...b, created_at: now, updated_at: now };
    c.derive?.(rec);
    tk.db[c.table][rec.id] = rec;
    return { status: 201, body: view(rec) };
  });

  r.add("GET", base, (req) => ({ body: tk.page(Object.values(tk.db[c.table]).map(view), req.query) }));

  r.add("GET", `${base}/:id`, (req) => ({ body: view(find(tk, c, req.params.id!)) }));

  r.add("PUT", `${base}/:id`, (req) => {
    const rec = find(tk, c, req.params.id!);
    const b = checkUpdate(req.body);
    const next: Rec = { ...rec };
    // Fields the API does not change in place (the type) are ignored, as the real one would.
    for (const k of updatable) {
      if (!(k in b)) continue;
      if (b[k] === null) delete next[k];
      else next[k] = b[k];
    }
    // The object that results must still hold together (type-specific rules).
    checkCreate(next);
    next.updated_at = tk.now();
    c.derive?.(next);
    tk.db[c.table][rec.id] = next;
    return { body: view(next) };
  });

  r.add("DELETE", `${base}/:id`, (req) => {
    delete tk.db[c.table][find(tk, c, req.params.id!).id];
    return { status: 204 };
  });
}
