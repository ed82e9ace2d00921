// Integration workspace access: GET/PUT /v1/integrations/{slug}/workspaces.
// PUT upserts grants; there is no DELETE, `enabled:false` disables. The list
// shows every workspace ever granted (disabled ones with enabled:false) plus a
// workspace-scoped integration's own workspace, which is implicitly enabled.
import { wireBodySchema } from "../../provider/core/wire";
import { integrationWorkspaceAccessSpec } from "../../spec/portkey/integration-workspace-access";
import { Router } from "../router";
import { Bag, bodyValidator } from "../validate";
import { integration } from "./integration";
import { IntegrationRec, Portkey } from "./state";

// One grant is the resource's update body plus the workspace as `id`.
const entry = wireBodySchema(integrationWorkspaceAccessSpec, "update");
const workspaceId = (wireBodySchema(integrationWorkspaceAccessSpec, "create").properties as Bag).workspace_id;
const checkPut = bodyValidator({
  type: "object",
  required: ["workspaces"],
  properties: {
    workspaces: {
      type: "array",
      items: { ...entry, required: ["id", "enabled"], properties: { id: workspaceId, ...(entry.properties as Bag) } },
    },
  },
});

/** Whether providers of this integration may be created in the workspace. */
export function isEnabled(pk: Portkey, rec: IntegrationRec, workspaceUuid: string): boolean {
  const grant = pk.db.access[rec.id]?.[workspaceUuid];
  return grant ? grant.enabled : rec.workspace_id === workspaceUuid;
}

export function accessRoutes(r: Router, pk: Portkey): void {
  const path = "/v1/integrations/:ref/workspaces";

  r.add("GET", path, (req) => {
    const rec = integration(pk, req.params.ref!);
    const grants = pk.db.access[rec.id] ?? {};
    const ids = Object.keys(grants);
    if (rec.workspace_id && !grants[rec.workspace_id]) ids.unshift(rec.workspace_id);
    const workspaces = ids.flatMap((id) => {
      const ws = pk.db.workspaces[id];
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
    return { body: { total: workspaces.length, workspaces } };
  });

  r.add("PUT", path, (req) => {
    const rec = integration(pk, req.params.ref!);
    const b = checkPut(req.body);
    const now = pk.now();
    // Resolve every workspace first so a bad one changes nothing.
    const items = (b.workspaces as Bag[]).map((e) => ({ e, ws: pk.workspace(String(e.id)) }));
    const grants = (pk.db.access[rec.id] ??= {});
    for (const { e, ws } of items) {
      const g = (grants[ws.id] ??= { enabled: false, last_updated_at: now });
      g.enabled = e.enabled === true;
      // Absent keeps the limits, null clears them, an array replaces them.
      if ("usage_limits" in e) g.usage_limits = e.usage_limits as Bag[] | null;
      if ("rate_limits" in e) g.rate_limits = e.rate_limits as Bag[] | null;
      g.last_updated_at = now;
    }
    return {};
  });
}
