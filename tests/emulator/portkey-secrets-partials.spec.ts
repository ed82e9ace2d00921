// The Portkey emulator's prompt partials, secret references and integration
// secret mappings over real HTTP: partial versions and the default, masked
// credentials, the merge on PUT, the refusals the references document, and
// mappings held to live references.
import { strict as assert } from "assert";
import { usePortkeyEmulator } from "../helpers/portkey-emulator";

const AWS = { aws_auth_type: "accessKey", aws_access_key_id: "AKIAEMULATOR0001", aws_secret_access_key: "aws-secret-emulator-0001", aws_region: "us-east-1" };
const VAULT = { vault_auth_type: "token", vault_addr: "https://vault.example.test", vault_token: "hvs-emulator-token-0001" };

describe("Portkey emulator: prompt partials, secret references, secret mappings", function () {
  const { call, ok, quirks } = usePortkeyEmulator();
  const newRef = (over: Record<string, unknown> = {}) =>
    ok("POST", "/secret-references", { name: "OpenAI key", manager_type: "aws_sm", auth_config: AWS, secret_path: "prod/openai", ...over });

  it("a partial's content change makes a version that is not the default until makeDefault", async () => {
    const ws = await ok("POST", "/admin/workspaces", { name: "Partials" });
    const p = await ok("POST", "/prompts/partials", { name: "Context", string: "v1", workspace_id: ws.id });
    assert.ok(p.version_id);
    const put = await ok("PUT", `/prompts/partials/${p.slug}`, { string: "v2", version_description: "second" });
    assert.deepEqual(
      [(await ok("GET", `/prompts/partials/${p.slug}`)).string, (await ok("GET", `/prompts/partials/${p.slug}?version=latest`)).string],
      ["v1", "v2"],
    );
    const versions = (await ok("GET", `/prompts/partials/${p.slug}/versions`)).data;
    const made = versions.find((v: { prompt_partial_version_id: string }) => v.prompt_partial_version_id === put.prompt_partial_version_id);
    await ok("PUT", `/prompts/partials/${p.slug}/makeDefault`, { version: made.version });
    const live = await ok("GET", `/prompts/partials/${p.slug}`);
    assert.deepEqual([live.string, live.version, live.version_description], ["v2", 2, "second"]);
    assert.equal((await call("PUT", `/prompts/partials/${p.slug}/makeDefault`, { version: 9 })).status, 400);
    assert.deepEqual(await ok("PUT", `/prompts/partials/${p.slug}`, { name: "Renamed" }), {});
    assert.equal((await ok("GET", `/prompts/partials?workspace_id=${ws.slug}`)).total, 1);
    // A prompt's slug route does not swallow the partials.
    assert.equal((await ok("GET", "/prompts")).total, 0);
  });

  it("a partial without a workspace is refused, as with an Admin API key", async () => {
    const res = await call("POST", "/prompts/partials", { name: "Context", string: "v1" });
    assert.deepEqual([res.status, res.body.errorCode], [400, "AB01"]);
  });

  it("a secret reference's credentials are masked on GET, or shown with maskSecrets off", async () => {
    const ref = await newRef();
    assert.deepEqual(Object.keys(ref).sort(), ["id", "object", "slug"]);
    let live = await ok("GET", `/secret-references/${ref.slug}`);
    assert.equal(JSON.stringify(live).includes(AWS.aws_secret_access_key), false);
    assert.deepEqual(
      [live.auth_config.aws_region, live.auth_config.aws_auth_type, live.allow_all_workspaces, live.status],
      ["us-east-1", "accessKey", true, "ACTIVE"],
    );
    assert.ok(live.auth_config.masked_aws_secret_access_key);
    await quirks({ maskSecrets: false });
    live = await ok("GET", `/secret-references/${ref.id}`);
    assert.equal(live.auth_config.aws_secret_access_key, AWS.aws_secret_access_key);
  });

  it("PUT merges the credentials per key, ignores the manager type, and purges the workspace list on allow_all_workspaces", async () => {
    const ws = await ok("POST", "/admin/workspaces", { name: "Secrets" });
    const ref = await newRef({ allowed_workspaces: [ws.slug] });
    assert.equal((await ok("GET", `/secret-references/${ref.slug}`)).allow_all_workspaces, false);
    await ok("PUT", `/secret-references/${ref.slug}`, {
      auth_config: { aws_region: "eu-west-1" },
      manager_type: "hashicorp_vault",
      allow_all_workspaces: true,
    });
    await quirks({ maskSecrets: false });
    const live = await ok("GET", `/secret-references/${ref.slug}`);
    assert.deepEqual([live.auth_config.aws_region, live.auth_config.aws_access_key_id, live.manager_type], ["eu-west-1", AWS.aws_access_key_id, "aws_sm"]);
    assert.equal(live.allow_all_workspaces, true);
    assert.equal("allowed_workspaces" in live, false);
  });

  const refusals: [string, Record<string, unknown>][] = [
    ["an empty workspace list", { allowed_workspaces: [] }],
    ["a workspace list beside allow_all_workspaces", { allowed_workspaces: ["ws-x"], allow_all_workspaces: true }],
    ["an unknown workspace", { allowed_workspaces: ["ws-nowhere-000000"] }],
    ["Vault credentials for AWS", { auth_config: VAULT }],
    ["an access key without its secret", { auth_config: { ...AWS, aws_secret_access_key: undefined } }],
    ["an unknown manager type", { manager_type: "gcp_sm" }],
  ];
  for (const [what, over] of refusals) {
    it(`a secret reference with ${what} is refused with 400 AB01`, async () => {
      const res = await call("POST", "/secret-references", { name: "r", manager_type: "aws_sm", auth_config: AWS, secret_path: "p", ...over });
      assert.deepEqual([res.status, res.body.errorCode], [400, "AB01"], JSON.stringify(res.body));
    });
  }

  it("a duplicate slug is refused with 400; a deleted reference answers 404 AB08", async () => {
    const ref = await newRef({ slug: "openai-key" });
    assert.equal(
      (await call("POST", "/secret-references", { name: "again", manager_type: "aws_sm", auth_config: AWS, secret_path: "p", slug: "openai-key" })).status,
      400,
    );
    await ok("DELETE", `/secret-references/${ref.slug}`);
    const gone = await call("GET", `/secret-references/${ref.slug}`);
    assert.deepEqual([gone.status, gone.body.errorCode], [404, "AB08"]);
  });

  it("lists by manager type, without credentials", async () => {
    await newRef();
    await newRef({ name: "Vault key", manager_type: "hashicorp_vault", auth_config: VAULT });
    const list = await ok("GET", "/secret-references?manager_type=hashicorp_vault");
    assert.deepEqual([list.total, list.data[0].name, "auth_config" in list.data[0]], [1, "Vault key", false]);
  });

  it("an integration maps its key to a live reference, which cannot be deleted while mapped", async () => {
    const ref = await newRef();
    const body = { name: "OpenAI", ai_provider_id: "openai", secret_mappings: [{ target_field: "key", secret_reference_id: ref.slug }] };
    const i = await ok("POST", "/integrations", body);
    assert.deepEqual((await ok("GET", `/integrations/${i.slug}`)).secret_mappings, body.secret_mappings);
    assert.equal((await call("DELETE", `/secret-references/${ref.slug}`)).status, 400);
    await ok("PUT", `/integrations/${i.slug}`, { secret_mappings: [] });
    await ok("DELETE", `/secret-references/${ref.id}`);
  });

  const badMappings: [string, unknown[]][] = [
    [
      "a target mapped twice",
      [
        { target_field: "key", secret_reference_id: "R" },
        { target_field: "key", secret_reference_id: "R" },
      ],
    ],
    ["a target that is no field", [{ target_field: "api_key", secret_reference_id: "R" }]],
    ["an unknown reference", [{ target_field: "key", secret_reference_id: "nowhere" }]],
  ];
  for (const [what, list] of badMappings) {
    it(`an integration with ${what} is refused with 400`, async () => {
      const ref = await newRef();
      const mappings = list.map((m) => JSON.parse(JSON.stringify(m).replace('"R"', JSON.stringify(ref.slug))));
      const res = await call("POST", "/integrations", { name: "OpenAI", ai_provider_id: "openai", secret_mappings: mappings });
      assert.equal(res.status, 400, JSON.stringify(res.body));
    });
  }
});
