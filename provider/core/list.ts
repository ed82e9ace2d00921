// Every page of a list endpoint, in the two ways the vendors page.
// Portkey: `page_size`/`current_page` (`pageSize`/`currentPage` on users and invites), 0-indexed. The server may cap the page
// size below what was asked, so a short page ends the walk only when the answer
// carries no `total` to go by.
// Toktra: `cursor`/`limit` (1-100), answered as {items, next_cursor, has_more,
// total_count}; the walk follows next_cursor until has_more is false.
import type { ApiClient, Query } from "../http/client";
import type { ResourceSpec } from "../../spec/core/types";
import type { Bag } from "./wire";

const MAX_PAGES = 1000;

/** The names of Portkey's page parameters: size, then page number. */
const PAGE_PARAMS = { page: ["page_size", "current_page"], pageCamel: ["pageSize", "currentPage"] } as const;

export async function listAll(
  client: ApiClient,
  path: string,
  query: Query = {},
  listKey = "data",
  pageSize = 100,
  style: "page" | "pageCamel" = "page",
): Promise<Bag[]> {
  const items: Bag[] = [];
  const [sizeParam, pageParam] = PAGE_PARAMS[style];
  for (let page = 0; page < MAX_PAGES; page++) {
    const res = await client.get<Bag>(path, { query: { ...query, [sizeParam]: pageSize, [pageParam]: page } });
    const batch = (Array.isArray(res[listKey]) ? res[listKey] : []) as Bag[];
    items.push(...batch);
    const total = typeof res.total === "number" ? res.total : undefined;
    if (batch.length === 0 || (total !== undefined ? items.length >= total : batch.length < pageSize)) break;
  }
  return items;
}

export async function listByCursor(client: ApiClient, path: string, query: Query = {}, listKey = "items", limit = 100): Promise<Bag[]> {
  const items: Bag[] = [];
  const seen = new Set<string>();
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const res = await client.get<Bag>(path, { query: { ...query, limit, ...(cursor ? { cursor } : {}) } });
    items.push(...((Array.isArray(res[listKey]) ? res[listKey] : []) as Bag[]));
    const next = typeof res.next_cursor === "string" && res.next_cursor ? res.next_cursor : undefined;
    // A cursor seen before would loop forever; a server that says it is done is done.
    if (res.has_more === false || !next || seen.has(next)) break;
    seen.add(next);
    cursor = next;
  }
  return items;
}

/** Every object in a resource's collection, paged the way its API pages (`pageSize` when given). */
export function listCollection(client: ApiClient, spec: ResourceSpec, query: Query = {}, path = spec.api.collection, pageSize?: number): Promise<Bag[]> {
  const { pagination = "page", listKey } = spec.api;
  return pagination === "cursor" ? listByCursor(client, path, query, listKey, pageSize) : listAll(client, path, query, listKey, pageSize, pagination);
}
