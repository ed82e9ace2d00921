// Destroy never deletes what Pulumi does not manage: a workspace delete asks
// Portkey to cascade only with forceDestroy, a refusal because of dependents
// says what they are and the fix, and `check` warns while forceDestroy is on.
import { expect } from "chai";
import { setLogSink } from "../../../provider/core/log";
import { providerFor } from "../../../provider/core/module";
import { integrationSpec } from "../../../spec/portkey/integration";
import { workspaceSpec } from "../../../spec/portkey/workspace";
import { nock, usePortkeyNock } from "../../helpers/nock";

const BASE = "https://api.portkey.test";
const workspace = providerFor(workspaceSpec);
const integration = providerFor(integrationSpec);
const AB07 = { errorCode: "AB07", message: "Unable to delete. Please ensure that all Virtual Keys are deleted" };

describe("workspace delete and its cascade", () => {
  usePortkeyNock(BASE, "pk-cascade-test");

  for (const state of [{ name: "Team" }, { name: "Team", forceDestroy: false }]) {
    it(`with dependents and ${JSON.stringify(state)}: no force is asked, and the 409 becomes a message naming them and the fix`, async () => {
      let body: unknown;
      nock(BASE)
        .delete("/v1/admin/workspaces/w-1", (b) => ((body = b), true))
        .reply(409, AB07);
      const err = await workspace.delete!("w-1", state).catch((e) => e);
      expect(body).to.deep.equal({ name: "Team" });
      expect(err.message).to.match(
        /^Workspace "Team" was not deleted: it still holds objects \(portkey: Unable to delete\. Please ensure that all Virtual Keys are deleted\)/,
      );
      expect(err.message).to.match(/virtual keys, configs, integrations, access grants and API keys/);
      expect(err.message).to.match(
        /including any that Pulumi does not manage\. Nothing was deleted\..*set `forceDestroy: true` on the resource, run `pulumi up`, then destroy/,
      );
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
        expect(lines[0]).to.match(
          /^warning: Workspace "Team" has forceDestroy: true: destroying or replacing it also deletes everything it holds .*including objects Pulumi does not manage/,
        );
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

describe("integration delete and its cascade to virtual keys", () => {
  usePortkeyNock(BASE, "pk-cascade-test");
  const grants = (...g: [id: string, enabled: boolean][]) => ({ total: g.length, workspaces: g.map(([id, enabled]) => ({ id, enabled })) });

  for (const [what, state, answer, deletes] of [
    ["no workspace has access", { slug: "openai-1" }, grants(["w-1", false]), true],
    ["only its own workspace has access (a workspace-level integration)", { slug: "openai-1", workspaceId: "w-own" }, grants(["w-own", true]), true],
    ["a workspace Pulumi does not manage still has access", { slug: "openai-1" }, grants(["w-1", false], ["w-2", true]), false],
  ] as const) {
    it(`${what}: ${deletes ? "deleted" : "refused, naming the workspace and the fix"}`, async () => {
      const scope = nock(BASE).get("/v1/integrations/openai-1/workspaces").reply(200, answer);
      if (deletes) scope.delete("/v1/integrations/openai-1").reply(200, {});
      const err = await integration.delete!("i-1", { ...state, name: "OpenAI" }).then(
        () => undefined,
        (e) => e,
      );
      if (deletes) expect(err).to.equal(undefined);
      else
        expect(err.message).to.match(
          /^Integration "OpenAI" was not deleted: it still holds objects \(workspaces with access: w-2\).*virtual keys built on it\), including any that Pulumi does not manage.*`forceDestroy: true`/,
        );
    });
  }

  // The access list names workspaces by slug; a workspace-level integration's own workspace, given by id, is read to know its slug.
  for (const [what, listed, deletes] of [
    ["its own workspace given by id, listed by slug", [["ws-own-1a2b", true]], true],
    [
      "its own workspace and another one",
      [
        ["ws-own-1a2b", true],
        ["ws-other", true],
      ],
      false,
    ],
  ] as const) {
    it(`a workspace-level integration, ${what}: ${deletes ? "deleted" : "refused, naming only the other"}`, async () => {
      const scope = nock(BASE)
        .get("/v1/integrations/openai-1/workspaces")
        .reply(200, grants(...(listed as unknown as [string, boolean][])))
        .get("/v1/admin/workspaces/6f1c2a4e-0000-4000-8000-00000000a1b2")
        .reply(200, { id: "6f1c2a4e-0000-4000-8000-00000000a1b2", slug: "ws-own-1a2b", name: "Own" });
      if (deletes) scope.delete("/v1/integrations/openai-1").reply(200, {});
      const state = { slug: "openai-1", name: "OpenAI", workspaceId: "6f1c2a4e-0000-4000-8000-00000000a1b2" };
      const err = await integration.delete!("i-1", state).then(
        () => undefined,
        (e) => e,
      );
      if (deletes) expect(err).to.equal(undefined);
      else expect(err.message).to.match(/\(workspaces with access: ws-other\)/);
    });
  }

  it("a workspace-level integration whose workspace is already gone (403 AB03): what is listed stays counted, and the delete is refused", async () => {
    nock(BASE)
      .get("/v1/integrations/openai-1/workspaces")
      .reply(200, grants(["ws-other", true]))
      .get("/v1/admin/workspaces/6f1c2a4e-0000-4000-8000-00000000a1b2")
      .reply(403, { errorCode: "AB03", message: "gone" });
    const state = { slug: "openai-1", name: "OpenAI", workspaceId: "6f1c2a4e-0000-4000-8000-00000000a1b2" };
    const err = await integration.delete!("i-1", state).catch((e) => e);
    expect(err.message).to.match(/\(workspaces with access: ws-other\)/);
  });

  it("with forceDestroy, the delete is sent without looking", async () => {
    nock(BASE).delete("/v1/integrations/openai-1").reply(200, {});
    await integration.delete!("i-1", { slug: "openai-1", name: "OpenAI", forceDestroy: true });
  });

  it("an integration already gone counts as deleted", async () => {
    nock(BASE).get("/v1/integrations/openai-1/workspaces").reply(404, { errorCode: "AB02", message: "not found" });
    await integration.delete!("i-1", { slug: "openai-1", name: "OpenAI" });
  });
});
