// Secrets audit: the API keys, integration keys and configurations, a secret
// reference's credentials, an MCP integration's configurations (a bearer token
// and a client secret), a Portkey API key's value (at create and at rotation), the SIEM
// and ITSM credentials (tokens, signing secrets, passwords, API tokens) and the SAML
// certificate never appear in plaintext in exported state, state files, stack
// config, the engine's verbose logs or any error message.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import type * as auto from "@pulumi/pulumi/automation";
import { SEEDED_USERS } from "../../../emulator/portkey/users";
import { CERT_B } from "../../helpers/certificates";
import { targetOf, useEmulator } from "../../helpers/emulator";
import { sdk } from "../../helpers/installed";
import { plainStackExport } from "../../helpers/paths";
import { newStack, workFolder } from "../../helpers/stack";

const emulator = useEmulator();
const MEMBER = SEEDED_USERS.find((u) => u.role !== "owner")!.id;

const INTEGRATION_KEY = "sk-audit-integration-key-5f1e";
const AZURE_SECRET = "azure-audit-client-secret-77aa";
const VAULT_SECRET_ID = "vault-audit-secret-id-2d9c";
const WRONG_KEY = "pk-audit-wrong-key-0c3d";
const MCP_TOKEN = "mcp-audit-bearer-token-2d9c";
const MCP_CLIENT_SECRET = "mcp-audit-client-secret-71b4";
const WRONG_TOKTRA_KEY = "tk-audit-wrong-key-9a1b";
const SIEM_TOKEN = "hec-audit-siem-token-3e8d";
const SIGNING_SECRET = "siem-audit-signing-secret-6b2f";
const SN_PASSWORD = "sn-audit-password-4c7a";
const JIRA_TOKEN = "jira-audit-api-token-8f0e";
// A line of the certificate's base64: the PEM's newlines may be escaped in JSON.
const CERT_LINE = CERT_B.split("\n")[2]!;

