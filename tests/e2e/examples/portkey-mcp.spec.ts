// examples/portkey-mcp as a user runs it: the packed package installed into the
// example's own folder, the real `pulumi` CLI, the emulator as the API. An MCP
// server shared with a workspace and limited to two tools, an integration whose
// key comes from a secret reference, and a SCIM group mapped onto the workspace.
import { strict as assert } from "assert";
import { api, calls, useEmulator } from "../../helpers/emulator";
import { ExampleProject, openExample, quiet, summaryOf } from "../../helpers/example";

const emulator = useEmulator();

const GITHUB_TOKEN = "ghp-mcp-example-token-not-real-7e21";
const EXTERNAL_ID = "external-id-mcp-example-not-real-3c90";
const ROLE_ARN = "arn:aws:iam::123456789012:role/PortkeyVaultReaderE2e";
/** The program's resources, without the stack. */
const RESOURCES = 7;

/** Live objects in each collection the program adds to. */
async function counts(): Promise<Record<string, number>> {
  const a = api(emulator());
  const total = async (path: string) => {
    const res = await a.get(path);
    return Number(res.total ?? res.total_count);
  };
  return {
    workspaces: await total("/admin/workspaces"),
    integrations: await total("/integrations"),
    secretReferences: await total("/secret-references"),
    mcpIntegrations: await total("/mcp-integrations"),
    scimMappings: await total("/scim/workspaces"),
  };
}

describe("examples/portkey-mcp end to end (pulumi CLI, packed package)", function () {
  this.timeout(600_000);
  let ex: ExampleProject;
  let out: Record<string, string>;

  before(async () => {
    ex = await openExample("portkey-mcp", {
      config: { "portkey:baseUrl": emulator().portkeyBaseUrl, vaultRoleArn: ROLE_ARN },
      secrets: { "portkey:apiKey": emulator().portkeyKey, vaultExternalId: EXTERNAL_ID, githubToken: GITHUB_TOKEN },
    });
  });

  it("one up creates every resource, the integration keyless and mapped to the secret reference", async () => {
    const res = await ex.cli.up();
    assert.equal(summaryOf(res.stdout).create, RESOURCES + 1, res.stdout);
    assert.deepEqual(await counts(), { workspaces: 1, integrations: 1, secretReferences: 1, mcpIntegrations: 1, scimMappings: 1 });
    out = (await ex.cli.outputs()) as Record<string, string>;
    const a = api(emulator());
    const integration = await a.get(`/integrations/${out.integrationSlug}`);
    assert.equal(integration.masked_key ?? null, null, "the integration holds a key");
    assert.deepEqual(
      (integration.secret_mappings as { target_field: string; secret_reference_id: string }[]).map((m) => [m.target_field, m.secret_reference_id]),
      [["key", out.secretReferenceSlug]],
    );
    const access = (await a.get(`/mcp-integrations/${out.mcpIntegrationId}/workspaces`)) as { workspaces: { id: string; enabled: boolean }[] };
    assert.ok(
      access.workspaces.some((w) => w.enabled),
      "the workspace has no access to the MCP server",
    );
    const caps = (await a.get(`/mcp-integrations/${out.mcpIntegrationId}/capabilities`)).data as { name: string; enabled: boolean }[];
    assert.deepEqual(
      caps
        .filter((c) => c.enabled)
        .map((c) => c.name)
        .sort(),
      ["get_pull_request", "search_issues"],
    );
    const mappings = (await a.get("/scim/workspaces")).mappings as { workspace_id: string; role: string; scim_group: string }[];
    assert.deepEqual(
      mappings.map((m) => [m.workspace_id, m.role, m.scim_group]),
      [[out.workspaceId, "manager", "agents-leads"]],
    );
  });

  it("preview --expect-no-changes passes after up and again after refresh, and neither writes", async () => {
    const before = calls(emulator()).length;
    await ex.cli.preview({ expectNoChanges: true });
    assert.deepEqual(calls(emulator()).slice(before), [], "preview called the API");
    const refreshed = await ex.cli.refresh();
    assert.ok(quiet(summaryOf(refreshed.stdout)), refreshed.stdout);
    await ex.cli.preview({ expectNoChanges: true });
    const writes = calls(emulator())
      .slice(before)
      .filter((c) => !c.startsWith("GET "));
    assert.deepEqual(writes, [], "refresh or preview wrote to the API");
  });

  it("state and stack config hold neither the MCP token nor the secret manager's external id in plaintext", async () => {
    const exported = (await ex.cli.run(["stack", "export", "--stack", ex.cli.stack])).stdout;
    for (const value of [emulator().portkeyKey, GITHUB_TOKEN, EXTERNAL_ID]) {
      assert.ok(!exported.includes(value), `stack export shows ${value.slice(0, 6)}...`);
      assert.ok(!ex.cli.configFile().includes(value), "stack config shows a secret");
    }
  });

  it("destroy deletes all of it: every collection is empty", async () => {
    const res = await ex.cli.destroy();
    assert.equal(summaryOf(res.stdout).delete, RESOURCES + 1, res.stdout);
    assert.deepEqual(await counts(), { workspaces: 0, integrations: 0, secretReferences: 0, mcpIntegrations: 0, scimMappings: 0 });
  });
});
