// The registry: every resource the project manages. The provider's module
// list, the SDK, the docs and the test tables derive from it, and a test checks
// that the emulator's collections agree with it.
import { apiKeySpec } from "./portkey/api-key";
import { gatewayConfigSpec } from "./portkey/gateway-config";
import { guardrailSpec } from "./portkey/guardrail";
import { integrationSpec } from "./portkey/integration";
import { integrationModelAccessSpec } from "./portkey/integration-model-access";
import { integrationWorkspaceAccessSpec } from "./portkey/integration-workspace-access";
import { mcpIntegrationSpec } from "./portkey/mcp-integration";
import { mcpIntegrationCapabilitiesSpec } from "./portkey/mcp-integration-capabilities";
import { mcpIntegrationWorkspaceAccessSpec } from "./portkey/mcp-integration-workspace-access";
import { rateLimitsPolicySpec } from "./portkey/rate-limits-policy";
import { usageLimitsPolicySpec } from "./portkey/usage-limits-policy";
import { userInviteSpec } from "./portkey/user-invite";
import { virtualKeySpec } from "./portkey/virtual-key";
import { promptSpec } from "./portkey/prompt";
import { promptCollectionSpec } from "./portkey/prompt-collection";
import { promptPartialSpec } from "./portkey/prompt-partial";
import { secretReferenceSpec } from "./portkey/secret-reference";
import { scimWorkspaceMappingSpec } from "./portkey/scim-workspace-mapping";
import { workspaceSpec } from "./portkey/workspace";
import { workspaceMemberSpec } from "./portkey/workspace-member";
import { alertConfigSpec } from "./toktra/alert-config";
import { budgetSpec } from "./toktra/budget";
import { itsmConfigSpec } from "./toktra/itsm-config";
import { policySpec } from "./toktra/policy";
import { siemConfigSpec } from "./toktra/siem-config";
import { ssoConfigSpec } from "./toktra/sso-config";
import type { ResourceSpec, Vendor } from "./core/types";

export const RESOURCES: readonly ResourceSpec[] = [
  workspaceSpec,
  integrationSpec,
  integrationWorkspaceAccessSpec,
  virtualKeySpec,
  gatewayConfigSpec,
  apiKeySpec,
  usageLimitsPolicySpec,
  rateLimitsPolicySpec,
  userInviteSpec,
  promptCollectionSpec,
  promptSpec,
  guardrailSpec,
  workspaceMemberSpec,
  promptPartialSpec,
  secretReferenceSpec,
  mcpIntegrationSpec,
  mcpIntegrationWorkspaceAccessSpec,
  mcpIntegrationCapabilitiesSpec,
  integrationModelAccessSpec,
  scimWorkspaceMappingSpec,
  policySpec,
  budgetSpec,
  alertConfigSpec,
  siemConfigSpec,
  itsmConfigSpec,
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
