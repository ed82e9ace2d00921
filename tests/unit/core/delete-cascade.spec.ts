// Destroy never deletes what Pulumi does not manage: a workspace delete asks
// Portkey to cascade only with forceDestroy, a refusal because of dependents
// says what they are and the fix, and `check` warns while forceDestroy is on.
import { expect } from "chai";
import { configureFrom } from "../../../provider/core/config";
import { setLogSink } from "../../../provider/core/log";
import { providerFor } from "../../../provider/core/module";
import { workspaceSpec } from "../../../spec/portkey/workspace";
import { nock, useNock } from "../../helpers/nock";

const BASE = "https://api.portkey.test";
const workspace = providerFor(workspaceSpec);
const AB07 = { errorCode: "AB07", message: "Unable to delete. Please ensure that all Virtual Keys are deleted" };

describe("workspace delete and its cascade", () => {
  useNock();
  before(() => configureFrom({ get: (k) => ({ "portkey:apiKey": "pk-cascade-test", "portkey:baseUrl": `${BASE}/v1`, "portkey:maxRetries": "0" })[k] }));
  afterEach(() => {
    expect(nock.pendingMocks()).to.deep.equal([]);
    nock.cleanAll();
  });

  for (const state of [{ name: "Team" }, { name: "Team", forceDestroy: false }]) {
    it(`with dependents and ${JSON.stringify(state)}: no force is asked, and the 409 becomes a message naming them and the fix`, async () => {
      let body: unknown;
      nock(BASE).delete("/v1/admin/workspaces/w-1", (b) => ((body = b), true)).reply(409, AB07);
      const err = await workspace.delete!("w-1", state).catch((e) => e);
      expect(body).to.deep.equal({ name: "Team" });
      expect(err.message).to.match(/^Workspace "Team" was not deleted: it still holds objects \(portkey: Unable to delete\. Please ensure that all Virtual Keys are deleted\)/);
      expect(err.message).to.match(/virtual keys, configs, integrations, access grants and API keys/);
      expect(err.message).to.match(/including any that Pulumi does not manage\. Nothing was deleted\..*set `forceDestroy: true` on the resource, run `pulumi up`, then destroy/);
    });
  }

  it("with forceDestroy, a 409 is not reworded: it is not about dependents", async () => {
    nock(BASE).delete("/v1/admin/workspaces/w-1", { name: "Team", force_delete: true }).reply(409, { errorCode: "AB07", message: "busy" });
    const err = await workspace.delete!("w-1", { name: "Team", forceDestroy: true }).catch((e) => e);
    expect(err.message).to.match(/409 \(AB07\).*busy/);
  });

  it("a workspace already gone (403/AB03) counts as deleted, with or without force", async () => {
    nock(BASE).delete("/v1/admin/workspaces/w-1").reply(403, { errorCode: "AB03", message: "gone" });
    await workspace.delete!("w-1", { name: "Team" });
  });

  for (const [inputs, warned] of [
    [{ name: "Team", forceDestroy: true }, true],
    [{ name: "Team", forceDestroy: false }, false],
    [{ name: "Team" }, false],
  ] as const) {
    it(`check with ${JSON.stringify(inputs)} ${warned ? "warns that unmanaged children go too" : "says nothing"}, and calls no API`, async () => {
      const lines: string[] = [];
      const previous = setLogSink((l) => lines.push(l));
      const res = await workspace.check!({}, { ...inputs }).finally(() => setLogSink(previous));
      expect(res.failures ?? []).to.deep.equal([]);
      if (warned) {
        expect(lines).to.have.length(1);
        expect(lines[0]).to.match(/^warning: Workspace "Team" has forceDestroy: true: destroying or replacing it also deletes everything it holds .*including objects Pulumi does not manage/);
      } else {
        expect(lines).to.deep.equal([]);
      }
    });
  }

  it("diff: turning forceDestroy on is an in-place change, and its update sends no PUT of the workspace", async () => {
    const d = await workspace.diff!("w-1", { name: "Team", slug: "ws-1" }, { name: "Team", forceDestroy: true });
    expect(d).to.include({ changes: true });
    expect(d.replaces).to.deep.equal([]);
    nock(BASE).get("/v1/admin/workspaces/w-1").reply(200, { id: "w-1", slug: "ws-1", name: "Team" });
    const res = await workspace.update!("w-1", { name: "Team", slug: "ws-1" }, { name: "Team", forceDestroy: true });
    expect(res.outs).to.include({ forceDestroy: true, name: "Team" });
  });
});
