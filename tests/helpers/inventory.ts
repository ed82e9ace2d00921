// What the emulated APIs hold, counted by type and name, as a person would list
// it in the dashboard: the ground truth for "nothing missing, nothing duplicated".
import { strict as assert } from "assert";
import { api, Emulator } from "./emulator";

/** Calls the emulator's control plane (faults, latency, reset). */
export async function control(emu: Emulator, method: string, path: string, body?: unknown): Promise<void> {
  const res = await fetch(`${emu.url}/__emulator/${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  assert.ok(res.ok, `control ${path}: ${res.status}`);
}

/** Toktra's collections and the field that names an object in each. */
// Budgets have no name (toktra_budget takes none): their monthly limit tells them apart.
const TOKTRA_LISTS: [collection: string, nameField: string][] = [
  ["/v1/api/policies", "name"],
  ["/v1/api/budgets", "monthly_limit"],
  ["/v1/api/alert-configs", "name"],
  ["/v1/api/siem/configs", "name"],
  ["/v1/api/itsm/configs", "name"],
  ["/v1/api/sso/configs", "name"],
];

/** Every object the APIs hold, by type and name. */
export async function inventory(emu: Emulator): Promise<Map<string, number>> {
  const a = api(emu);
  const all = async (path: string) => {
    const items: any[] = [];
    for (let page = 0; ; page++) {
      const res = await a.get(`${path}${path.includes("?") ? "&" : "?"}page_size=100&current_page=${page}`);
      items.push(...res.data);
      if (res.data.length < 100) return items;
    }
  };
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  const workspaces = await all("/admin/workspaces");
  for (const w of workspaces) {
    add(`workspace ${w.name}`);
    for (const p of await all(`/providers?workspace_id=${w.id}`)) add(`virtual key ${p.name}`);
    // Members are the organisation's users placed in the workspace; the users themselves are not listed.
    for (const m of await all(`/admin/workspaces/${w.id}/users`)) add(`member ${w.name}/${m.email}`);
  }
  const integrations = await all("/integrations");
  for (const i of integrations) {
    add(`integration ${i.name}`);
    for (const g of (await a.get(`/integrations/${i.slug}/workspaces`)).workspaces) if (g.enabled) add(`access ${i.slug}/${g.id}`);
    // A destroyed built-in model is switched off, as Portkey cannot delete one.
    for (const m of (await a.get(`/integrations/${i.slug}/models`)).models) if (m.enabled) add(`model ${i.slug}/${m.slug}`);
  }
  // Active mappings only: a destroyed one is archived. SCIM pages are `page`/`page_size` under `mappings`.
  for (let page = 0, more = true; more; page++) {
    const res = await a.get(`/scim/workspaces?page_size=100&page=${page}`);
    for (const m of res.mappings) add(`scim mapping ${m.scim_group}/${m.workspace_id}`);
    more = res.mappings.length === 100;
  }
  for (const c of await all("/configs")) add(`config ${c.name}`);
  for (const k of await all("/api-keys")) add(`api key ${k.name}`);
  // Active policies only: a destroyed usage-limits policy is archived, as Portkey's delete leaves it.
  for (const p of await all("/policies/usage-limits")) add(`usage limits policy ${p.name}`);
  for (const p of await all("/policies/rate-limits")) add(`rate limits policy ${p.name}`);
  for (const i of (await a.get("/admin/users/invites?pageSize=1000")).data) add(`invite ${i.email}`);
  // A workspace's default collection comes with it (is_default): not a declared object.
  for (const c of await all("/collections")) if (!c.is_default) add(`prompt collection ${c.name}`);
  for (const p of await all("/prompts")) add(`prompt ${p.name}`);
  for (const g of await all("/guardrails")) add(`guardrail ${g.name}`);
  for (const p of await all("/prompts/partials")) add(`prompt partial ${p.name}`);
  for (const r of await all("/secret-references")) add(`secret reference ${r.name}`);
  for (const m of await all("/mcp-integrations")) {
    add(`mcp integration ${m.name}`);
    for (const g of (await a.get(`/mcp-integrations/${m.id}/workspaces`)).workspaces) if (g.enabled) add(`mcp access ${m.name}/${g.id}`);
    // One capabilities object per MCP integration, there while any capability is switched on (a destroy switches its own off).
    const caps = (await a.get(`/mcp-integrations/${m.id}/capabilities?page_size=500`)).data as { enabled: boolean }[];
    if (caps.some((c) => c.enabled)) add(`mcp capabilities ${m.name}`);
  }
  const toktra = api(emu, "toktra");
  for (const [collection, nameField] of TOKTRA_LISTS) {
    for (let cursor: string | null = null, first = true; first || cursor; first = false) {
      const res = await toktra.get(`${collection}?limit=100${cursor ? `&cursor=${cursor}` : ""}`);
      for (const o of res.items) add(`${collection} ${o[nameField]}`);
      cursor = res.next_cursor;
    }
  }
  return counts;
}

/** Objects held beyond one per type and name. */
export const duplicatesIn = (live: Map<string, number>) => [...live.values()].reduce((n, c) => n + Math.max(0, c - 1), 0);
/** All objects held. */
export const totalIn = (live: Map<string, number>) => [...live.values()].reduce((n, c) => n + c, 0);
