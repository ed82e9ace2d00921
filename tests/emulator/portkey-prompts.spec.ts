// The Portkey emulator's prompts, collections, guardrails and members over real
// HTTP: versions and the default, the 403 for a missing guardrail, the
// inconsistent member GET, and each quirk switched off.
import { strict as assert } from "assert";
import { SEEDED_USERS } from "../../emulator/portkey/users";
import { usePortkeyEmulator } from "../helpers/portkey-emulator";

describe("Portkey emulator: prompts, guardrails, members", function () {
  const { call, ok, quirks } = usePortkeyEmulator();

  async function promptWorld() {
    const ws = await ok("POST", "/admin/workspaces", { name: "Prompts" });
    const integration = await ok("POST", "/integrations", { name: "OpenAI", ai_provider_id: "openai", key: "sk-emu-1111" });
    await ok("PUT", `/integrations/${integration.slug}/workspaces`, { workspaces: [{ id: ws.id, enabled: true }] });
    const vk = await ok("POST", "/providers", { name: "key", workspace_id: ws.id, integration_id: integration.slug });
    const col = await ok("POST", "/collections", { name: "Support", workspace_id: ws.id });
    const p = await ok("POST", "/prompts", { name: "reply", collection_id: col.id, string: "v1", parameters: {}, model: "gpt-4o", virtual_key: vk.id });
    return { ws, vk, col, p };
  }

  it("a template change makes a version that is not the default until makeDefault", async () => {
    const { p } = await promptWorld();
    const put = await ok("PUT", `/prompts/${p.slug}`, { string: "v2", parameters: {}, model: "gpt-4o" });
    assert.equal((await ok("GET", `/prompts/${p.slug}`)).string, "v1");
    assert.equal((await ok("GET", `/prompts/${p.slug}?version=latest`)).string, "v2");
    const versions = (await ok("GET", `/prompts/${p.slug}/versions`)).data;
    const made = versions.find((v: { id: string }) => v.id === put.prompt_version_id);
    await ok("PUT", `/prompts/${p.slug}/makeDefault`, { version: made.prompt_version });
    assert.deepEqual([(await ok("GET", `/prompts/${p.slug}`)).string, made.prompt_version], ["v2", 2]);
    assert.equal((await call("PUT", `/prompts/${p.slug}/makeDefault`, { version: 9 })).status, 400);
  });

  it("a version change without every version field is refused unless patch is true", async () => {
    const { p } = await promptWorld();
    assert.equal((await call("PUT", `/prompts/${p.slug}`, { string: "v2" })).status, 400);
    assert.ok((await ok("PUT", `/prompts/${p.slug}`, { string: "v2", patch: true })).prompt_version_id);
  });

  it("prompt GET adds the model to parameters and echoes the key's slug, unless switched off", async () => {
    const { p, vk } = await promptWorld();
    let live = await ok("GET", `/prompts/${p.slug}`);
    assert.deepEqual([live.parameters, live.virtual_key], [{ model: "gpt-4o" }, vk.slug]);
    await quirks({ promptParamsModel: false, promptKeySlug: false });
    live = await ok("GET", `/prompts/${p.slug}`);
    assert.deepEqual([live.parameters, live.virtual_key], [{}, vk.id]);
  });

  it("a missing guardrail answers 403 AB03, or 404 with the quirk off; GET adds is_enabled", async () => {
    const ws = await ok("POST", "/admin/workspaces", { name: "Guards" });
    const g = await ok("POST", "/guardrails", {
      name: "wc",
      workspace_id: ws.id,
      checks: [{ id: "default.wordCount", parameters: { maxWords: 5 } }],
      actions: { deny: true },
    });
    assert.deepEqual((await ok("GET", `/guardrails/${g.slug}`)).checks, [{ parameters: { maxWords: 5 }, is_enabled: true, id: "default.wordCount" }]);
    await ok("DELETE", `/guardrails/${g.slug}`);
    const gone = await call("GET", `/guardrails/${g.slug}`);
    assert.deepEqual([gone.status, gone.body.errorCode], [403, "AB03"]);
    await quirks({ forbiddenOnMissingGuardrail: false });
    assert.equal((await call("GET", `/guardrails/${g.slug}`)).status, 404);
  });

  it("the single-member GET cycles through inconsistent forms; the list is whole", async () => {
    const ws = await ok("POST", "/admin/workspaces", { name: "Team" });
    const user = SEEDED_USERS[1]!.id;
    await ok("POST", `/admin/workspaces/${ws.id}/users`, { users: [{ id: user, role: "manager" }] });
    const reads = [];
    for (let i = 0; i < 3; i++) reads.push(await ok("GET", `/admin/workspaces/${ws.id}/users/${user}`));
    assert.deepEqual(
      reads.map((r) => [r.id, r.role]),
      [
        [user, "manager"],
        [undefined, "ws-manager"],
        [user, undefined],
      ],
    );
    assert.equal((await ok("GET", `/admin/workspaces/${ws.id}/users`)).data[0].role, "manager");
    await quirks({ memberReadInconsistent: false });
    for (let i = 0; i < 3; i++) assert.equal((await ok("GET", `/admin/workspaces/${ws.id}/users/${user}`)).role, "manager");
  });

  it("a member of a user the organisation does not have is refused", async () => {
    const ws = await ok("POST", "/admin/workspaces", { name: "Team" });
    const res = await call("POST", `/admin/workspaces/${ws.id}/users`, { users: [{ id: "00000000-0000-4000-8000-000000000000", role: "member" }] });
    assert.deepEqual([res.status, res.body.errorCode], [400, "AB01"]);
  });

  it("force-deleting a workspace takes its collections, prompts, guardrails and members with it", async () => {
    const { ws } = await promptWorld();
    await ok("POST", `/admin/workspaces/${ws.id}/users`, { users: [{ id: SEEDED_USERS[2]!.id, role: "member" }] });
    assert.equal((await call("DELETE", `/admin/workspaces/${ws.id}`, { name: "Prompts" })).status, 409);
    await ok("DELETE", `/admin/workspaces/${ws.id}`, { name: "Prompts", force_delete: true });
    for (const list of ["/collections", "/prompts", "/guardrails"]) assert.equal((await ok("GET", list)).total, 0, list);
  });
});
