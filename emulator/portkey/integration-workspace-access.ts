// Integration workspace access: GET/PUT /v1/integrations/{slug}/workspaces.
// PUT upserts grants; there is no DELETE, `enabled:false` disables. The list
// shows every workspace ever granted (disabled ones with enabled:false) plus a
// workspace-scoped integration's own workspace, which is implicitly enabled.
import { Router } from "../router";
import { integration } from "./integration";
import { Bag, IntegrationRec, Portkey } from "./state";

const ROUTE = "/integrations/{slug}/workspaces";

/** Whether providers of this integration may be created in the workspace. */
export function isEnabled(pk: Portkey, rec: IntegrationRec, workspaceUuid: string): boolean {
  const grant = pk.access[rec.id]?.[workspaceUuid];
  return grant ? grant.enabled : rec.workspace_id === workspaceUuid;
}

function list(pk: Portkey, rec: IntegrationRec): Bag {
  const grants = pk.access[rec.id] ?? {};
  const ids = Object.keys(grants);
  if (rec.workspace_id && !grants[rec.workspace_id]) ids.unshift(rec.workspace_id);
  const workspaces = ids.flatMap((id) => {
    const ws = pk.workspaces[id];
    if (!ws) return [];
    const g = grants[id];
    return [
      {
        id: pk.quirks.slugEcho ? ws.slug : ws.id,
        enabled: g ? g.enabled : true,
        usage_limits: g?.usage_limits ? pk.usageLimits(g.usage_limits) : null,
        rate_limits: g?.rate_limits ?? null,
      },
    ];
  });
  return { total: workspaces.length, workspaces };
}

function put(pk: Portkey, rec: IntegrationRec, b: Bag): void {
  const now = pk.now();
  // Resolve every workspace first so a bad one changes nothing.
  const items = ((b.workspaces as Bag[] | undefined) ?? []).map((e) => ({ e, ws: pk.workspace(String(e.id)) }));
  const grants = (pk.access[rec.id] ??= {});
  for (const { e, ws } of items) {
    const g = (grants[ws.id] ??= { enabled: false, last_updated_at: now });
    g.enabled = e.enabled === true;
    // Absent keeps the limits, null clears them, an array replaces them.
    if ("usage_limits" in e) g.usage_limits = e.usage_limits as Bag[] | null;
    if ("rate_limits" in e) g.rate_limits = e.rate_limits as Bag[] | null;
    g.last_updated_at = now;
  }
}

export function accessRoutes(r: Router, pk: Portkey): void {
  pk.workspaceChildren.push({
    count: (p, ws) => Object.values(p.access).filter((grants) => grants[ws]?.enabled).length,
    cascade: (p, ws) => Object.values(p.access).forEach((grants) => delete grants[ws]),
  });
  const path = `/v1${ROUTE.replace("{slug}", ":ref")}`;
  const checkPut = pk.body("PUT", ROUTE);
  r.add("GET", path, (req) => ({ body: list(pk, integration(pk, req.params.ref!)) }));
  r.add("PUT", path, (req) => {
    const rec = integration(pk, req.params.ref!);
    put(pk, rec, checkPut(req.body));
    return {};
  });
}
