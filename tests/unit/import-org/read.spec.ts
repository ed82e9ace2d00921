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

  it("names the type and the path when a listing fails", async () => {
    nock(BASE)
      .get("/v1/admin/workspaces")
      .query(true)
      .reply(403, { error: { message: "missing scope workspaces.list" } });
    await assert.rejects(listType(clientFor("portkey"), resourceNamed("Workspace")!, []), /Workspace: listing \/admin\/workspaces failed: .*missing scope/);
  });
});
