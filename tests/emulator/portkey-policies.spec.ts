// The Portkey emulator's usage-limits and rate-limits policies over real HTTP:
// bodies checked as Portkey's OpenAPI documents them, and the archiving delete
// of usage-limits policies, with the quirk on and off.
import { strict as assert } from "assert";
import { usePortkeyEmulator } from "../helpers/portkey-emulator";

describe("Portkey emulator: limits policies", function () {
  const { call, ok, quirks } = usePortkeyEmulator();
  const usage = async () => {
    const ws = await ok("POST", "/admin/workspaces", { name: "Budgets" });
    const body = { conditions: [{ key: "workspace_id", value: ws.id }], group_by: [{ key: "api_key" }], type: "cost", credit_limit: 10, workspace_id: ws.slug };
    return { ws, made: await ok("POST", "/policies/usage-limits", body) };
  };

  it("usage limits: create answers the id, GET the policy with its workspace as a UUID", async () => {
    const { ws, made } = await usage();
    assert.equal(made.object, "policy_usage_limits");
    const got = await ok("GET", `/policies/usage-limits/${made.id}`);
    assert.deepEqual([got.status, got.workspace_id, got.credit_limit, got.group_by], ["active", ws.id, 10, [{ key: "api_key" }]]);
  });

  it("usage limits: delete archives; the policy then answers only with ?status=archived (archivePolicies)", async () => {
    const { ws, made } = await usage();
    await ok("DELETE", `/policies/usage-limits/${made.id}`);
    assert.equal((await call("GET", `/policies/usage-limits/${made.id}`)).status, 404);
    assert.equal((await ok("GET", `/policies/usage-limits?workspace_id=${ws.id}`)).total, 0);
    assert.equal((await ok("GET", `/policies/usage-limits/${made.id}?status=archived`)).status, "archived");
    assert.equal((await ok("GET", "/policies/usage-limits?status=archived")).total, 1);
    assert.equal((await call("DELETE", `/policies/usage-limits/${made.id}`)).status, 404);
  });

  it("usage limits: with archivePolicies off, delete removes the policy", async () => {
    await quirks({ archivePolicies: false });
    const { made } = await usage();
    await ok("DELETE", `/policies/usage-limits/${made.id}`);
    assert.equal((await call("GET", `/policies/usage-limits/${made.id}?status=archived`)).status, 404);
  });

  it("usage limits: an alert threshold at or above the limit is refused, on create and update", async () => {
    const { made } = await usage();
    const r = await call("PUT", `/policies/usage-limits/${made.id}`, { alert_threshold: 10 });
    assert.deepEqual([r.status, r.body.errorCode], [400, "AB01"]);
    assert.match(r.body.message, /alert_threshold/);
  });

  it("rate limits: empty conditions and an unknown unit are 400 AB01; only name, unit and value change", async () => {
    const ws = await ok("POST", "/admin/workspaces", { name: "Rates" });
    const body = {
      conditions: [{ key: "workspace_id", value: ws.id }],
      group_by: [{ key: "api_key" }],
      type: "requests",
      unit: "rpm",
      value: 60,
      workspace_id: ws.id,
    };
    for (const bad of [
      { ...body, conditions: [] },
      { ...body, unit: "rps" },
    ]) {
      const r = await call("POST", "/policies/rate-limits", bad);
      assert.deepEqual([r.status, r.body.errorCode], [400, "AB01"], JSON.stringify(bad));
    }
    const made = await ok("POST", "/policies/rate-limits", body);
    await ok("PUT", `/policies/rate-limits/${made.id}`, { unit: "rph", value: 5 });
    const got = await ok("GET", `/policies/rate-limits/${made.id}`);
    assert.deepEqual([got.unit, got.value, got.type, got.object], ["rph", 5, "requests", "policy_rate_limits"]);
    await ok("DELETE", `/policies/rate-limits/${made.id}`);
    assert.equal((await ok("GET", `/policies/rate-limits?workspace_id=${ws.id}`)).total, 0);
  });
});
