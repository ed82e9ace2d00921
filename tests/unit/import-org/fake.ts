// A fake listing: objects as import-org's reader would hand them over.
import { resourceNamed } from "../../../spec";
import { importIdOf } from "../../../sdk/import-org/list";
import type { Bag, Found } from "../../../sdk/import-org/model";

export function obj(type: string, id: string, inputs: Bag, outputs: Bag = {}): Found {
  const spec = resourceNamed(type)!;
  const props = { ...inputs, ...outputs };
  return { spec, id, importId: importIdOf(spec, id, props), inputs, props };
}

export const wsA = obj("Workspace", "11111111-1111-4111-8111-111111111111", { name: "Team A" }, { slug: "ws-team-a-1a2b3c" });
export const wsB = obj("Workspace", "22222222-2222-4222-8222-222222222222", { name: "Team A" }, { slug: "ws-team-a-9f8e7d" });
export const openai = obj("Integration", "33333333-3333-4333-8333-333333333333", { name: "OpenAI", slug: "openai-prod", aiProviderId: "openai" });
export const scoped = obj("Integration", "44444444-4444-4444-8444-444444444444", {
  name: "B only",
  slug: "b-only",
  aiProviderId: "openai",
  workspaceId: wsB.id,
});
export const grantA = obj("IntegrationWorkspaceAccess", wsA.props.slug as string, { integrationId: "openai-prod", workspaceId: wsA.props.slug, enabled: true });
export const keyA = obj("VirtualKey", "55555555-5555-4555-8555-555555555555", { name: "app", slug: "app", workspaceId: wsA.id, integrationId: "openai-prod" });
export const keyB = obj("VirtualKey", "66666666-6666-4666-8666-666666666666", { name: "app", slug: "app-b", workspaceId: wsB.id, integrationId: "b-only" });
export const cfgOrg = obj(
  "GatewayConfig",
  "77777777-7777-4777-8777-777777777777",
  { name: "org routing", config: { retry: { attempts: 2 } } },
  { slug: "pc-org-1" },
);
