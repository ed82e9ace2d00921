// SCIM group to workspace mappings: /v1/scim/workspaces (OAS; portkey-api.md §3.15).
// POST answers the mapping; GET lists active mappings as {total_count, page,
// page_size, mappings} (pages from 0, `page`/`page_size` as Portkey's
// Terraform provider sends them; the OAS shows only `mappings` and
// `total_count`); DELETE archives. There is no GET of one mapping and no PUT.
// A group named by `scim_group_name` is created when no group has that name.
import { badRequest, notFound } from "../errors";
import { Router } from "../router";
import { Bag, intParam, own, Portkey, ScimMappingRec } from "./state";

const ROUTE = "/scim/workspaces";

const mappings = (pk: Portkey) => pk.table<ScimMappingRec>("scimMappings");
/** SCIM group id -> display name. */
const groups = (pk: Portkey) => pk.table<string>("scimGroups");

function view(m: ScimMappingRec): Bag {
  const { id, workspace_id, scim_group, scim_group_id, role } = m;
  return { id, workspace_id, scim_group, scim_group_id, role };
}

/** The group a body names: an existing one by id, or one by name, made when new. */
function groupOf(pk: Portkey, b: Bag): [id: string, name: string] {
  const all = groups(pk);
  if (typeof b.scim_group_id === "string") {
    const name = own(all, b.scim_group_id);
    if (name === undefined) throw notFound(`SCIM group ${b.scim_group_id} not found`);
    return [b.scim_group_id, name];
  }
  const name = String(b.scim_group_name);
  // OAS: the name "must not match the pattern-based auto-provisioning format (e.g. ws-name-role-admin)".
  if (/^ws-.+-role-(admin|manager|member)$/.test(name)) throw badRequest(`scim_group_name: ${name} has the auto-provisioning format`);
  const found = Object.entries(all).find(([, n]) => n === name);
  if (found) return [found[0], name];
  const id = pk.uuid();
  all[id] = name;
  return [id, name];
}

function list(pk: Portkey, query: URLSearchParams): Bag {
  const ws = query.get("workspace_id");
  // The filter matches the UUID only (quirk scimUuidFilter); otherwise a slug works too.
  const wsId = ws && !pk.quirks.scimUuidFilter ? (pk.findWorkspace(ws)?.id ?? ws) : ws;
  const [group, role] = [query.get("scim_group_id"), query.get("role")];
  const selected = Object.values(mappings(pk)).filter(
    (m) => m.status === "active" && (!wsId || m.workspace_id === wsId) && (!group || m.scim_group_id === group) && (!role || m.role === role),
  );
  const [size, page] = [intParam(query, "page_size", 100, 1), intParam(query, "page", 0, 0)];
  return { total_count: selected.length, page, page_size: size, mappings: selected.slice(page * size, (page + 1) * size).map(view) };
}

export function scimMappingRoutes(r: Router, pk: Portkey): void {
  pk.workspaceChildren.push({
    // A mapping does not keep its workspace from being deleted; it goes with it.
    count: () => 0,
    cascade: (p, ws) => Object.values(mappings(p)).forEach((m) => m.workspace_id === ws && (m.status = "archived")),
  });
  const checkPost = pk.body("POST", ROUTE);
  r.add("GET", `/v1${ROUTE}`, (req) => ({ body: list(pk, req.query) }));
  r.add("POST", `/v1${ROUTE}`, (req) => {
    const b = checkPost(req.body);
    const ws = pk.workspace(String(b.workspace_id));
    const [groupId, groupName] = groupOf(pk, b);
    const [id, role] = [pk.uuid(), String(b.role)];
    const rec: ScimMappingRec = { id, workspace_id: ws.id, scim_group: groupName, scim_group_id: groupId, role, status: "active", created_at: pk.now() };
    mappings(pk)[rec.id] = rec;
    return { body: view(rec) };
  });
  r.add("DELETE", `/v1${ROUTE}/:id`, (req) => {
    const rec = own(mappings(pk), req.params.id!);
    if (!rec || rec.status !== "active") throw notFound(`SCIM workspace mapping ${req.params.id} not found`);
    rec.status = "archived";
    return { body: { success: true } };
  });
}
