// Listing one type on a fake API: every page of each parent's list, each object
// read as the provider reads it, objects gone by the time of the read left out.
import { strict as assert } from "assert";
import { configureFrom, clientFor } from "../../../provider/core/config";
import { listType } from "../../../sdk/import-org/list";
import { resourceNamed } from "../../../spec";
import { nock, useNock } from "../../helpers/nock";
import { openai, wsA } from "./fake";

const BASE = "https://api.portkey.test";
const KEY = "pk-import-org-test";
const vk = (n: number) => ({ id: `vk-${n}`, name: `Key ${n}`, slug: `key-${n}`, workspace_id: wsA.id, integration_id: "openai-prod", status: "active" });

describe("import-org: listing a type", () => {
  useNock();
  before(() => configureFrom({ get: (k) => ({ "portkey:apiKey": KEY, "portkey:baseUrl": `${BASE}/v1`, "portkey:maxRetries": "0" })[k] }));
  afterEach(() => {
    assert.deepEqual(nock.pendingMocks(), []);
    nock.cleanAll();
  });

  it("follows every page of a workspace's keys and reads each; a key deleted meanwhile is left out", async () => {
    const q = (page: number) => ({ workspace_id: wsA.id, page_size: 2, current_page: page });
    nock(BASE)
      .get("/v1/providers")
      .query(q(0))
      .reply(200, { total: 3, data: [vk(1), vk(2)] })
      .get("/v1/providers")
      .query(q(1))
      .reply(200, { total: 3, data: [vk(3)] })
      .get("/v1/providers/vk-1")
      .query({ workspace_id: wsA.id })
      .reply(200, { ...vk(1), note: "first" })
      .get("/v1/providers/vk-2")
      .query({ workspace_id: wsA.id })
      .reply(404, { error: { message: "not found" } })
      .get("/v1/providers/vk-3")
      .query({ workspace_id: wsA.id })
      .reply(200, vk(3));
    let counted = 0;
    const found = await listType(clientFor("portkey"), resourceNamed("VirtualKey")!, [wsA, openai], { pageSize: 2 }, () => counted++);
    assert.deepEqual(
      found.map((f) => [f.importId, f.inputs]),
      [
        [`${wsA.id}:vk-1`, { name: "Key 1", workspaceId: wsA.id, integrationId: "openai-prod", slug: "key-1", note: "first" }],
        [`${wsA.id}:vk-3`, { name: "Key 3", workspaceId: wsA.id, integrationId: "openai-prod", slug: "key-3" }],
      ],
    );
    assert.equal(counted, 2);
  });

  it("invites page with their own parameter names, pageSize and currentPage", async () => {
    const invite = (n: number) => ({ id: `inv-${n}`, email: `dev-${n}@acme.example`, role: "member", workspaces: [], status: "pending" });
    const scope = nock(BASE);
    for (const [page, items] of [
      [0, [1, 2]],
      [1, [3]],
    ] as [number, number[]][])
      scope
        .get("/v1/admin/users/invites")
        .query({ pageSize: 2, currentPage: page })
        .reply(200, { total: 3, data: items.map(invite) });
    for (const n of [1, 2, 3]) scope.get(`/v1/admin/users/invites/inv-${n}`).reply(200, invite(n));
    const found = await listType(clientFor("portkey"), resourceNamed("UserInvite")!, [], { pageSize: 2 });
    assert.deepEqual(
      found.map((f) => [f.importId, f.inputs.email]),
      [
        ["inv-1", "dev-1@acme.example"],
        ["inv-2", "dev-2@acme.example"],
        ["inv-3", "dev-3@acme.example"],
      ],
    );
  });

  it("usage-limits policies are listed per workspace; one archived since the listing is left out", async () => {
    const policy = (n: number) => ({
      id: `pol-${n}`,
      name: `Budget ${n}`,
      workspace_id: wsA.id,
      conditions: [{ key: "workspace_id", value: wsA.id }],
      group_by: [{ key: "api_key" }],
      type: "cost",
      credit_limit: 100,
      status: "active",
    });
    nock(BASE)
      .get("/v1/policies/usage-limits")
      .query({ workspace_id: wsA.id, page_size: 10, current_page: 0 })
      .reply(200, { total: 2, data: [policy(1), policy(2)] })
      .get("/v1/policies/usage-limits/pol-1")
      .reply(200, policy(1))
      // Reads show active policies only: an archived one answers 404.
      .get("/v1/policies/usage-limits/pol-2")
      .reply(404, { error: { message: "not found" } });
    const found = await listType(clientFor("portkey"), resourceNamed("UsageLimitsPolicy")!, [wsA], { pageSize: 10 });
    assert.deepEqual(
      found.map((f) => [f.importId, f.inputs.workspaceId, f.inputs.creditLimit]),
      [["pol-1", wsA.id, 100]],
    );
  });

  it("names the type and the path when a listing fails", async () => {
    nock(BASE)
      .get("/v1/admin/workspaces")
      .query(true)
      .reply(403, { error: { message: "missing scope workspaces.list" } });
    await assert.rejects(listType(clientFor("portkey"), resourceNamed("Workspace")!, []), /Workspace: listing \/admin\/workspaces failed: .*missing scope/);
  });
});
