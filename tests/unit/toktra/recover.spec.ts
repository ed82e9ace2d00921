// A Toktra create whose answer is lost is found through the cursor-paged list, not made twice.
import { expect } from "chai";
import { configureFrom } from "../../../provider/core/config";
import { policySpec } from "../../../spec/toktra/policy";
import { nock, useNock } from "../../helpers/nock";
import { providerFor } from "../../../provider/core/module";

const policy = providerFor(policySpec);

const BASE = "https://api.toktra.test";
const inputs = { name: "cap", type: "token_limit", conditions: { max_tokens: 5 }, actions: { action: "block" } };
const obj = (id: string, name: string, created_at: string) => ({ ...inputs, id, name, created_at, updated_at: created_at });
const reset = () => Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });

describe("Toktra create with a lost answer", () => {
  useNock();
  before(() => configureFrom({ get: (k) => ({ "toktra:apiKey": "tk-recover-test", "toktra:baseUrl": `${BASE}/v1`, "toktra:maxRetries": "3" })[k] }));
  afterEach(() => {
    expect(nock.pendingMocks()).to.deep.equal([]);
    nock.cleanAll();
  });

  it("a committed create is found on the list's second page and adopted: one POST", async () => {
    const now = new Date().toISOString();
    nock(BASE)
      .post("/v1/policies").replyWithError(reset())
      .get("/v1/policies").query({ limit: 100 }).reply(200, { items: [obj("pol_0", "other", now)], next_cursor: "c1", has_more: true, total_count: 2 })
      .get("/v1/policies").query({ limit: 100, cursor: "c1" }).reply(200, { items: [obj("pol_1", "cap", now)], next_cursor: null, has_more: false, total_count: 2 })
      .get("/v1/policies/pol_1").reply(200, obj("pol_1", "cap", now));
    expect((await policy.create(inputs)).id).to.equal("pol_1");
  });

  it("a 503 that made nothing is posted again after looking", async () => {
    const now = new Date().toISOString();
    nock(BASE)
      .post("/v1/policies").reply(503, { error: "internal_error", message: "unavailable" })
      .get("/v1/policies").query({ limit: 100 }).reply(200, { items: [], next_cursor: null, has_more: false, total_count: 0 })
      .post("/v1/policies").reply(201, obj("pol_2", "cap", now))
      .get("/v1/policies/pol_2").reply(200, obj("pol_2", "cap", now));
    expect((await policy.create(inputs)).id).to.equal("pol_2");
  });
});
