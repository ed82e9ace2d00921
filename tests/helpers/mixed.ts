// A stack of every Portkey resource type in realistic proportions: workspaces,
// shared integrations, an access grant and a virtual key per workspace, and
// gateway configs spread over the workspaces.
import { Sdk } from "./installed";

export interface Mix {
  workspaces: number;
  integrations: number;
  configs: number;
}

/** How many resources `declareMix` declares. */
export const declaredIn = (m: Mix) => m.workspaces * 3 + m.integrations + m.configs;

/** Declares the mix; `label` keeps names apart between suites sharing an emulator. */
export function declareMix(s: Sdk, m: Mix, label: string): void {
  const ws = Array.from(
    { length: m.workspaces },
    (_, i) =>
      new s.portkey.Workspace(`ws-${i}`, { name: `${label} ${i}`, ...(i % 2 ? { usageLimits: [{ type: "cost" as const, creditLimit: 10 + i }] } : {}) }),
  );
  const integrations = Array.from(
    { length: m.integrations },
    (_, i) => new s.portkey.Integration(`int-${i}`, { name: `${label} creds ${i}`, aiProviderId: "openai", key: `sk-${label.toLowerCase()}-secret-${i}` }),
  );
  ws.forEach((w, i) => {
    const integration = integrations[i % m.integrations]!;
    const access = new s.portkey.IntegrationWorkspaceAccess(`access-${i}`, { integrationId: integration.slug, workspaceId: w.id });
    new s.portkey.VirtualKey(`vk-${i}`, { name: `${label} key ${i}`, workspaceId: w.id, integrationId: integration.slug }, { dependsOn: [access] });
  });
  for (let i = 0; i < m.configs; i++) {
    new s.portkey.GatewayConfig(`cfg-${i}`, { name: `${label} routing ${i}`, workspaceId: ws[i % m.workspaces]!.id, config: { retry: { attempts: i % 5 } } });
  }
}
