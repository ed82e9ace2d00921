// The shared pager under a server that caps the page size.
import { expect } from "chai";
import { listAll } from "../../../provider/core/list";
import { ApiClient } from "../../../provider/http";
import { nock, useNock } from "../../helpers/nock";

const BASE = "https://api.portkey.test";
const items = (from: number, n: number) => Array.from({ length: n }, (_, i) => ({ id: `o-${from + i}` }));

describe("listAll", () => {
  useNock();
  afterEach(() => {
    expect(nock.pendingMocks()).to.deep.equal([]);
    nock.cleanAll();
  });
  const client = () => new ApiClient({ vendor: "portkey", baseUrl: `${BASE}/v1`, apiKey: "pk-list-test", authHeader: "x-portkey-api-key", maxRetries: 0 });

  it("follows total when the server answers shorter pages than asked", async () => {
    nock(BASE)
      .get("/v1/providers").query({ page_size: 100, current_page: 0 }).reply(200, { object: "list", total: 70, data: items(0, 50) })
      .get("/v1/providers").query({ page_size: 100, current_page: 1 }).reply(200, { object: "list", total: 70, data: items(50, 20) });
    expect((await listAll(client(), "/providers")).map((o) => o.id)).to.have.length(70);
  });

  it("without a total, a short page is the last", async () => {
    nock(BASE).get("/v1/things").query({ page_size: 100, current_page: 0 }).reply(200, { data: items(0, 3) });
    expect(await listAll(client(), "/things")).to.have.length(3);
  });

  it("stops on an empty page even if total promised more", async () => {
    nock(BASE)
      .get("/v1/things").query({ page_size: 2, current_page: 0 }).reply(200, { total: 5, data: items(0, 2) })
      .get("/v1/things").query({ page_size: 2, current_page: 1 }).reply(200, { total: 5, data: [] });
    expect(await listAll(client(), "/things", {}, "data", 2)).to.have.length(2);
  });
});
