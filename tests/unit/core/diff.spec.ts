import { expect } from "chai";
import { diffFromSpec } from "../../../provider/core/diff";
import { fingerprint } from "../../../provider/core/fingerprint";
import { UNKNOWN } from "../../../provider/core/keys";
import { gatewayConfigSpec } from "../../../spec/portkey/gateway-config";
import { integrationSpec } from "../../../spec/portkey/integration";
import { integrationWorkspaceAccessSpec } from "../../../spec/portkey/integration-workspace-access";
import { workspaceSpec } from "../../../spec/portkey/workspace";

describe("diff is decided from state and inputs", () => {
  const rows: [string, typeof workspaceSpec, Record<string, unknown>, Record<string, unknown>, { changes: boolean; replaces: string[] }][] = [
    ["same inputs", workspaceSpec, { name: "a", slug: "ws-a-1", createdAt: "t" }, { name: "a" }, { changes: false, replaces: [] }],
    [
      "config as text vs object with the same meaning",
      gatewayConfigSpec,
      { name: "c", config: { retry: { attempts: 1 } } },
      { name: "c", config: '{"retry":{"attempts":1}}' },
      { changes: false, replaces: [] },
    ],
    ["mutable change", workspaceSpec, { name: "a" }, { name: "b" }, { changes: true, replaces: [] }],
    [
      "immutable change replaces",
      integrationSpec,
      { name: "i", aiProviderId: "openai", slug: "s" },
      { name: "i", aiProviderId: "anthropic" },
      { changes: true, replaces: ["aiProviderId"] },
    ],
    [
      "server-generated slug is not a change",
      integrationSpec,
      { name: "i", aiProviderId: "openai", slug: "i-1a2b3c" },
      { name: "i", aiProviderId: "openai" },
      { changes: false, replaces: [] },
    ],
    [
      "default value equals unset",
      integrationWorkspaceAccessSpec,
      { integrationId: "i", workspaceId: "w" },
      { integrationId: "i", workspaceId: "w", enabled: true },
      { changes: false, replaces: [] },
    ],
    [
      "unknown value is a change",
      integrationWorkspaceAccessSpec,
      { integrationId: "i", workspaceId: "w" },
      { integrationId: "i", workspaceId: UNKNOWN },
      { changes: true, replaces: ["workspaceId"] },
    ],
    [
      "secret key rotation updates in place",
      integrationSpec,
      { name: "i", aiProviderId: "openai", key: "a" },
      { name: "i", aiProviderId: "openai", key: "b" },
      { changes: true, replaces: [] },
    ],
  ];
  for (const [name, spec, olds, news, want] of rows) {
    it(name, () => {
      const d = diffFromSpec(spec, olds, news);
      expect({ changes: d.changes, replaces: d.replaces }).to.deep.equal(want);
    });
  }

  it("a fingerprinted secret: same value is no change, another value is", () => {
    const olds = { name: "i", aiProviderId: "openai", key: fingerprint("sk-a"), configurations: fingerprint({ region: "eu" }) };
    expect(diffFromSpec(integrationSpec, olds, { name: "i", aiProviderId: "openai", key: "sk-a", configurations: '{"region": "eu"}' }).changes).to.equal(false);
    expect(diffFromSpec(integrationSpec, olds, { name: "i", aiProviderId: "openai", key: "sk-b", configurations: { region: "eu" } }).changed).to.deep.equal([
      "key",
    ]);
    expect(diffFromSpec(integrationSpec, olds, { name: "i", aiProviderId: "openai", configurations: { region: "eu" } }).changed).to.deep.equal(["key"]);
  });

  it("deletes first when a replacement keeps a unique slug", () => {
    const d = diffFromSpec(integrationSpec, { name: "i", aiProviderId: "openai", slug: "fixed" }, { name: "i", aiProviderId: "anthropic", slug: "fixed" });
    expect(d.deleteBeforeReplace).to.equal(true);
  });
});
