// The routes of one Toktra admin collection, from the emulator's own
// description of it (written from Toktra's Terraform provider docs, never from
// the provider's): POST (201, the object), cursor-paged GET, GET/PUT/DELETE by
// id. Bodies are checked with the collection's JSON Schema, and the object a
// PUT leaves must pass it whole; write-only secrets are stored but never shown.
// A PUT keeps absent fields and clears those sent as null.
import Ajv, { ErrorObject } from "ajv";
import { X509Certificate } from "crypto";
import { badRequest, notFound } from "../errors";
import { Router } from "../router";
import { Bag, ORG_ID, Rec, Table, Toktra, TOKTRA_PREFIX } from "./state";

export interface Collection {
  /** The Pulumi class that manages it, e.g. `SiemConfig`. */
  served: string;
  /** Path under the service, e.g. `/v1/api/siem/configs`. */
  path: string;
  table: Table;
  /** What the type is called in messages, e.g. `SIEM config`. */
  noun: string;
  /** JSON Schema of a whole object as a create sends it (snake_case wire names). */
  schema: Bag;
  /** Values the server stores when a create leaves them out. */
  defaults: Bag;
  /** Fields a PUT cannot change: sent values are ignored. */
  fixed?: string[];
  /** Stored but never shown (credentials, certificates). */
  writeOnly?: string[];
  /** Fields the server works out after each write (remaining budget, certificate fingerprint). */
  derive?(rec: Rec): void;
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

function httpsUrl(v: string): boolean {
  try {
    const u = new URL(v);
    return u.protocol === "https:" || (u.protocol === "http:" && LOOPBACK.test(u.hostname));
  } catch {
    return false;
  }
}

function pem(v: string): boolean {
  try {
    new X509Certificate(v);
    return /-----BEGIN CERTIFICATE-----/.test(v);
  } catch {
    return false;
  }
}

const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addFormat("https-url", { type: "string", validate: httpsUrl });
ajv.addFormat("x509-pem", { type: "string", validate: pem });

function describe(e: ErrorObject): string | undefined {
  if (e.keyword === "if") return undefined;
  const field = e.instancePath.slice(1).replace(/\//g, ".");
  if (e.keyword === "required") return `${[field, e.params.missingProperty as string].filter(Boolean).join(".")}: is required`;
  if (e.keyword === "enum") return `${field}: ${e.message ?? "is invalid"} (${(e.params.allowedValues as unknown[]).map(String).join(", ")})`;
  return `${field || "body"}: ${e.message ?? "is invalid"}`;
}

/** A checker for one body; it returns the body as an object or throws 400 bad_request. Messages name fields, never values. */
export function bodyChecker(schema: Bag): (body: unknown) => Bag {
  const check = ajv.compile(schema);
  return (body) => {
    const value = body ?? {};
    if (!check(value)) {
      const messages = [...new Set((check.errors ?? []).map(describe).filter((m): m is string => !!m))];
      throw badRequest(messages.join("; ") || "body: is invalid");
    }
    return value as Bag;
  };
}

/** The record for an id, or Toktra's 404. */
export function find(tk: Toktra, c: Collection, id: string): Rec {
  const table = tk.db[c.table];
  const rec = Object.hasOwn(table, id) ? table[id] : undefined;
  if (!rec) throw notFound(`${c.noun} ${id} not found`);
  return rec;
}

const SERVER_KEYS = new Set(["id", "org_id", "created_at", "updated_at"]);

/** A record after a PUT: sent fields replace, null clears, fixed and server fields stay. */
function merged(rec: Rec, body: unknown, fixed: Set<string>): Rec {
  if (!body || typeof body !== "object" || Array.isArray(body)) throw badRequest("body: must be object");
  const next: Rec = { ...rec };
  for (const [k, v] of Object.entries(body as Bag)) {
    if (fixed.has(k) || SERVER_KEYS.has(k)) continue;
    if (v === null) delete next[k];
    else next[k] = v;
  }
  return next;
}

export function collectionRoutes(r: Router, tk: Toktra, c: Collection): void {
  const base = `${TOKTRA_PREFIX}${c.path}`;
  const checkWhole = bodyChecker(c.schema);
  const hidden = new Set(c.writeOnly ?? []);
  const fixed = new Set(c.fixed ?? []);
  const view = (rec: Rec): Bag => Object.fromEntries(Object.entries(rec).filter(([k]) => !hidden.has(k)));

  r.add("POST", base, (req) => {
    const b = checkWhole(req.body);
    const now = tk.now();
    const rec: Rec = { id: tk.id(), org_id: ORG_ID, ...c.defaults, ...b, created_at: now, updated_at: now };
    c.derive?.(rec);
    tk.db[c.table][rec.id] = rec;
    return { status: 201, body: view(rec) };
  });

  r.add("GET", base, (req) => ({ body: tk.page(Object.values(tk.db[c.table]).map(view), req.query) }));

  r.add("GET", `${base}/:id`, (req) => ({ body: view(find(tk, c, req.params.id!)) }));

  r.add("PUT", `${base}/:id`, (req) => {
    const next = merged(find(tk, c, req.params.id!), req.body, fixed);
    // The object that results must still hold together (credential keys per provider type).
    checkWhole(Object.fromEntries(Object.entries(next).filter(([k]) => k in (c.schema.properties as Bag))));
    next.updated_at = tk.now();
    c.derive?.(next);
    tk.db[c.table][next.id] = next;
    return { body: view(next) };
  });

  r.add("DELETE", `${base}/:id`, (req) => {
    delete tk.db[c.table][find(tk, c, req.params.id!).id];
    return { status: 204 };
  });
}

/** JSON Schema pieces the descriptions share. */
export const S = {
  name: { type: "string", minLength: 1 },
  bool: { type: "boolean" },
  text: { type: "string", minLength: 1 },
  httpsUrl: { type: "string", format: "https-url" },
  severity: { enum: ["low", "medium", "high", "critical"] },
};

/** `credentials` must hold these keys when `provider_type` is the given one. */
export function credentialKeys(byType: Record<string, string[]>): Bag[] {
  return Object.entries(byType).map(([type, keys]) => ({
    if: { required: ["provider_type"], properties: { provider_type: { const: type } } },
    then: { properties: { credentials: { required: keys } } },
  }));
}
