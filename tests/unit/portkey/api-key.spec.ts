// The API key's requests and its value's life: the kind in the create path,
// the value taken from the create and rotate answers only, kept through reads
// that show it masked, and a rotation in place when `rotation` changes.
import { expect } from "chai";
import { expectSequence, nock, Step, usePortkeyNock } from "../../helpers/nock";
import { providerFor } from "../../../provider/core/module";
import { apiKeySpec } from "../../../spec/portkey/api-key";

const apiKey = providerFor(apiKeySpec);
const BASE = "https://api.portkey.test";
const KEY = "pk-unit-test-key-0000";
const expectRequests = (...steps: Step[]) => expectSequence(nock(BASE).matchHeader("x-portkey-api-key", KEY), steps);

const inputs = { name: "app", type: "workspace", subType: "service", workspaceId: "ws-a", scopes: ["completions.write"], description: "first" };
const live = {
  id: "k-1",
  key: "pk*******ab",
  name: "app",
  description: "first",
  type: "workspace-service",
  workspace_id: "w-uuid",
  scopes: ["completions.write"],
  status: "active",
};

describe("ApiKey requests", () => {
  usePortkeyNock(BASE, KEY);

  it("create: the kind goes in the path, the value comes from the create's answer, not the masked GET", async () => {
    const seen = expectRequests(
      ["POST", "/v1/api-keys/workspace/service", { id: "k-1", key: "pk-live-value-1", object: "api-key" }],
      ["GET", "/v1/api-keys/k-1", live],
    );
    const res = await apiKey.create(inputs);
    expect(seen[0]!.body).to.deep.equal({ name: "app", description: "first", workspace_id: "ws-a", scopes: ["completions.write"] });
    expect(res.outs).to.include({ key: "pk-live-value-1", type: "workspace", subType: "service", workspaceId: "ws-a", status: "active" });
  });

  it("read: keeps the value state holds, whatever the GET shows", async () => {
    expectRequests(["GET", "/v1/api-keys/k-1", { ...live, description: "changed" }]);
    const res = await apiKey.read!("k-1", { ...inputs, id: "k-1", key: "pk-live-value-1", rotation: "r1" });
    expect(res.props).to.include({ key: "pk-live-value-1", description: "changed", rotation: "r1", subType: "service" });
    expect(res.inputs).to.include({ rotation: "r1" }).and.not.have.property("key");
  });

  it("update: a changed rotation rotates in place and records the new value", async () => {
    const olds = { ...inputs, key: "pk-live-value-1", rotation: "r1" };
    const seen = expectRequests(
      ["PUT", "/v1/api-keys/k-1", {}],
      ["POST", "/v1/api-keys/k-1/rotate", { id: "k-1", key: "pk-live-value-2", key_transition_expires_at: null }],
      ["GET", "/v1/api-keys/k-1", live],
    );
    const diff = await apiKey.diff!("k-1", olds, { ...inputs, rotation: "r2" });
    expect(diff).to.include({ changes: true }).and.deep.include({ replaces: [] });
    const res = await apiKey.update!("k-1", olds, { ...inputs, rotation: "r2" });
    expect(seen[0]!.body).to.not.have.property("rotation");
    expect(res.outs).to.include({ key: "pk-live-value-2", rotation: "r2" });
  });

  it("update: without a rotation change, no rotate call and the value is kept", async () => {
    expectRequests(["PUT", "/v1/api-keys/k-1", {}], ["GET", "/v1/api-keys/k-1", { ...live, description: "second" }]);
    const res = await apiKey.update!("k-1", { ...inputs, key: "pk-live-value-1", rotation: "r1" }, { ...inputs, description: "second", rotation: "r1" });
    expect(res.outs).to.include({ key: "pk-live-value-1", description: "second" });
  });
});
