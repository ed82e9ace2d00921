// A Toktra create whose answer is lost is found through the cursor-paged list, not made twice.
import { expect } from "chai";
import { configureFrom } from "../../../provider/core/config";
import { policySpec } from "../../../spec/toktra/policy";
import { nock, useNock } from "../../helpers/nock";
import { providerFor } from "../../../provider/core/module";

const policy = providerFor(policySpec);

const BASE = "https://api.toktra.test";
const inputs = { name: "cap", type: "token_limit", conditions: { max_tokens_per_day: 5 }, actions: { action: "alert" } };
const obj = (id: string, name: string, created_at: string) => ({ ...inputs, id, name, created_at, updated_at: created_at });
const reset = () => Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });

describe("Toktra create with a lost answer", () => {
  useNock();
  before(() => configureFrom({ get: (k) => ({ "toktra:apiKey": "tk-recover-test", "toktra:apiUrl": BASE, "toktra:maxRetries": "3" })[k] }));
  afterEach(() => {
    expect(nock.pendingMocks()).to.deep.equal([]);
    nock.cleanAll();
  });

  it("a committed create is found on the list's second page and adopted: one POST", async () => {
    const now = new Date().toISOString();
    nock(BASE)
      .post("/v1/api/policies").replyWithError(reset())
      .get("/v1/api/policies").query({ limit: 100 }).reply(200, { items: [obj("0b7e2c4a-1d3f-4e5a-9b6c-7d8e9f0a1b2c", "other", now)], next_cursor: "c1", has_more: true, total_count: 2 })
      .get("/v1/api/policies").query({ limit: 100, cursor: "c1" }).reply(200, { items: [obj("3f2b8c1e-9a4d-4e7b-8c21-5d6f0a9b1c2e", "cap", now)], next_cursor: null, has_more: false, total_count: 2 })
      .get("/v1/api/policies/3f2b8c1e-9a4d-4e7b-8c21-5d6f0a9b1c2e").reply(200, obj("3f2b8c1e-9a4d-4e7b-8c21-5d6f0a9b1c2e", "cap", now));
    expect((await policy.create(inputs)).id).to.equal("3f2b8c1e-9a4d-4e7b-8c21-5d6f0a9b1c2e");
  });

  it("a 503 that made nothing is posted again after looking", async () => {
    const now = new Date().toISOString();
    nock(BASE)
      .post("/v1/api/policies").reply(503, { error: "internal_error", message: "unavailable" })
      .get("/v1/api/policies").query({ limit: 100 }).reply(200, { items: [], next_cursor: null, has_more: false, total_count: 0 })
      .post("/v1/api/policies").reply(201, obj("7c9e6679-7425-40de-944b-e07fc1f90ae7", "cap", now))
      .get("/v1/api/policies/7c9e6679-7425-40de-944b-e07fc1f90ae7").reply(200, obj("7c9e6679-7425-40de-944b-e07fc1f90ae7", "cap", now));
    expect((await policy.create(inputs)).id).to.equal("7c9e6679-7425-40de-944b-e07fc1f90ae7");
  });
});
