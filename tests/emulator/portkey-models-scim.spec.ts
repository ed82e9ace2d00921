// The Portkey emulator's integration models and SCIM mappings over real HTTP:
// a model PUT touches only the entries it names, DELETE removes custom models
// named in the query (OAS) or the body (Portkey's Terraform provider); SCIM
// mappings page with `page`/`page_size` under `mappings`, filter a workspace
// by UUID only (quirk), and archive on DELETE.
import { strict as assert } from "assert";
import { usePortkeyEmulator } from "../helpers/portkey-emulator";

describe("Portkey emulator: integration models and SCIM mappings", function () {
  const { call, ok, quirks } = usePortkeyEmulator();
  const models = async (slug: string) => (await ok("GET", `/integrations/${slug}/models`)).models as Record<string, unknown>[];

  it("a model PUT sets the entries it names and leaves the others and allow_all_models alone", async () => {
    const integ = await ok("POST", "/integrations", { name: "Creds", ai_provider_id: "openai", key: "sk-models-123456" });
    await ok("PUT", `/integrations/${integ.slug}/models`, { allow_all_models: false, models: [{ slug: "gpt-4o", enabled: true }] });
    const pricing = { type: "static", pay_as_you_go: { request_token: { price: 0.5 } } };
    await ok("PUT", `/integrations/${integ.slug}/models`, {
      models: [{ slug: "ft:x", enabled: true, is_custom: true, base_model_slug: "gpt-4o", pricing_config: pricing }],
    });
    const list = await ok("GET", `/integrations/${integ.slug}/models`);
    assert.equal(list.allow_all_models, false);
    assert.deepEqual(
      list.models.map((m: any) => [m.slug, m.enabled, m.is_custom, m.base_model_slug, m.pricing_config]),
      [
        ["gpt-4o", true, false, null, null],
        ["ft:x", true, true, "gpt-4o", pricing],
      ],
    );
  });

  for (const [how, path, body] of [
    ["the OAS query", "?slugs=ft:x,gpt-4o", undefined],
    ["the Terraform provider's body", "", { models: ["ft:x", "gpt-4o"] }],
  ] as const) {
    it(`DELETE by ${how} removes the custom models named and leaves a built-in one`, async () => {
      const integ = await ok("POST", "/integrations", { name: "Creds", ai_provider_id: "openai", key: "sk-models-123456" });
      await ok("PUT", `/integrations/${integ.slug}/models`, {
        models: [
          { slug: "gpt-4o", enabled: true },
          { slug: "ft:x", enabled: true, is_custom: true },
        ],
      });
      await ok("DELETE", `/integrations/${integ.slug}/models${path}`, body);
      assert.deepEqual(
        (await models(integ.slug)).map((m) => m.slug),
        ["gpt-4o"],
      );
    });
  }

  it("DELETE naming no model is refused with 400", async () => {
    const integ = await ok("POST", "/integrations", { name: "Creds", ai_provider_id: "openai", key: "sk-models-123456" });
    assert.equal((await call("DELETE", `/integrations/${integ.slug}/models`)).status, 400);
  });

  it("SCIM mappings: created by group name or id, paged by page/page_size, filtered by workspace UUID only, archived on DELETE", async () => {
    const ws = await ok("POST", "/admin/workspaces", { name: "Team" });
    const first = await ok("POST", "/scim/workspaces", { workspace_id: ws.slug, role: "member", scim_group_name: "Engineers" });
    assert.deepEqual([first.workspace_id, first.scim_group, first.role], [ws.id, "Engineers", "member"]);
    const byId = await ok("POST", "/scim/workspaces", { workspace_id: ws.id, role: "admin", scim_group_id: first.scim_group_id });
    assert.equal(byId.scim_group, "Engineers");
    for (let i = 0; i < 3; i++) await ok("POST", "/scim/workspaces", { workspace_id: ws.id, role: "manager", scim_group_name: `Group ${i}` });
    const page1 = await ok("GET", "/scim/workspaces?page_size=2&page=2");
    assert.deepEqual([page1.total_count, page1.page, page1.mappings.length], [5, 2, 1]);
    assert.equal((await ok("GET", `/scim/workspaces?workspace_id=${ws.id}`)).total_count, 5);
    assert.equal((await ok("GET", `/scim/workspaces?workspace_id=${ws.slug}`)).total_count, 0, "a slug matches nothing");
    await quirks({ scimUuidFilter: false });
    assert.equal((await ok("GET", `/scim/workspaces?workspace_id=${ws.slug}`)).total_count, 5);
    assert.deepEqual(await ok("DELETE", `/scim/workspaces/${first.id}`), { success: true });
    assert.equal((await ok("GET", "/scim/workspaces")).total_count, 4);
    assert.equal((await call("DELETE", `/scim/workspaces/${first.id}`)).status, 404);
  });

  it("SCIM mappings: refuses both group forms, an unknown group id and an auto-provisioned name", async () => {
    const ws = await ok("POST", "/admin/workspaces", { name: "Team" });
    const post = (b: Record<string, unknown>) => call("POST", "/scim/workspaces", { workspace_id: ws.id, role: "member", ...b });
    assert.equal((await post({ scim_group_id: "g1", scim_group_name: "Both" })).status, 400);
    assert.equal((await post({ scim_group_id: "d290f1ee-6c54-4b01-90e6-d701748f0851" })).status, 404);
    assert.equal((await post({ scim_group_name: "ws-team-role-admin" })).status, 400);
    assert.equal((await post({ role: "owner", scim_group_name: "Engineers" })).status, 400);
  });
});
