// The requests McpIntegrationCapabilities sends: one bulk PUT of every switch
// it owns, switching off what it dropped or destroys and nothing it never named.
import { expect } from "chai";
import { expectSequence, nock, Step, usePortkeyNock } from "../../helpers/nock";
import { providerFor } from "../../../provider/core/module";
import { mcpIntegrationCapabilitiesSpec } from "../../../spec/portkey/mcp-integration-capabilities";

const caps = providerFor(mcpIntegrationCapabilitiesSpec);
const BASE = "https://api.portkey.test";
const PATH = "/v1/mcp-integrations/m-1/capabilities";
const tool = { name: "search", type: "tool" };
const prompt = { name: "summarise", type: "prompt" };

const expectRequests = (...steps: Step[]) => expectSequence(nock(BASE), steps);
const listing = (...data: object[]): Step => ["GET", `${PATH}?page_size=100&page=1`, { data, has_more: false }];

describe("McpIntegrationCapabilities requests", () => {
  usePortkeyNock(BASE, "pk-unit");

  it("update: a capability dropped from the list is switched off, a switched-off one stays off", async () => {
    const seen = expectRequests(["PUT", PATH, { success: true }], listing({ ...tool, enabled: true }));
    const olds = { mcpIntegrationId: "m-1", capabilities: [tool, { ...prompt, enabled: true }, { name: "docs://x", type: "resource", enabled: false }] };
    await caps.update!("m-1", olds, { mcpIntegrationId: "m-1", capabilities: '[{"name": "search", "type": "tool"}]' });
    expect(seen[0]!.body).to.deep.equal({
      capabilities: [
        { ...tool, enabled: true },
        { ...prompt, enabled: false },
      ],
    });
  });

  it("delete: switches off only what it switched on", async () => {
    const seen = expectRequests(["PUT", PATH, { success: true }]);
    await caps.delete!("m-1", { mcpIntegrationId: "m-1", capabilities: [tool, { ...prompt, enabled: false }] });
    expect(seen[0]!.body).to.deep.equal({ capabilities: [{ ...tool, enabled: false }] });
  });

  it("read: gone once nothing it switches on is on; a capability it leaves off does not keep it", async () => {
    expectRequests(listing({ ...tool, enabled: false }, { ...prompt, enabled: false }, { name: "other", type: "tool", enabled: true }));
    const res = await caps.read!("m-1", { mcpIntegrationId: "m-1", capabilities: [tool, { ...prompt, enabled: false }] });
    expect(res.props ?? {}).to.deep.equal({});
  });
});
