// The Portkey emulator's API keys over real HTTP: the kind in the create path,
// the value shown by create and rotate only, and the 502 for a key without
// scopes, each quirk on and off.
import { strict as assert } from "assert";
import { usePortkeyEmulator } from "../helpers/portkey-emulator";

describe("Portkey emulator: API keys", function () {
  const { call, ok, quirks } = usePortkeyEmulator();
  const workspaceKey = async () => {
    const ws = await ok("POST", "/admin/workspaces", { name: "Keys" });
    return { ws, made: await ok("POST", "/api-keys/workspace/service", { name: "app", workspace_id: ws.slug, scopes: ["completions.write"] }) };
  };

  it("creates by kind in the path, shows the value once, and GET answers the combined type with the value masked", async () => {
    const { ws, made } = await workspaceKey();
    assert.match(made.key, /^pk-/);
    const got = await ok("GET", `/api-keys/${made.id}`);
    assert.equal(got.type, "workspace-service");
    assert.equal(got.workspace_id, ws.id);
    assert.notEqual(got.key, made.key);
    assert.match(got.key, /\*{7}/);
    const listed = await ok("GET", `/api-keys?workspace_id=${ws.slug}`);
    assert.equal(listed.total, 1);
    assert.ok(!JSON.stringify(listed).includes(made.key));
  });

  it("with maskApiKeys off, GET shows the value", async () => {
    await quirks({ maskApiKeys: false });
    const { made } = await workspaceKey();
    assert.equal((await ok("GET", `/api-keys/${made.id}`)).key, made.key);
  });

  it("rotate: a new value for the same key, the old one gone", async () => {
    const { made } = await workspaceKey();
    const rotated = await ok("POST", `/api-keys/${made.id}/rotate`, {});
    assert.equal(rotated.id, made.id);
    assert.notEqual(rotated.key, made.key);
    assert.equal((await ok("GET", "/api-keys")).total, 1);
  });

  const noScopes = [
    ["absent", { name: "k" }],
    ["empty", { name: "k", scopes: [] }],
  ] as const;
  for (const [what, body] of noScopes) {
    it(`scopes ${what}: 502 (apiKeyScopes502), or 400 AB01 with the quirk off`, async () => {
      assert.equal((await call("POST", "/api-keys/organisation/service", body)).status, 502);
      await quirks({ apiKeyScopes502: false });
      const r = await call("POST", "/api-keys/organisation/service", body);
      assert.deepEqual([r.status, r.body.errorCode], [400, "AB01"]);
      assert.match(r.body.message, /scopes/);
    });
  }

  it("refuses an unknown kind, a user key without a user, and a workspace key without a workspace", async () => {
    const scopes = ["completions.write"];
    for (const [p, body, field] of [
      ["/api-keys/team/service", { name: "k", scopes }, /type/],
      ["/api-keys/workspace/user", { name: "k", scopes, workspace_id: "x" }, /user_id/],
      ["/api-keys/workspace/service", { name: "k", scopes }, /workspace_id/],
    ] as const) {
      const r = await call("POST", p, body);
      assert.deepEqual([r.status, r.body.errorCode], [400, "AB01"], p);
      assert.match(r.body.message, field);
    }
  });
});
