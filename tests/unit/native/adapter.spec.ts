// The native hosting's adapter on plain bags: secret envelopes in and out,
// detailed diffs, settings from PULUMI_CONFIG overridden by Configure, the
// engine's import (a read with no state) and invokes, over the same CRUD code.
import { strict as assert } from "assert";
import * as adapter from "../../../provider/native/adapter";
import { applySettings, nativeName } from "../../../provider/native/settings";
import { SECRET_SIG, SIG, secret, unwrap, wrap } from "../../../provider/native/values";
import { resolveSettings } from "../../../provider/core/config";
import { integrationSpec } from "../../../spec/portkey/integration";
import { nock, useNock } from "../../helpers/nock";
import { RESOURCES } from "../../../spec";
import { fingerprint } from "../../../provider/core/fingerprint";
import { CUSTOM_SOURCES } from "../../../provider/core/custom-sources";
import { servedSources } from "../../../provider/native/tokens";

const urn = (type: string) => `urn:pulumi:dev::proj::${type}::x`;
const HOST = "https://portkey.example.test";

describe("native adapter", () => {
  useNock();
  afterEach(() => nock.cleanAll());

  it("opens secret envelopes, remembers which keys held one, and wraps secret fields on the way out", () => {
    const opened = unwrap({ name: "n", key: secret("sk-1"), metadata: { a: secret("b") } });
    assert.deepEqual(opened.bag, { name: "n", key: "sk-1", metadata: { a: "b" } });
    assert.deepEqual([...opened.secrets].sort(), ["key", "metadata"]);
    const out = wrap(integrationSpec, { name: "n", key: "fp1:x:y", gone: undefined, description: "d" }, ["description"]);
    assert.deepEqual(out, { name: "n", key: { [SIG]: SECRET_SIG, value: "fp1:x:y" }, description: { [SIG]: SECRET_SIG, value: "d" } });
  });

  it("takes the resource type from a URN, nested or not", () => {
    assert.equal(adapter.tokenOfUrn(urn("aigov:portkey:Workspace")), "aigov:portkey:Workspace");
    assert.equal(adapter.tokenOfUrn(urn("my:index:Comp$aigov:toktra:Policy")), "aigov:toktra:Policy");
  });

  it("answers a detailed diff: in-place updates and replace keys", () => {
    const d = adapter.diff(
      urn("aigov:portkey:Integration"),
      { name: "a", aiProviderId: "openai", slug: "s" },
      { name: "b", aiProviderId: "anthropic", slug: "s" },
    );
    assert.equal(d.changes, true);
    assert.deepEqual(d.replaces, ["aiProviderId"]);
    assert.deepEqual(d.detailed, { name: "update", aiProviderId: "update-replace" });
    assert.equal(adapter.diff(urn("aigov:portkey:Workspace"), { name: "a" }, { name: "a" }).changes, false);
  });

  it("refuses bad input at check naming the resource and field, without echoing a secret", async () => {
    const res = await adapter.check(urn("aigov:portkey:Workspace"), { name: "" });
    assert.match(res.failures[0]!.reason, /Workspace\.name must not be empty/);
    const ok = await adapter.check(urn("aigov:portkey:Integration"), { name: "n", aiProviderId: "openai", key: secret("sk-2"), slug: "my-int" });
    assert.deepEqual(ok.failures, []);
    assert.deepEqual(ok.inputs.key, secret("sk-2"));
  });

  it("reads settings from the stack's aigov namespace, and an explicit provider's arguments win", () => {
    assert.equal(nativeName("portkey:apiKey"), "portkeyApiKey");
    applySettings({}, JSON.stringify({ portkeyApiKey: "pk-stack", portkeyBaseUrl: HOST + "/v1" }));
    assert.equal(resolveSettings("portkey").apiKey, "pk-stack");
    applySettings({ portkeyApiKey: "pk-explicit", portkeyMaxRetries: 0 }, JSON.stringify({ portkeyApiKey: "pk-stack", portkeyBaseUrl: HOST + "/v1" }));
    assert.deepEqual(resolveSettings("portkey"), { apiKey: "pk-explicit", baseUrl: HOST + "/v1", maxRetries: 0 });
  });

  it("refresh keeps a write-only secret's input as written, so a second refresh finds no change", async () => {
    applySettings({ portkeyApiKey: "pk-1", portkeyBaseUrl: HOST + "/v1", portkeyMaxRetries: 0 }, undefined);
    const live = { id: "i-1", slug: "my-int", name: "n", ai_provider_id: "openai", masked_key: "sk-*****" };
    nock(HOST).get("/v1/integrations/my-int").times(2).reply(200, live);
    const type = urn("aigov:portkey:Integration");
    const made = await adapter.check(type, { name: "n", aiProviderId: "openai", key: secret("sk-2"), slug: "my-int" });
    const state = { ...made.inputs, key: secret(fingerprint("sk-2")) };
    const first = await adapter.read(type, "my-int", state, made.inputs);
    assert.deepEqual(first.inputs.key, secret("sk-2"));
    const second = await adapter.read(type, "my-int", first.props, first.inputs);
    assert.deepEqual(second.inputs, first.inputs);
    assert.equal(adapter.diff(type, second.props, second.inputs).changes, false);
  });

  it("imports by id alone: reads the object and answers its inputs; a missing one is a clear error", async () => {
    applySettings({ portkeyApiKey: "pk-1", portkeyBaseUrl: HOST + "/v1", portkeyMaxRetries: 0 }, undefined);
    nock(HOST).get("/v1/admin/workspaces/ws-1").reply(200, { id: "ws-1", name: "Team", slug: "team", created_at: "t", last_updated_at: "t" });
    const res = await adapter.read(urn("aigov:portkey:Workspace"), "ws-1", undefined, undefined);
    assert.equal(res.id, "ws-1");
    assert.equal(res.inputs.name, "Team");
    nock(HOST).get("/v1/admin/workspaces/ws-2").reply(404, { error: "not found" });
    await assert.rejects(adapter.read(urn("aigov:portkey:Workspace"), "ws-2", undefined, undefined), (e: Error) =>
      /Workspace: cannot import "ws-2": no such object exists/.test(e.message),
    );
  });

  it("imports by id alone with the sub-resources read too: an integration's model access is in its inputs", async () => {
    applySettings({ portkeyApiKey: "pk-1", portkeyBaseUrl: HOST + "/v1", portkeyMaxRetries: 0 }, undefined);
    nock(HOST).get("/v1/integrations/anthropic-main").reply(200, { id: "i-1", slug: "anthropic-main", name: "Anthropic", ai_provider_id: "anthropic" });
    const models = [
      { slug: "claude-3-5-sonnet", enabled: true },
      { slug: "claude-3-haiku", enabled: false },
    ];
    nock(HOST).get("/v1/integrations/anthropic-main/models").reply(200, { total: 2, allow_all_models: false, models });
    const res = await adapter.read(urn("aigov:portkey:Integration"), "anthropic-main", undefined, undefined);
    assert.deepEqual([res.inputs.allowAllModels, res.inputs.models], [false, ["claude-3-5-sonnet"]]);
    assert.ok(nock.isDone());
  });

  it("serves a data source as an invoke; a secret argument makes the answer secret", async () => {
    applySettings({ portkeyApiKey: "pk-1", portkeyBaseUrl: HOST + "/v1", portkeyMaxRetries: 0 }, undefined);
    nock(HOST).get("/v1/admin/workspaces/ws-1").times(2).reply(200, { id: "ws-1", name: "Team", slug: "team" });
    const plain = await adapter.invoke("aigov:portkey:getWorkspace", { id: "ws-1" });
    assert.equal(plain.name, "Team");
    const hidden = await adapter.invoke("aigov:portkey:getWorkspace", { id: secret("ws-1") });
    assert.deepEqual(hidden.name, secret("Team"));
    await assert.rejects(adapter.invoke("aigov:portkey:getNothing", {}), /unknown function aigov:portkey:getNothing/);
  });

  it("serves a hand-written data source with its own code: the access list in the SDK's names, empty limits left out", async () => {
    applySettings({ portkeyApiKey: "pk-1", portkeyBaseUrl: HOST + "/v1", portkeyMaxRetries: 0 }, undefined);
    const limit = { type: "cost", credit_limit: 30, alert_threshold: 20, periodic_reset: "weekly" };
    nock(HOST)
      .get("/v1/integrations/openai/workspaces")
      .reply(200, {
        total: 2,
        workspaces: [
          { id: "team-a", enabled: true, usage_limits: [limit], rate_limits: null },
          { id: "team-b", enabled: false, usage_limits: [] },
        ],
      });
    assert.deepEqual(await adapter.invoke("aigov:portkey:getIntegrationWorkspaces", { integrationId: "openai" }), {
      total: 2,
      workspaces: [
        { id: "team-a", enabled: true, usageLimits: [{ type: "cost", creditLimit: 30, alertThreshold: 20, periodicReset: "weekly" }] },
        { id: "team-b", enabled: false },
      ],
    });
  });

  it("has code for every hand-written data source the plugin serves", () => {
    const served = RESOURCES.flatMap((spec) => servedSources(spec).filter((d) => d.kind === "custom"));
    assert.ok(served.length > 0);
    for (const ds of served) assert.equal(typeof CUSTOM_SOURCES[ds.name], "function", `${ds.name} has no code in provider/core/custom-sources.ts`);
  });
});
