// The limits policies' requests: conditions and group_by as data in snake_case
// bodies, an update that sends only what Portkey lets change, and a usage-limits
// policy that reads as archived treated as gone.
import { expect } from "chai";
import { expectSequence, nock, Step, usePortkeyNock } from "../../helpers/nock";
import { providerFor } from "../../../provider/core/module";
import { rateLimitsPolicySpec } from "../../../spec/portkey/rate-limits-policy";
import { usageLimitsPolicySpec } from "../../../spec/portkey/usage-limits-policy";

const usage = providerFor(usageLimitsPolicySpec);
const rate = providerFor(rateLimitsPolicySpec);
const BASE = "https://api.portkey.test";
const KEY = "pk-unit-test-key-0000";
const expectRequests = (...steps: Step[]) => expectSequence(nock(BASE).matchHeader("x-portkey-api-key", KEY), steps);

const conditions = [{ key: "workspace_id", value: "w-1" }];
const usageInputs = {
  workspaceId: "ws-a",
  conditions: JSON.stringify(conditions),
  groupBy: [{ key: "api_key" }],
  type: "cost",
  creditLimit: 10,
  alertThreshold: 8,
};
const usageLive = {
  id: "u-1",
  conditions,
  group_by: [{ key: "api_key" }],
  type: "cost",
  credit_limit: 10,
  alert_threshold: 8,
  periodic_reset: "",
  status: "active",
  workspace_id: "w-1",
};

describe("limits policy requests", () => {
  usePortkeyNock(BASE, KEY);

  it("UsageLimitsPolicy create: JSON text sent as data; update sends the limits and clears a removed threshold", async () => {
    const seen = expectRequests(
      ["POST", "/v1/policies/usage-limits", { id: "u-1", object: "policy_usage_limits" }],
      ["GET", "/v1/policies/usage-limits/u-1", usageLive],
      ["PUT", "/v1/policies/usage-limits/u-1", {}],
      ["GET", "/v1/policies/usage-limits/u-1", { ...usageLive, credit_limit: 20, alert_threshold: null }],
    );
    const created = await usage.create(usageInputs);
    expect(seen[0]!.body).to.deep.equal({
      workspace_id: "ws-a",
      conditions,
      group_by: [{ key: "api_key" }],
      type: "cost",
      credit_limit: 10,
      alert_threshold: 8,
    });
    expect(created.outs).to.include({ conditions: JSON.stringify(conditions), status: "active" });
    const { alertThreshold: _a, ...rest } = usageInputs;
    await usage.update!("u-1", created.outs, { ...rest, creditLimit: 20 });
    expect(seen[2]!.body).to.deep.equal({ credit_limit: 20, alert_threshold: null });
  });

  it("UsageLimitsPolicy read: an archived policy is gone, whether the API answers 404 or shows it archived", async () => {
    expectRequests(
      ["GET", "/v1/policies/usage-limits/u-1", { ...usageLive, status: "archived" }],
      ["GET", "/v1/policies/usage-limits/u-2", { errorCode: "AB08", message: "not found" }, 404],
    );
    expect(await usage.read!("u-1", usageInputs)).to.deep.equal({});
    expect(await usage.read!("u-2", usageInputs)).to.deep.equal({});
  });

  it("RateLimitsPolicy: a changed type replaces, a changed unit updates with name, unit and value only", async () => {
    const olds = { workspaceId: "ws-a", conditions, groupBy: [{ key: "api_key" }], type: "requests", unit: "rpm", value: 60 };
    expect((await rate.diff!("r-1", olds, { ...olds, type: "tokens" })).replaces).to.deep.equal(["type"]);
    expect((await rate.diff!("r-1", olds, { ...olds, conditions: [{ value: "w-1", key: "workspace_id" }] })).changes).to.equal(false);
    const seen = expectRequests(["PUT", "/v1/policies/rate-limits/r-1", {}], ["GET", "/v1/policies/rate-limits/r-1", { id: "r-1", unit: "rph", value: 60 }]);
    await rate.update!("r-1", olds, { ...olds, unit: "rph" });
    expect(seen[0]!.body).to.deep.equal({ unit: "rph", value: 60 });
  });
});
