// Every page of a list endpoint (`page_size`/`current_page`, 0-indexed). The
// server may cap the page size below what was asked, so a short page ends the
// walk only when the answer carries no `total` to go by.
import type { ApiClient, Query } from "../http/client";
import type { Bag } from "./wire";

export async function listAll(client: ApiClient, path: string, query: Query = {}, listKey = "data", pageSize = 100): Promise<Bag[]> {
  const items: Bag[] = [];
  for (let page = 0; page < 1000; page++) {
    const res = await client.get<Bag>(path, { query: { ...query, page_size: pageSize, current_page: page } });
    const batch = (Array.isArray(res[listKey]) ? res[listKey] : []) as Bag[];
    items.push(...batch);
    const total = typeof res.total === "number" ? res.total : undefined;
    if (batch.length === 0 || (total !== undefined ? items.length >= total : batch.length < pageSize)) break;
  }
  return items;
}
