// Toktra's records as the emulator keeps them (wire names, snake_case), and
// what every collection shares: opaque ids, ISO 8601 stamps, cursor pages and
// Toktra's error shape {error: <type>, message}.
import { ApiError, badRequest } from "../errors";
import { ServiceContext } from "../server";

export type Bag = Record<string, unknown>;

/** One stored object: its wire fields, secrets included (never shown), plus id and stamps. */
export type Rec = Bag & { id: string; created_at: string; updated_at: string };

export const TABLES = ["policies", "budgets", "alertConfigs", "siemConfigs", "itsmConfigs", "ssoConfigs"] as const;
export type Table = (typeof TABLES)[number];
export type ToktraState = Record<Table, Record<string, Rec>>;

export const ORG_ID = "org_emulator_0001";
/**
 * The service's path prefix: the emulated `api_url`, under `/toktra` so it
 * shares a port with Portkey's `/v1`. The admin paths below it start with /v1/api.
 */
export const TOKTRA_PREFIX = "/toktra";

export function initialState(): ToktraState {
  return Object.fromEntries(TABLES.map((t) => [t, {}])) as ToktraState;
}

/** Toktra's error types by HTTP status (docs.toktra.dev/api/overview names bad_request, unauthorized, not_found, ...). */
const TYPE_BY_STATUS: Record<number, string> = {
  400: "bad_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
  422: "unprocessable_entity",
  429: "rate_limit_exceeded",
};

export function toktraErrorBody(err: ApiError): { error: string; message: string } {
  return { error: TYPE_BY_STATUS[err.status] ?? (err.status >= 500 ? "internal_error" : "bad_request"), message: err.message };
}

const DEFAULT_LIMIT = 25;
const MAX_LIMIT = 100;

/** What every Toktra route handler works with. */
export class Toktra {
  constructor(private ctx: ServiceContext) {}

  /** Fetched per call: a reset replaces the whole slice. */
  get db(): ToktraState {
    return this.ctx.store.slice<ToktraState>("toktra");
  }

  now(): string {
    return this.ctx.now();
  }

  /** UUIDs, as Toktra's docs give ids and `terraform import` takes them. */
  id(): string {
    return this.ctx.store.rng.uuid();
  }

  /** Toktra's cursor page: `limit` 1-100 (default 25), an opaque `cursor` from the previous page. */
  page(items: Bag[], query: URLSearchParams): Bag {
    const limitText = query.get("limit");
    const limit = limitText === null || limitText === "" ? DEFAULT_LIMIT : Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw badRequest(`limit: must be an integer from 1 to ${MAX_LIMIT}`);
    const cursor = query.get("cursor");
    const offset = cursor ? decodeCursor(cursor) : 0;
    const slice = items.slice(offset, offset + limit);
    const more = offset + limit < items.length;
    return { items: slice, next_cursor: more ? encodeCursor(offset + limit) : null, has_more: more, total_count: items.length };
  }
}

const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`).toString("base64url");

function decodeCursor(cursor: string): number {
  const m = /^o:(\d+)$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  if (!m) throw badRequest("cursor: is not a cursor this API issued");
  return Number(m[1]);
}
