// A secret reference's requests: credentials sent and kept only as a
// fingerprint, the workspace list sent while the program has one and purged
// with allow_all_workspaces once it has none; an integration's mappings in
// snake_case.
import { expect } from "chai";
import { expectSequence, nock, Step, usePortkeyNock } from "../../helpers/nock";
import { isFingerprint } from "../../../provider/core/fingerprint";
import { providerFor } from "../../../provider/core/module";
import { integrationSpec } from "../../../spec/portkey/integration";
import { secretReferenceSpec } from "../../../spec/portkey/secret-reference";

const ref = providerFor(secretReferenceSpec);
const integration = providerFor(integrationSpec);
const BASE = "https://api.portkey.test";
const KEY = "pk-unit-test-key-0000";
const expectRequests = (...steps: Step[]) => expectSequence(nock(BASE).matchHeader("x-portkey-api-key", KEY), steps);

const auth = { vault_auth_type: "token", vault_addr: "https://vault.example.test", vault_token: "hvs-unit-0001" };
const inputs = { name: "Vault", managerType: "hashicorp_vault", authConfig: auth, secretPath: "secret/data/openai", allowedWorkspaces: ["ws-a"] };
const live = {
  id: "r-1",
  slug: "vault-1",
  name: "Vault",
  manager_type: "hashicorp_vault",
  secret_path: "secret/data/openai",
  allow_all_workspaces: false,
  auth_config: { vault_auth_type: "token", masked_vault_token: "hvs-****" },
};

describe("SecretReference requests", () => {
  usePortkeyNock(BASE, KEY);

  it("create sends the credentials and the list; state keeps a fingerprint and the list", async () => {
    const seen = expectRequests(["POST", "/v1/secret-references", { id: "r-1", slug: "vault-1" }], ["GET", "/v1/secret-references/vault-1", live]);
    const res = await ref.create(inputs);
    expect(seen[0]!.body).to.deep.equal({
      name: "Vault",
      manager_type: "hashicorp_vault",
      auth_config: auth,
      secret_path: "secret/data/openai",
      allowed_workspaces: ["ws-a"],
    });
    expect(isFingerprint(res.outs.authConfig)).to.equal(true);
    expect(JSON.stringify(res.outs)).to.not.include(auth.vault_token);
    expect(res.outs).to.deep.include({ slug: "vault-1", allowedWorkspaces: ["ws-a"], allowAllWorkspaces: false });
  });

  it("an update without a list opens the reference to every workspace; the manager type is never sent", async () => {
    const seen = expectRequests(
      ["PUT", "/v1/secret-references/vault-1", {}],
      ["GET", "/v1/secret-references/vault-1", { ...live, allow_all_workspaces: true }],
    );
    const { allowedWorkspaces: _dropped, ...rest } = inputs;
    await ref.update!("r-1", { ...inputs, slug: "vault-1" }, rest);
    expect(seen[0]!.body).to.deep.equal({ name: "Vault", auth_config: auth, secret_path: "secret/data/openai", allow_all_workspaces: true });
  });

  it("an update with a list sends it alone", async () => {
    const seen = expectRequests(["PUT", "/v1/secret-references/vault-1", {}], ["GET", "/v1/secret-references/vault-1", live]);
    await ref.update!("r-1", { ...inputs, slug: "vault-1" }, { ...inputs, allowedWorkspaces: ["ws-b"] });
    expect(seen[0]!.body).to.not.have.property("allow_all_workspaces");
    expect(seen[0]!.body).to.deep.include({ allowed_workspaces: ["ws-b"] });
  });

  it("an integration sends its mappings in snake_case and reads them back as written", async () => {
    const mappings = [{ target_field: "key", secret_reference_id: "vault-1", secret_key: "OPENAI_API_KEY" }];
    const seen = expectRequests(
      ["POST", "/v1/integrations", { id: "i-1", slug: "openai-1" }],
      ["GET", "/v1/integrations/openai-1", { id: "i-1", slug: "openai-1", name: "OpenAI", ai_provider_id: "openai", secret_mappings: mappings }],
    );
    const secretMappings = [{ targetField: "key", secretReferenceId: "vault-1", secretKey: "OPENAI_API_KEY" }];
    const res = await integration.create({ name: "OpenAI", aiProviderId: "openai", slug: "openai-1", secretMappings });
    expect(seen[0]!.body).to.deep.include({ secret_mappings: mappings });
    expect(seen[0]!.body).to.not.have.property("key");
    expect(res.outs.secretMappings).to.deep.equal(secretMappings);
  });
});
