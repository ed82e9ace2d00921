// Every page of a list endpoint, in the two ways the vendors page.
// Portkey: page numbers, `page_size`/`current_page` from 0 (`pageSize`/`currentPage`
// on users and invites, `page_size`/`page` on SCIM mappings, `page_size`/`page`
// from 1 on MCP capabilities). The server may cap the page size below what was
// asked, so a short page ends the walk only once `total` is reached; an empty
// page always ends it, and a `total` that is reached while pages are still
// full is not trusted (a lying total must not hide objects, the lost-create
// lookup among them). The MCP capability lists end when `has_more` says so.
// Toktra: `cursor`/`limit` (1-100), answered as {items, next_cursor, has_more,
// total_count}; the walk follows next_cursor until has_more is false.
// Either walk fails, rather than answer wrongly, when the pages make no sense:
// a page of nothing but objects already listed, a cursor seen before, more
// pages than any real collection has.
import type { ApiClient, Query } from "../http/client";
import { InvalidResponseError } from "../http/errors";
import type { ResourceSpec } from "../../spec/core/types";
import { canonical } from "./normalize";
import type { Bag } from "./wire";

/** The most pages a walk follows: 100,000 objects at the usual page size. */
export const MAX_PAGES = 1000;

/** Collects pages, dropping objects listed twice (a create during the walk shifts offset pages by one). */
class Walk {
  readonly items: Bag[] = [];
  private readonly seen = new Set<string>();
  constructor(
    private readonly client: ApiClient,
    private readonly path: string,
  ) {}

  /** Adds a page; fails when all of it was listed before (the same page again: the walk would never end). */
  add(batch: Bag[], page: number): void {
    const fresh = batch.filter((item) => {
      const key = identity(item);
      if (this.seen.has(key)) return false;
      this.seen.add(key);
      return true;
    });
    if (batch.length > 0 && fresh.length === 0) this.fail(`answered page ${page + 1} with only objects an earlier page listed (the same page again)`);
    this.items.push(...fresh);
  }

  fail(why: string): never {
    const vendor = this.client.vendor;
    throw new InvalidResponseError(
      { vendor, method: "GET", path: this.path, attempts: 1 },
      `${why}; the list cannot be trusted, so nothing was decided from it. Try again later, or report it to ${vendor === "portkey" ? "Portkey" : "Toktra"}`,
    );
  }
}

function identity(item: Bag): string {
  return typeof item.id === "string" || typeof item.id === "number" ? `id:${item.id}` : canonical(item);
}

function batchOf(res: Bag, listKey: string): Bag[] {
  const batch = res && typeof res === "object" ? res[listKey] : undefined;
  return (Array.isArray(batch) ? batch : []).filter((o): o is Bag => !!o && typeof o === "object" && !Array.isArray(o));
}

/**
 * How Portkey's page-numbered lists name their parameters, the number of their
 * first page, and whether they answer `has_more` (only the MCP capability
 * lists do; elsewhere a `has_more` would be as untested as a lying total).
 */
const PAGE_STYLES = {
  page: { size: "page_size", page: "current_page", first: 0, hasMore: false },
  pageCamel: { size: "pageSize", page: "currentPage", first: 0, hasMore: false },
  pageNumber: { size: "page_size", page: "page", first: 0, hasMore: false },
  pageFromOne: { size: "page_size", page: "page", first: 1, hasMore: true },
} as const;
export type PageStyle = keyof typeof PAGE_STYLES;

export async function listAll(
  client: ApiClient,
  path: string,
  query: Query = {},
  listKey = "data",
  pageSize = 100,
  maxPages = MAX_PAGES,
  style: PageStyle = "page",
): Promise<Bag[]> {
  const walk: Walk = new Walk(client, path);
  const { size, page: pageParam, first, hasMore } = PAGE_STYLES[style];
  for (let k = 0; k < maxPages; k++) {
    const res = await client.get<Bag>(path, { query: { ...query, [size]: pageSize, [pageParam]: first + k } });
    const batch = batchOf(res, listKey);
    walk.add(batch, k);
    if (batch.length === 0) return walk.items;
    // A list that says whether more follow is taken at its word.
    if (hasMore && typeof res.has_more === "boolean") {
      if (!res.has_more) return walk.items;
      continue;
    }
    // SCIM mappings count as `total_count`. Full pages go on whatever the total
    // says; a short page ends the walk once the total (if any) is reached.
    const count = res.total ?? res.total_count;
    const total = typeof count === "number" ? count : undefined;
    if (batch.length < pageSize && (total === undefined || walk.items.length >= total)) return walk.items;
  }
  return walk.fail(`still had more after ${maxPages} pages`);
}

export async function listByCursor(client: ApiClient, path: string, query: Query = {}, listKey = "items", limit = 100, maxPages = MAX_PAGES): Promise<Bag[]> {
  const walk: Walk = new Walk(client, path);
  const cursors = new Set<string>();
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const res = await client.get<Bag>(path, { query: { ...query, limit, ...(cursor ? { cursor } : {}) } });
    walk.add(batchOf(res, listKey), page);
    const next = typeof res.next_cursor === "string" && res.next_cursor ? res.next_cursor : undefined;
    if (res.has_more === false || (res.has_more === undefined && !next)) return walk.items;
    if (!next) walk.fail(`answered page ${page + 1} with has_more but no next_cursor`);
    if (cursors.has(next)) walk.fail(`answered page ${page + 1} with a cursor it had given before (the pages loop)`);
    cursors.add(next);
    cursor = next;
  }
  return walk.fail(`still had more after ${maxPages} pages`);
}

/** Every object in a resource's collection, paged the way its API pages (`pageSize` when given). */
export function listCollection(client: ApiClient, spec: ResourceSpec, query: Query = {}, path = spec.api.collection, pageSize?: number): Promise<Bag[]> {
  const { pagination = "page", listKey } = spec.api;
  return pagination === "cursor"
    ? listByCursor(client, path, query, listKey, pageSize)
    : listAll(client, path, query, listKey, pageSize, MAX_PAGES, pagination);
}
