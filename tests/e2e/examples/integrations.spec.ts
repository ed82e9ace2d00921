// examples/azure-openai and examples/bedrock as a user runs them: the packed
// package installed into each example's folder, the real `pulumi` CLI, the
// emulator as the API. Each goes through up, a quiet preview with no API call,
// refresh, a quiet preview again, a search of its state for its secrets, and
// destroy to an empty emulator.
import { strict as assert } from "assert";
import { PulumiCliError } from "../../helpers/cli";
import { api, calls, useEmulator } from "../../helpers/emulator";
import { ExampleProject, openExample, quiet, summaryOf } from "../../helpers/example";

const emulator = useEmulator();

interface ExampleCase {
  name: string;
  config: Record<string, string>;
  secrets: Record<string, string>;
  /** The integrations the program declares: output name -> the configuration keys it sends. */
  integrations: Record<string, string[]>;
  /** Plain config values the program puts in `configurations`, a secret: no integration's state may show them. */
  hidden: string[];
}

const AZURE: ExampleCase = {
  name: "azure-openai",
  config: {
    azureResourceName: "contoso-openai-east",
    azureTenantId: "tenant-4f1c-e2e",
    azureClientId: "client-9a7d-e2e",
    azureManagedClientId: "managed-3b2e-e2e",
  },
  secrets: { azureApiKey: "azure-openai-key-not-real-5c8e", azureClientSecret: "entra-client-secret-not-real-1d6f" },
  integrations: {
    keySlug: ["azure_auth_mode", "azure_deployment_config", "azure_resource_name"],
    entraSlug: [
      "azure_auth_mode",
      "azure_deployment_config",
      "azure_entra_client_id",
      "azure_entra_client_secret",
      "azure_entra_tenant_id",
      "azure_resource_name",
    ],
    managedSlug: ["azure_auth_mode", "azure_deployment_config", "azure_managed_client_id", "azure_resource_name"],
  },
  hidden: ["contoso-openai-east", "tenant-4f1c-e2e", "client-9a7d-e2e", "managed-3b2e-e2e"],
};

const BEDROCK: ExampleCase = {
  name: "bedrock",
  config: { awsRegion: "eu-central-1", awsRoleArn: "arn:aws:iam::210987654321:role/PortkeyE2eRole", awsAccessKeyId: "AKIAE2EEXAMPLE7Q2W" },
  secrets: { awsExternalId: "external-id-not-real-8e4a", awsSecretAccessKey: "aws-secret-access-key-not-real-2b9c" },
  integrations: { roleSlug: ["aws_external_id", "aws_region", "aws_role_arn"], keysSlug: ["aws_access_key_id", "aws_region"] },
  hidden: ["arn:aws:iam::210987654321:role/PortkeyE2eRole", "AKIAE2EEXAMPLE7Q2W"],
};

/** Calls made since `before`. */
const since = (before: number) => calls(emulator()).slice(before);

async function integrationCount(): Promise<number> {
  return (await api(emulator()).get("/integrations")).total as number;
}

/** The lifecycle every example goes through; `extra` adds the example's own steps after the first up. */
function lifecycle(c: ExampleCase, extra: (ex: () => ExampleProject) => void = () => {}): void {
  describe(`examples/${c.name} end to end (pulumi CLI, packed package)`, function () {
    this.timeout(600_000);
    let ex: ExampleProject;
    const count = Object.keys(c.integrations).length;

    before(async () => {
      ex = await openExample(c.name, {
        config: { "portkey:baseUrl": emulator().portkeyBaseUrl, ...c.config },
        secrets: { "portkey:apiKey": emulator().portkeyKey, ...c.secrets },
      });
    });

    it(`up creates ${count} integrations, each with the configuration keys the program gives`, async () => {
      const before = calls(emulator()).length;
      const res = await ex.cli.up();
      assert.equal(summaryOf(res.stdout).create, count + 1, res.stdout); // + the stack
      const writes = since(before).filter((call) => !call.startsWith("GET"));
      assert.deepEqual(writes, Array(count).fill("POST /v1/integrations"));
      const out = await ex.cli.outputs();
      for (const [output, keys] of Object.entries(c.integrations)) {
        const live = await api(emulator()).get(`/integrations/${String(out[output])}`);
        // Portkey shows configurations masked, each key prefixed `masked_`.
        assert.deepEqual(Object.keys(live.configurations).sort(), keys.map((k) => `masked_${k}`).sort(), output);
      }
    });

    it("preview --expect-no-changes passes and calls no API", async () => {
      const before = calls(emulator()).length;
      await ex.cli.preview({ expectNoChanges: true });
      assert.deepEqual(since(before), []);
    });

    it("after refresh (reads only), preview still shows no changes and calls no API", async () => {
      const before = calls(emulator()).length;
      const r = await ex.cli.refresh();
      assert.ok(quiet(summaryOf(r.stdout)), r.stdout);
      assert.ok(
        since(before).every((call) => call.startsWith("GET ")),
        since(before).join("\n"),
      );
      const mid = calls(emulator()).length;
      await ex.cli.preview({ expectNoChanges: true });
      assert.deepEqual(since(mid), []);
    });

    it("state and stack config hold no key or secret in plaintext, and the integrations' state no configuration value", async () => {
      const exported = (await ex.cli.run(["stack", "export", "--stack", ex.cli.stack])).stdout;
      for (const value of [emulator().portkeyKey, ...Object.values(c.secrets)]) {
        assert.ok(!exported.includes(value), `stack export shows ${value.slice(0, 6)}...`);
        assert.ok(!ex.cli.configFile().includes(value), "stack config shows a secret");
      }
      // Plain config values are the stack's own settings; inside an integration's state they would come from `configurations`, a secret.
      const resources = (JSON.parse(exported) as { deployment: { resources: { type: string }[] } }).deployment.resources;
      const integrations = JSON.stringify(resources.filter((r) => r.type.endsWith(":Integration")));
      assert.equal(resources.filter((r) => r.type.endsWith(":Integration")).length, count);
      for (const value of c.hidden) assert.ok(!integrations.includes(value), `an integration's state shows ${value.slice(0, 6)}...`);
    });

    extra(() => ex);

    it("destroy leaves the emulator with no integration", async () => {
      const res = await ex.cli.destroy();
      assert.equal(summaryOf(res.stdout).delete, count + 1, res.stdout);
      assert.equal(await integrationCount(), 0);
    });
  });
}

lifecycle(AZURE);

lifecycle(BEDROCK, (ex) => {
  it("a role ARN of the wrong shape fails preview naming the field, before any API call; put back, preview is quiet", async () => {
    const before = calls(emulator()).length;
    await ex().cli.configSet("awsRoleArn", "arn:aws:iam::2109:role/PortkeyE2eRole");
    const err = await ex()
      .cli.preview()
      .then(
        () => undefined,
        (e: unknown) => e as PulumiCliError,
      );
    assert.ok(err instanceof PulumiCliError, "preview passed");
    assert.match(err.output, /Integration\.configurations\.aws_role_arn must be an IAM role ARN, arn:aws:iam::<12-digit account id>:role\/<role name>/);
    assert.ok(!err.output.includes("arn:aws:iam::2109:role"), "the message shows the configuration value");
    assert.deepEqual(since(before), []);
    await ex().cli.configSet("awsRoleArn", BEDROCK.config.awsRoleArn!);
    await ex().cli.preview({ expectNoChanges: true });
  });
});
