// Retry lines as a user watching `pulumi up` reads them.
import { expect } from "chai";
import { retryLine, subjectOf } from "../../../provider/core/log";
import { gatewayConfigSpec as gatewayConfig } from "../../../spec/portkey/gateway-config";
import { integrationWorkspaceAccessSpec as access } from "../../../spec/portkey/integration-workspace-access";
import { siemConfigSpec as siem } from "../../../spec/toktra/siem-config";

describe("retry lines", () => {
  const notice = { method: "POST", path: "/configs", cause: "503 Service Unavailable", delayMs: 1200, attempt: 2, attempts: 4 };

  it("name the API, request, resource, cause, wait and attempt", () => {
    expect(retryLine("portkey", notice, 'GatewayConfig "routing"')).to.equal(
      'Portkey: retrying POST /configs for GatewayConfig "routing" after 503 Service Unavailable, in 1.2 s (attempt 2 of 4)',
    );
  });

  it("leave the resource out when no operation is known", () => {
    expect(retryLine("toktra", { ...notice, delayMs: 500, cause: "ECONNRESET" })).to.equal(
      "Toktra: retrying POST /configs after ECONNRESET, in 0.5 s (attempt 2 of 4)",
    );
  });

  const subjects: [string, ReturnType<typeof subjectOf>, string][] = [
    ["by display name", subjectOf(gatewayConfig, { name: "routing", slug: "pc-1" }, "c-1"), 'GatewayConfig "routing"'],
    ["by id when it has no name", subjectOf(access, { integrationId: "openai" }, "openai/ws-1"), 'IntegrationWorkspaceAccess "openai/ws-1"'],
    ["by type alone before a create knows more", subjectOf(access, {}), "IntegrationWorkspaceAccess"],
    ["never by a secret", subjectOf(siem, { credentials: { token: "hec-secret" }, name: "SOC" }), 'SiemConfig "SOC"'],
  ];
  for (const [what, got, want] of subjects) it(`name a resource ${what}`, () => expect(got).to.equal(want));
});
