// The user invite's requests: scopes nested as Portkey's create takes them,
// workspaces read back under either name, and every change a replacement.
import { expect } from "chai";
import { expectSequence, nock, Step, usePortkeyNock } from "../../helpers/nock";
import { providerFor } from "../../../provider/core/module";
import { userInviteSpec } from "../../../spec/portkey/user-invite";

const invite = providerFor(userInviteSpec);
const BASE = "https://api.portkey.test";
const KEY = "pk-unit-test-key-0000";
const expectRequests = (...steps: Step[]) => expectSequence(nock(BASE).matchHeader("x-portkey-api-key", KEY), steps);
const inputs = { email: "dev@example.com", role: "member", workspaces: [{ id: "ws-a", role: "manager" }], scopes: ["completions.write"] };

describe("UserInvite requests", () => {
  usePortkeyNock(BASE, KEY);

  it("create: scopes under workspace_api_key_details; the read's workspace_id is the workspace's id", async () => {
    const seen = expectRequests(
      ["POST", "/v1/admin/users/invites", { id: "i-1", invite_link: "https://app.portkey.ai/invite/i-1" }],
      [
        "GET",
        "/v1/admin/users/invites/i-1",
        { id: "i-1", email: "dev@example.com", role: "member", status: "pending", workspaces: [{ workspace_id: "ws-a", role: "manager" }] },
      ],
    );
    const res = await invite.create(inputs);
    expect(seen[0]!.body).to.deep.equal({
      email: "dev@example.com",
      role: "member",
      workspaces: [{ id: "ws-a", role: "manager" }],
      workspace_api_key_details: { scopes: ["completions.write"] },
    });
    expect(res.outs).to.deep.include({ status: "pending", workspaces: inputs.workspaces, scopes: inputs.scopes });
    expect(res.outs).to.not.have.property("inviteLink");
  });

  it("diff: every field replaces the invite; the old invite goes first when the email stays", async () => {
    for (const change of [{ email: "lead@example.com" }, { role: "admin" }, { workspaces: [{ id: "ws-a", role: "admin" }] }, { scopes: ["logs.view"] }]) {
      const d = await invite.diff!("i-1", inputs, { ...inputs, ...change });
      expect(d.replaces, JSON.stringify(change)).to.deep.equal(Object.keys(change));
      expect(d.deleteBeforeReplace, JSON.stringify(change)).to.equal(!("email" in change));
    }
  });

  it("update: refused, since Portkey has no endpoint for it", async () => {
    await invite.update!("i-1", inputs, { ...inputs, role: "admin" }).then(
      () => expect.fail("update should be refused"),
      (err: Error) => expect(err.message).to.match(/UserInvite "i-1": Portkey cannot change an invite; every change replaces it/),
    );
  });
});
