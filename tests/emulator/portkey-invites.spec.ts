// The Portkey emulator's user invites over real HTTP: the create's short
// answer, workspaces shown under both names Portkey's documents use, no
// scopes on reads, no PUT, camelCase paging and filters.
import { strict as assert } from "assert";
import { usePortkeyEmulator } from "../helpers/portkey-emulator";

describe("Portkey emulator: user invites", function () {
  const { call, ok } = usePortkeyEmulator();
  const invite = async (email: string) => {
    const ws = await ok("POST", "/admin/workspaces", { name: "Team" });
    const body = { email, role: "member", workspaces: [{ id: ws.slug, role: "manager" }], workspace_api_key_details: { scopes: ["completions.write"] } };
    return { ws, made: await ok("POST", "/admin/users/invites", body) };
  };

  it("create answers only the id and link; GET shows workspaces as id and workspace_id, and no scopes", async () => {
    const { ws, made } = await invite("dev@example.com");
    assert.deepEqual(Object.keys(made).sort(), ["id", "invite_link"]);
    const got = await ok("GET", `/admin/users/invites/${made.id}`);
    assert.deepEqual([got.email, got.role, got.status, got.object], ["dev@example.com", "member", "pending", "invite"]);
    assert.deepEqual(got.workspaces, [{ id: ws.slug, workspace_id: ws.slug, role: "manager" }]);
    assert.ok(!JSON.stringify(got).includes("completions.write"));
  });

  it("has no PUT, and refuses an invite to a workspace that does not exist or a role Portkey lacks", async () => {
    const { made } = await invite("dev@example.com");
    assert.equal((await call("PUT", `/admin/users/invites/${made.id}`, { role: "admin" })).status, 404);
    assert.equal(
      (await call("POST", "/admin/users/invites", { email: "x@example.com", role: "member", workspaces: [{ id: "ws-none", role: "member" }] })).status,
      404,
    );
    const r = await call("POST", "/admin/users/invites", { email: "x@example.com", role: "owner" });
    assert.deepEqual([r.status, r.body.errorCode], [400, "AB01"]);
  });

  it("lists with camelCase paging and an email filter; resend keeps the invite; delete removes it", async () => {
    const { made } = await invite("a@example.com");
    await ok("POST", "/admin/users/invites", { email: "b@example.com", role: "admin" });
    const first = await ok("GET", "/admin/users/invites?pageSize=1&currentPage=1");
    assert.deepEqual([first.total, first.data.length, first.data[0].email], [2, 1, "b@example.com"]);
    assert.equal((await ok("GET", "/admin/users/invites?email=a@example.com")).data[0].id, made.id);
    assert.ok((await ok("POST", `/admin/users/invites/${made.id}/resend`, {})).inviteLink);
    await ok("DELETE", `/admin/users/invites/${made.id}`);
    assert.equal((await call("GET", `/admin/users/invites/${made.id}`)).status, 404);
  });

  it("users: the owner is listed, filtered by role and email, and read by id; /admin/users/invites stays the invites", async () => {
    const owners = await ok("GET", "/admin/users?role=owner");
    assert.deepEqual([owners.total, owners.data[0].role, owners.data[0].object], [1, "owner", "user"]);
    assert.equal((await ok("GET", "/admin/users?email=nobody@example.com")).total, 0);
    assert.equal((await ok("GET", `/admin/users/${owners.data[0].id}`)).email, owners.data[0].email);
    assert.equal((await call("GET", "/admin/users/00000000-0000-4000-8000-000000000000")).status, 404);
    assert.equal((await ok("GET", "/admin/users/invites")).object, "list");
  });
});