function files(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe("secrets audit (real engine, logs at -v=8 with --logflow)", function () {
  this.timeout(300_000);
  let stack: auto.Stack;
  const seen: string[] = [];
  let description = "first";
  let siemActive = true;
  let rotation = "r1";
  // -v=8 is the most verbose level that is clean: from -v=9 the engine traces raw
  // RPC payloads, secret program inputs included, whatever the provider.
  const verbose = { logVerbosity: 8, logFlow: true, logToStdErr: true, onOutput: (s: string) => seen.push(s) };

  before(async () => {
    const s = sdk();
    stack = await newStack(
      async () => {
        const ws = new s.portkey.Workspace("ws", { name: "Audit" });
        const integration = new s.portkey.Integration("azure", {
          name: "Audit Azure",
          aiProviderId: "azure-openai",
          key: INTEGRATION_KEY,
          configurations: {
            azure_auth_mode: "entra",
            azure_resource_name: "audit",
            azure_entra_tenant_id: "audit-tenant",
            azure_entra_client_id: "audit-client",
            azure_entra_client_secret: AZURE_SECRET,
            azure_deployment_config: [{ azure_deployment_name: "audit", azure_api_version: "2024-02-15-preview", azure_model_slug: "gpt-4", is_default: true }],
          },
          description,
        });
        const access = new s.portkey.IntegrationWorkspaceAccess("access", { integrationId: integration.slug, workspaceId: ws.id });
        // Credentials for a secret manager, and an integration whose key comes from it.
        const vault = new s.portkey.SecretReference("vault", {
          name: "Audit vault",
          managerType: "hashicorp_vault",
          authConfig: { vault_auth_type: "approle", vault_addr: "https://vault.audit.test", vault_role_id: "audit-role", vault_secret_id: VAULT_SECRET_ID },
          secretPath: "secret/data/audit",
        });
        new s.portkey.Integration("mapped", {
          name: "Audit mapped",
          aiProviderId: "openai",
          secretMappings: [{ targetField: "key", secretReferenceId: vault.slug }],
        });
        new s.portkey.VirtualKey("vk", { name: "audit key", workspaceId: ws.id, integrationId: integration.slug }, { dependsOn: [access] });
        // As an object, and as a JSON string on a second one: neither form may show.
        const mcpServer = { url: "https://mcp.audit.example/mcp", authType: "headers" as const, transport: "http" as const };
        new s.portkey.McpIntegration("mcp", { ...mcpServer, name: "Audit MCP", configurations: { custom_headers: { Authorization: `Bearer ${MCP_TOKEN}` } } });
        new s.portkey.McpIntegration("mcp-oauth", {
          ...mcpServer,
          name: "Audit MCP OAuth",
          authType: "oauth_auto",
          configurations: JSON.stringify({ client_id: "audit-client", client_secret: MCP_CLIENT_SECRET }),
        });
        // An invite and a member too, so that their state and output are among the places searched.
        new s.portkey.UserInvite("invite", {
          email: "audit-invitee@example.com",
          role: "member",
          workspaces: [ws.id.apply((id) => ({ id, role: "member" as const }))],
          scopes: ["logs.view"],
        });
        new s.portkey.WorkspaceMember("member", { workspaceId: ws.id, userId: MEMBER, role: "member" });
        // Its value comes back once, on create and on each rotation.
        const apiKey = new s.portkey.ApiKey("backend", {
          name: "Audit backend",
          type: "workspace",
          subType: "service",
          workspaceId: ws.id,
          scopes: ["logs.view"],
          rotation,
        });
        // Credentials as an object and as a JSON string: neither form may show.
        const siemCredentials = { token: SIEM_TOKEN, signing_secret: SIGNING_SECRET };
        new s.toktra.SiemConfig("siem", {
          name: "Audit SOC",
          providerType: "splunk",
          endpoint: "https://hec.example.test",
          credentials: siemCredentials,
          isActive: siemActive,
        });
        const snowCredentials = JSON.stringify({ username: "bot", password: SN_PASSWORD });
        new s.toktra.ItsmConfig("servicenow", {
          name: "Audit incidents",
          providerType: "servicenow",
          instanceUrl: "https://audit.service-now.com",
          credentials: snowCredentials,
        });
        new s.toktra.ItsmConfig("jira", {
          name: "Audit issues",
          providerType: "jira",
          instanceUrl: "https://audit.atlassian.net",
          defaultProject: "AUD",
          credentials: { email: "bot@audit.example", api_token: JIRA_TOKEN },
        });
        new s.toktra.SsoConfig("sso", {
          name: "Audit SSO",
          providerType: "okta",
          entityId: "http://www.okta.com/audit",
          ssoUrl: "https://audit.okta.com/sso",
          certificate: CERT_B,
        });
        return { apiKeyValue: apiKey.key };
      },
      targetOf(emulator()),
      "audit",
    );
  });

  it("no plaintext secret anywhere after up, preview, refresh and a failed update", async () => {
    const results: { stdout: string; stderr: string }[] = [];
    results.push(await stack.up(verbose));
    results.push(await stack.preview(verbose));
    results.push(await stack.refresh(verbose));
    const apiKeyValues = [String((await stack.outputs()).apiKeyValue!.value)];
    rotation = "r2";
    results.push(await stack.up(verbose));
    apiKeyValues.push(String((await stack.outputs()).apiKeyValue!.value));
    assert.equal(new Set(apiKeyValues).size, 2, "the rotation gave the key a new value");
    assert.ok(
      apiKeyValues.every((v) => v.length >= 8),
      "the key's value reached the program",
    );
    // A wrong key for each API in turn, with a change only that API sees: the
    // API refuses, and the error must not repeat the key.
    const failWith = async (vendor: "portkey" | "toktra", wrong: string, change: () => void): Promise<Error> => {
      await stack.setConfig(`${vendor}:apiKey`, { value: wrong, secret: true });
      change();
      const e = (await stack.up(verbose).then(
        () => undefined,
        (x: Error) => x,
      )) as Error;
      assert.ok(e, `up with a wrong ${vendor} key should fail`);
      await stack.setConfig(`${vendor}:apiKey`, { value: vendor === "portkey" ? emulator().portkeyKey : emulator().toktraKey, secret: true });
      return e;
    };
    const err = await failWith("portkey", WRONG_KEY, () => (description = "second"));
    assert.match(err.message, /401 \(AB05\).*portkey:apiKey.*PORTKEY_API_KEY/s);
    const toktraErr = await failWith("toktra", WRONG_TOKTRA_KEY, () => (siemActive = false));
    assert.match(toktraErr.message, /toktra API: PUT \/v1\/api\/siem\/configs\/[0-9a-f-]{36} failed with 401 \(unauthorized\).*toktra:apiKey.*TOKTRA_API_KEY/s);
    // Destroy uses the provider config of the last update, so a good up comes first.
    results.push(await stack.up(verbose));

    const work = stack.workspace.workDir;
    const haystacks: [string, string][] = [
      ["pulumi stack export", plainStackExport(work, path.join(workFolder(), "engine"))],
      ["engine output", seen.join("")],
      ...results.map((r, i): [string, string] => [`operation ${i} stdout/stderr`, r.stdout + r.stderr]),
      ["Portkey error message", err.message],
      ["Toktra error message", toktraErr.message],
      ...files(path.join(workFolder(), "engine", "backend")).map((f): [string, string] => [f, fs.readFileSync(f, "utf8")]),
      ...files(path.join(workFolder(), "engine", "home", "logs")).map((f): [string, string] => [f, fs.readFileSync(f, "utf8")]),
      ["stack config", fs.readFileSync(path.join(work, "Pulumi.dev.yaml"), "utf8")],
    ];
    const toktra = [emulator().toktraKey, WRONG_TOKTRA_KEY, SIEM_TOKEN, SIGNING_SECRET, SN_PASSWORD, JIRA_TOKEN, CERT_LINE];
    const secrets = [
      emulator().portkeyKey,
      WRONG_KEY,
      INTEGRATION_KEY,
      AZURE_SECRET,
      VAULT_SECRET_ID,
      MCP_TOKEN,
      MCP_CLIENT_SECRET,
      ...apiKeyValues,
      ...toktra,
    ];
    // From -v=5 Pulumi's Node SDK writes every RPC answer to its debug log, and a
    // secret output (the API key's value) reaches the program in that answer; Pulumi
    // documents verbose logs as able to hold secrets. Everywhere else it is searched.
    const sdkTrace = /RPC finished: .*resp: /;
    const withoutSdkTraces = (text: string) =>
      text
        .split("\n")
        .filter((l) => !sdkTrace.test(l))
        .join("\n");
    const hits = haystacks.flatMap(([where, text]) => [
      ...secrets.filter((s) => !apiKeyValues.includes(s) && text.includes(s)).map((s) => `${s.slice(0, 6)}... in ${where}`),
      ...apiKeyValues.filter((s) => withoutSdkTraces(text).includes(s)).map((s) => `${s.slice(0, 6)}... (API key value) in ${where}`),
    ]);
    const bytes = haystacks.reduce((n, [, t]) => n + t.length, 0);
    console.log(`      secrets audit: ${haystacks.length} places, ${bytes} bytes searched for ${secrets.length} secrets; ${hits.length} plaintext hits`);
    if (process.env.AIGOV_DEBUG)
      for (const [where, text] of haystacks)
        for (const line of text.split("\n")) if (secrets.some((x) => line.includes(x))) console.log(where, "::", line.slice(0, 400));
    assert.deepEqual(hits, []);
  });

  after(async () => {
    await stack?.destroy();
  });
});
