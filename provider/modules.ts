// Every resource's provider module, by the type token the engine records.
import * as gatewayConfig from "./portkey/gateway-config";
import * as integration from "./portkey/integration";
import * as integrationWorkspaceAccess from "./portkey/integration-workspace-access";
import * as virtualKey from "./portkey/virtual-key";
import * as workspace from "./portkey/workspace";
import * as alertConfig from "./toktra/alert-config";
import * as budget from "./toktra/budget";
import * as itsmConnector from "./toktra/itsm-connector";
import * as policy from "./toktra/policy";
import * as siemConnector from "./toktra/siem-connector";
import * as ssoConfig from "./toktra/sso-config";
import type { ProviderModule } from "./core/resource";

export type Located = Pick<ProviderModule, "spec" | "locate">;

export const MODULES: Located[] = [
  workspace,
  integration,
  integrationWorkspaceAccess,
  virtualKey,
  gatewayConfig,
  policy,
  budget,
  alertConfig,
  siemConnector,
  itsmConnector,
  ssoConfig,
];

/** The engine's type token for a dynamic resource, e.g. `pulumi-nodejs:dynamic/portkey:Workspace`. */
export function typeToken(m: Located): string {
  return `pulumi-nodejs:dynamic/${m.spec.vendor}:${m.spec.name}`;
}

export function moduleForType(type: string): Located | undefined {
  return MODULES.find((m) => typeToken(m) === type);
}
