// MCP integrations: /v1/mcp-integrations, items by UUID or slug (portkey-openapi.yaml
// McpIntegrations_*). Create answers {id, slug}; PUT and DELETE answer {}.
// Slugs are unique in the organisation (CreateMcpIntegration.slug). GET shows
// configuration values masked under maskSecrets, as for integrations: they
// hold header tokens and client secrets (portkey-api.md §5.8 lists such values
// as masked; the OpenAPI's McpIntegration is silent on it).
import { collectionRoutes } from "../core/collection";
import { conflict, notFound } from "../errors";
import { Router } from "../router";
import { mask } from "./integration";
import { Bag, ORGANISATION_ID, own, Portkey, Stamped, workspaceFilter } from "./state";

export interface McpIntegrationRec extends Stamped {
  url: string;
  auth_type: string;
  transport: string;
  description?: string | null;
  configurations?: Bag | null;
  workspace_id?: string;
  /** The workspace as the client wrote it, echoed when slugEcho is off. */
  workspace_given?: string;
  status: string;
}

const ROUTE = "/mcp-integrations";
const ITEM = "/mcp-integrations/{mcpIntegrationId}";

export const mcpIntegrations = (pk: Portkey) => pk.table<McpIntegrationRec>("mcpIntegrations");

export function findMcpIntegration(pk: Portkey, ref: string): McpIntegrationRec | undefined {
  const all = mcpIntegrations(pk);
  return own(all, ref) ?? Object.values(all).find((i) => i.slug === ref);
}

export function mcpIntegration(pk: Portkey, ref: string): McpIntegrationRec {
  const found = findMcpIntegration(pk, ref);
  if (!found) throw notFound(`MCP integration ${ref} not found`);
  return found;
}

/** Deletes an MCP integration with its workspace grants and capability switches. */
function remove(pk: Portkey, rec: McpIntegrationRec): void {
  delete pk.table("mcpAccess")[rec.id];
  delete pk.table("mcpCapabilities")[rec.id];
  delete mcpIntegrations(pk)[rec.id];
}

function configurations(pk: Portkey, c: Bag | null | undefined): Bag | null {
  if (!c) return null;
  if (!pk.quirks.maskSecrets) return c;
  return Object.fromEntries(
    Object.entries(c).map(([k, v]) => [k, typeof v === "string" ? mask(v) : v && typeof v === "object" ? configurations(pk, v as Bag) : v]),
  );
}

function view(pk: Portkey, rec: McpIntegrationRec): Bag {
  const { id, slug, name, url, auth_type, transport, status, created_at, last_updated_at } = rec;
  const type = rec.workspace_id ? "workspace" : "organisation";
  const workspace_id = pk.echoWorkspace(rec.workspace_id, rec.workspace_given);
  const description = rec.description ?? null;
  const fields = { id, slug, name, description, url, auth_type, transport, type, workspace_id, status };
  return { ...fields, owner_id: ORGANISATION_ID, configurations: configurations(pk, rec.configurations), secret_mappings: [], created_at, last_updated_at };
}

function apply(rec: McpIntegrationRec, b: Bag): void {
  for (const k of ["name", "url", "auth_type", "transport"] as const) if (typeof b[k] === "string") rec[k] = b[k];
  if ("description" in b) rec.description = b.description as string | null;
  if (b.configurations && typeof b.configurations === "object") rec.configurations = b.configurations as Bag;
}

function create(pk: Portkey, b: Bag): McpIntegrationRec {
  const slug = typeof b.slug === "string" ? b.slug : pk.nameSlug(String(b.name), "mcp");
  if (findMcpIntegration(pk, slug)) throw conflict(`MCP integration with slug ${slug} already exists`);
  const given = typeof b.workspace_id === "string" ? b.workspace_id : undefined;
  const ws = given === undefined ? undefined : pk.workspace(given);
  const now = pk.now();
  const rec: McpIntegrationRec = {
    id: pk.uuid(),
    slug,
    name: "",
    url: "",
    auth_type: "",
    transport: "",
    status: "active",
    created_at: now,
    last_updated_at: now,
  };
  if (ws) Object.assign(rec, { workspace_id: ws.id, workspace_given: given });
  apply(rec, b);
  return rec;
}

export function mcpIntegrationRoutes(r: Router, pk: Portkey): void {
  pk.workspaceChildren.push({
    count: (p, ws) => Object.values(mcpIntegrations(p)).filter((i) => i.workspace_id === ws).length,
    cascade: (p, ws) => Object.values(mcpIntegrations(p)).forEach((i) => i.workspace_id === ws && remove(p, i)),
  });
  collectionRoutes<McpIntegrationRec>(r, {
    path: `/v1${ROUTE}`,
    noun: "MCP integration",
    table: () => mcpIntegrations(pk),
    check: { create: pk.body("POST", ROUTE), update: pk.body("PUT", ITEM) },
    create: (b) => create(pk, b),
    created: (rec) => ({ body: { id: rec.id, slug: rec.slug } }),
    view: (rec) => view(pk, rec),
    filter(i, query) {
      const type = query.get("type") ?? "all";
      const ws = workspaceFilter(pk, query);
      return (type === "all" || (type === "workspace") === !!i.workspace_id) && (ws === undefined || i.workspace_id === ws);
    },
    // McpIntegrationListResponse: {data, total, has_more}.
    page(items, query) {
      const page = pk.page(items, query, 100);
      const shown = (page.data as unknown[]).length + Number(query.get("current_page") ?? 0) * Number(query.get("page_size") ?? 100);
      return { data: page.data, total: page.total, has_more: shown < items.length };
    },
    update(rec, b) {
      apply(rec, b);
      rec.last_updated_at = pk.now();
    },
    remove: (rec) => remove(pk, rec),
  });
}
