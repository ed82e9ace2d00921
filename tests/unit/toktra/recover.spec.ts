// A Toktra policy whose create answer is lost: its description carries this
// stack's ownership marker, so the object the lost create made is found through
// the cursor-paged list and adopted, and one another stack made is not.
import { expect } from "chai";
import { configureFrom } from "../../../provider/core/config";
import { SEED_KEY } from "../../../provider/core/keys";
import { markerOf } from "../../../provider/core/marker";
import { lookSchedule } from "../../../provider/core/steps/lost-create";
import { policySpec } from "../../../spec/toktra/policy";
import { expectEveryMockUsed, nock, useNock } from "../../helpers/nock";
import { providerFor } from "../../../provider/core/module";

const policy = providerFor(policySpec);

const BASE = "https://api.toktra.test";
const inputs = { name: "cap", type: "token_limit", conditions: { max_tokens_per_day: 5 }, actions: { action: "alert" } };
const news = (stack: string) => ({ ...inputs, [SEED_KEY]: `proj/${stack}/toktra:Policy/cap` });
const ours = markerOf(policySpec, news("prod"))!;
const theirs = markerOf(policySpec, news("staging"))!;
const obj = (id: string, name: string, created_at: string, description?: string) => ({ ...inputs, id, name, created_at, updated_at: created_at, description });
const reset = () => Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
const page = (items: unknown[]) => ({ items, next_cursor: null, has_more: false, total_count: items.length });

describe("Toktra create with a lost answer", () => {
  useNock();
  const schedule = lookSchedule.delaysMs;
  before(() => {
    configureFrom({ get: (k) => ({ "toktra:apiKey": "tk-recover-test", "toktra:apiUrl": BASE, "toktra:maxRetries": "3" })[k] });
    lookSchedule.delaysMs = [0, 1, 1];
  });
  after(() => (lookSchedule.delaysMs = schedule));
  expectEveryMockUsed();

  it("the two stacks' markers differ, and the create sends ours", async () => {
    expect(ours).to.match(/^\[pulumi-aigov:[0-9a-f]{8}\]$/);
    expect(ours).to.not.equal(theirs);
    let sent: Record<string, unknown> = {};
    const now = new Date().toISOString();
    nock(BASE)
      .post("/v1/api/policies", (b) => ((sent = b), true))
      .reply(201, obj("pol_9", "cap", now, ours))
      .get("/v1/api/policies/pol_9")
      .reply(200, obj("pol_9", "cap", now, ours));
    const res = await policy.create(news("prod"));
    expect(sent.description).to.equal(ours);
    expect(res.outs.description, "the marker never reaches state").to.equal(undefined);
  });

  it("a committed create carrying our marker is found on the list's second page and adopted; another stack's is not: one POST", async () => {
    const now = new Date().toISOString();
    nock(BASE)
      .post("/v1/api/policies")
      .replyWithError(reset())
      .get("/v1/api/policies")
      .query({ limit: 100 })
      .reply(200, { items: [obj("0b7e2c4a-1d3f-4e5a-9b6c-7d8e9f0a1b2c", "cap", now, theirs)], next_cursor: "c1", has_more: true, total_count: 2 })
      .get("/v1/api/policies")
      .query({ limit: 100, cursor: "c1" })
      .reply(200, { items: [obj("3f2b8c1e-9a4d-4e7b-8c21-5d6f0a9b1c2e", "cap", now, `limits ${ours}`)], next_cursor: null, has_more: false, total_count: 2 })
      .get("/v1/api/policies/3f2b8c1e-9a4d-4e7b-8c21-5d6f0a9b1c2e")
      .reply(200, obj("3f2b8c1e-9a4d-4e7b-8c21-5d6f0a9b1c2e", "cap", now, `limits ${ours}`));
    const res = await policy.create({ ...news("prod"), description: "limits" });
    expect(res.id).to.equal("3f2b8c1e-9a4d-4e7b-8c21-5d6f0a9b1c2e");
    expect(res.outs.description).to.equal("limits");
  });

  it("only another stack's object with the same name: not adopted, not posted again", async () => {
    const now = new Date().toISOString();
    const scope = nock(BASE).post("/v1/api/policies").reply(503, { error: "internal_error", message: "unavailable" });
    for (let i = 0; i < 3; i++)
      scope
        .get("/v1/api/policies")
        .query({ limit: 100 })
        .reply(200, page([obj("0b7e2c4a-1d3f-4e5a-9b6c-7d8e9f0a1b2c", "cap", now, theirs)]));
    const err = await policy.create(news("prod")).catch((e) => e);
    expect(err.message).to.match(/Policy "cap": the create's answer was lost .*No object carrying this resource's marker appeared/);
  });
});
