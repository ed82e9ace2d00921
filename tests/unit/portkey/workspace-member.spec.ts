// Portkey's single-member GET is inconsistent: whatever form it answers in, a
// read gives the same state, and a real role change still shows.
import { expect } from "chai";
import { expectEveryMockUsed, expectSequence, nock, Step, useNock, usePortkeyNock } from "../../helpers/nock";
import { configureFrom } from "../../../provider/core/config";
import { providerFor } from "../../../provider/core/module";
import { workspaceMemberSpec } from "../../../spec/portkey/workspace-member";

const member = providerFor(workspaceMemberSpec);
const BASE = "https://api.portkey.test";
const KEY = "pk-unit-test-key-0000";
const expectRequests = (...steps: Step[]) => expectSequence(nock(BASE).matchHeader("x-portkey-api-key", KEY), steps);

const WS = "ws-team-1a2b3c";
const USER = "66dc015d-0270-11f1-8eec-0e27d7367989";
const ITEM = `/v1/admin/workspaces/${WS}/users/${USER}`;
const LIST = `/v1/admin/workspaces/${WS}/users?page_size=100&current_page=0`;
const whole = { object: "workspace-user", id: USER, workspace_id: "0c6f1e2a-uuid", role: "manager", email: "ana@example.test", org_role: "admin" };
const { id: _id, workspace_id: _ws, ...withoutIds } = whole;
const { role: _role, ...withoutRole } = whole;
const state = { workspaceId: WS, userId: USER, role: "manager", email: "ana@example.test", orgRole: "admin" };

describe("WorkspaceMember reads", () => {
  usePortkeyNock(BASE, KEY);

  const forms: [string, Step[]][] = [
    ["the whole member", [["GET", ITEM, whole]]],
    ["no user id, no workspace, a ws- prefixed role", [["GET", ITEM, { ...withoutIds, role: "ws-manager" }]]],
    [
      "no role (the members list tells it)",
      [
        ["GET", ITEM, withoutRole],
        ["GET", LIST, { object: "list", total: 1, data: [whole] }],
      ],
    ],
  ];
  for (const [name, steps] of forms) {
    it(`${name}: the same state as before`, async () => {
      expectRequests(...steps);
      const res = await member.read!(`${WS}/${USER}`, state);
      expect(res.props).to.include(state);
    });
  }

  it("a role changed in the dashboard shows, whatever the form", async () => {
    expectRequests(["GET", ITEM, { ...withoutIds, role: "ws-admin" }]);
    const res = await member.read!(`${WS}/${USER}`, state);
    expect(res.props).to.include({ role: "admin", workspaceId: WS, userId: USER });
  });

  it("a member gone from the workspace is gone", async () => {
    expectRequests(["GET", ITEM, { errorCode: "AB08", message: "not a member" }, 404]);
    expect(await member.read!(`${WS}/${USER}`, state)).to.deep.equal({});
  });
});

describe("WorkspaceMember create", () => {
  useNock();
  before(() => {
    configureFrom({ get: (k) => ({ "portkey:apiKey": KEY, "portkey:baseUrl": `${BASE}/v1`, "portkey:maxRetries": "2" })[k] });
  });
  expectEveryMockUsed();

  // Adding a member who is one already sets the role again: a repeat is harmless.
  it("sends the member's POST again after a 503, as an upsert", async () => {
    const add = { users: [{ id: USER, role: "manager" }] };
    const seen = expectRequests(
      ["POST", `/v1/admin/workspaces/${WS}/users`, { errorCode: "AB04", message: "unavailable" }, 503],
      ["POST", `/v1/admin/workspaces/${WS}/users`, {}],
      ["GET", ITEM, whole],
    );
    const res = await member.create!({ workspaceId: WS, userId: USER, role: "manager" });
    expect(res.id).to.equal(`${WS}/${USER}`);
    expect(seen.filter((r) => r.method === "POST").map((r) => r.body)).to.deep.equal([add, add]);
  });
});
