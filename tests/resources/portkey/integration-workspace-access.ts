// IntegrationWorkspaceAccess: its life on the real engine, and its bad-input cases.
import type { ResourceTable } from "../../helpers/tables";

const access = { integrationId: "openai-1", workspaceId: "ws-1" };

export const table: ResourceTable = {
  lifecycle: {
    type: "IntegrationWorkspaceAccess",
    hasImmutableFields: true,
    mismatchField: "workspaceId",
    program(s, variant, imp) {
      let ws: unknown, ws2: unknown, integration: unknown;
      if (imp) {
        [ws, ws2, integration] = [imp.from.workspaceId, imp.from.workspace2Id, imp.from.integrationSlug];
      } else {
        ws = new s.portkey.Workspace("ws", { name: "Access A" }).id;
        ws2 = new s.portkey.Workspace("ws2", { name: "Access B" }).id;
        integration = new s.portkey.Integration("integration", { name: "Shared creds", aiProviderId: "openai", key: "sk-shared-4444" }).slug;
      }
      const budget = (creditLimit: number) => [{ type: "cost" as const, creditLimit, alertThreshold: 40, periodicReset: "monthly" as const }];
      const args = {
        base: { integrationId: integration, workspaceId: ws, usageLimits: budget(50) },
        updated: {
          integrationId: integration,
          workspaceId: ws,
          usageLimits: budget(75),
          rateLimits: [{ type: "requests" as const, unit: "rpm" as const, value: 60 }],
        },
        replaced: { integrationId: integration, workspaceId: ws2, usageLimits: budget(75) },
      }[variant] as never;
      const access = new s.portkey.IntegrationWorkspaceAccess("access", args, imp ? { import: imp.importId } : {});
      return { targetId: access.id, workspaceId: ws, workspace2Id: ws2, integrationSlug: integration, accessWorkspaceId: access.workspaceId };
    },
    async drift(a, out) {
      const entry = {
        id: out.accessWorkspaceId,
        enabled: true,
        usage_limits: [{ type: "cost", credit_limit: 999, alert_threshold: 40, periodic_reset: "monthly" }],
      };
      await a.put(`/integrations/${out.integrationSlug}/workspaces`, { workspaces: [entry] });
    },
    async drifted(a, out) {
      const list = await a.get(`/integrations/${out.integrationSlug}/workspaces`);
      return list.workspaces.some((w: any) => w.enabled && w.usage_limits?.[0]?.credit_limit === 999);
    },
    async removeOutOfBand(a, out) {
      await a.put(`/integrations/${out.integrationSlug}/workspaces`, { workspaces: [{ id: out.accessWorkspaceId, enabled: false }] });
    },
    async count(a, out) {
      // Once the integration itself is destroyed, nothing can be enabled for it.
      const list = await a.get(`/integrations/${out.integrationSlug}/workspaces`).catch((err: Error) => {
        if (/-> 404/.test(err.message)) return { workspaces: [] };
        throw err;
      });
      return list.workspaces.filter((w: any) => w.enabled).length;
    },
    importId: (out) => `${out.integrationSlug}/${out.accessWorkspaceId}`,
  },
  badInput: [
    ["missing integration", { workspaceId: "ws-1" }, /IntegrationWorkspaceAccess\.integrationId is required/],
    ["missing workspace", { integrationId: "openai-1" }, /IntegrationWorkspaceAccess\.workspaceId is required/],
    ["enabled as text", { ...access, enabled: "yes" }, /IntegrationWorkspaceAccess\.enabled must be boolean/],
    ["two usage limits", { ...access, usageLimits: [{ type: "cost" }, { type: "tokens" }] }, /usageLimits takes at most 1 item/],
    [
      "two rate limits",
      {
        ...access,
        rateLimits: [
          { type: "requests", unit: "rpm", value: 1 },
          { type: "tokens", unit: "rpm", value: 1 },
        ],
      },
      /rateLimits takes at most 1 item/,
    ],
    ["wrong usage type", { ...access, usageLimits: [{ type: "requests" }] }, /usageLimits\[0\]\.type must be one of: cost, tokens/],
    ["wrong rate type", { ...access, rateLimits: [{ type: "calls", unit: "rpm", value: 1 }] }, /rateLimits\[0\]\.type must be one of: requests, tokens/],
    ["empty limit", { ...access, usageLimits: [{}] }, /usageLimits\[0\] is missing the required key "type"/],
    ["malformed rate JSON", { ...access, rateLimits: "[{" }, /IntegrationWorkspaceAccess\.rateLimits must be valid JSON/],
    ["unknown argument", { ...access, budget: 5 }, /IntegrationWorkspaceAccess\.budget is not a known argument/],
  ],
};
