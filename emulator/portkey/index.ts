// The Portkey Admin API as an emulated service under /v1, authenticated by
// the x-portkey-api-key header. One file per resource (named as in
// spec/portkey/), each registering its routes below.
import { unauthorized } from "../errors";
import { apiKeyRoutes } from "./api-key";
import { Service } from "../server";
import { gatewayConfigRoutes } from "./gateway-config";
import { guardrailRoutes } from "./guardrail";
import { integrationRoutes } from "./integration";
import { modelAccessRoutes } from "./integration-model-access";
import { accessRoutes } from "./integration-workspace-access";
import { mcpIntegrationRoutes } from "./mcp-integration";
import { mcpCapabilityRoutes } from "./mcp-integration-capabilities";
import { mcpAccessRoutes } from "./mcp-integration-workspace-access";
import { rateLimitsPolicyRoutes } from "./rate-limits-policy";
import { secretReferenceRoutes } from "./secret-reference";
import { scimMappingRoutes } from "./scim-workspace-mapping";
import { promptRoutes } from "./prompt";
import { promptPartialRoutes } from "./prompt-partial";
import { promptCollectionRoutes } from "./prompt-collection";
import { OpenApi } from "./openapi";
import { initialState, Portkey } from "./state";
import { usageLimitsPolicyRoutes } from "./usage-limits-policy";
import { userInviteRoutes } from "./user-invite";
import { userRoutes } from "./users";
import { virtualKeyRoutes } from "./virtual-key";
import { workspaceRoutes } from "./workspace";
import { workspaceMemberRoutes } from "./workspace-member";

export const DEFAULT_PORTKEY_KEY = "pk-emulator-local-key";

/** The Pulumi resource classes whose API this service emulates; a test compares it with the resource registry. */
export const SERVED: readonly string[] = [
  "Workspace",
  "Integration",
  "IntegrationWorkspaceAccess",
  "VirtualKey",
  "GatewayConfig",
  "ApiKey",
  "UsageLimitsPolicy",
  "RateLimitsPolicy",
  "UserInvite",
  "PromptCollection",
  "Prompt",
  "Guardrail",
  "WorkspaceMember",
  "PromptPartial",
  "SecretReference",
  "McpIntegration",
  "McpIntegrationWorkspaceAccess",
  "McpIntegrationCapabilities",
  "IntegrationModelAccess",
  "ScimWorkspaceMapping",
];

/** `openApi`: Portkey's published description, which request bodies are checked against. */
export function portkeyService(apiKey: string, openApi: OpenApi): Service {
  return {
    name: "portkey",
    prefix: "/v1",
    initialState,
    authorize(req) {
      const given = req.headers["x-portkey-api-key"];
      // Never echo the key the client sent.
      if (given === undefined) throw unauthorized("Missing x-portkey-api-key header");
      if (given !== apiKey) throw unauthorized("Invalid API Key");
    },
    routes(router, ctx) {
      const pk = new Portkey(ctx, openApi);
      workspaceRoutes(router, pk);
      integrationRoutes(router, pk);
      accessRoutes(router, pk);
      modelAccessRoutes(router, pk);
      virtualKeyRoutes(router, pk);
      gatewayConfigRoutes(router, pk);
      apiKeyRoutes(router, pk);
      usageLimitsPolicyRoutes(router, pk);
      rateLimitsPolicyRoutes(router, pk);
      // Invites first: /admin/users/invites would otherwise read as a user id.
      userInviteRoutes(router, pk);
      userRoutes(router, pk);
      promptCollectionRoutes(router, pk);
      // Partials first: /prompts/partials would otherwise read as a prompt's slug.
      promptPartialRoutes(router, pk);
      promptRoutes(router, pk);
      guardrailRoutes(router, pk);
      workspaceMemberRoutes(router, pk);
      secretReferenceRoutes(router, pk);
      mcpIntegrationRoutes(router, pk);
      mcpAccessRoutes(router, pk);
      mcpCapabilityRoutes(router, pk);
      scimMappingRoutes(router, pk);
    },
  };
}
