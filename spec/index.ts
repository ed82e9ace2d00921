// The registry: every resource the project manages. The provider's module
// list, the SDK, the docs and the test tables derive from it, and a test checks
// that the emulator's collections agree with it.
import { gatewayConfigSpec } from "./portkey/gateway-config";
import { guardrailSpec } from "./portkey/guardrail";
import { integrationSpec } from "./portkey/integration";
import { integrationWorkspaceAccessSpec } from "./portkey/integration-workspace-access";
import { virtualKeySpec } from "./portkey/virtual-key";
import { promptSpec } from "./portkey/prompt";
import { promptCollectionSpec } from "./portkey/prompt-collection";
import { workspaceSpec } from "./portkey/workspace";
import { workspaceMemberSpec } from "./portkey/workspace-member";
import { alertConfigSpec } from "./toktra/alert-config";
import { budgetSpec } from "./toktra/budget";
import { itsmConnectorSpec } from "./toktra/itsm-connector";
import { policySpec } from "./toktra/policy";
import { siemConnectorSpec } from "./toktra/siem-connector";
import { ssoConfigSpec } from "./toktra/sso-config";
import type { ResourceSpec, Vendor } from "./core/types";

export const RESOURCES: readonly ResourceSpec[] = [
  workspaceSpec,
  integrationSpec,
  integrationWorkspaceAccessSpec,
  virtualKeySpec,
  gatewayConfigSpec,
  promptCollectionSpec,
  promptSpec,
  guardrailSpec,
  workspaceMemberSpec,
  policySpec,
  budgetSpec,
  alertConfigSpec,
  siemConnectorSpec,
  itsmConnectorSpec,
  ssoConfigSpec,
];

export const VENDORS: readonly Vendor[] = ["portkey", "toktra"];

export function resourcesOf(vendor: Vendor): ResourceSpec[] {
  return RESOURCES.filter((r) => r.vendor === vendor);
}

/** The description of a resource by its Pulumi type name (`Workspace`). */
export function resourceNamed(name: string): ResourceSpec | undefined {
  return RESOURCES.find((r) => r.name === name);
}
