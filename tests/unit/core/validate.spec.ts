import { expect } from "chai";
import { UNKNOWN } from "../../../provider/core/spec";
import { validateInputs } from "../../../provider/core/validate";
import { gatewayConfigSpec } from "../../../provider/portkey/gateway-config";
import { integrationSpec } from "../../../provider/portkey/integration";
import { integrationWorkspaceAccessSpec } from "../../../provider/portkey/integration-workspace-access";
import { virtualKeySpec } from "../../../provider/portkey/virtual-key";
import { workspaceSpec } from "../../../provider/portkey/workspace";

describe("validate: messages name the resource, the field and the rule", () => {
  const rows: [string, typeof workspaceSpec, Record<string, unknown>, string, RegExp][] = [
    ["missing required name", workspaceSpec, {}, "name", /^Workspace\.name is required/],
    ["wrong enum in a limit", workspaceSpec, { name: "a", usageLimits: [{ type: "dollars" }] }, "usageLimits", /usageLimits\[0\]\.type must be one of: cost, tokens/],
    ["out-of-range number", workspaceSpec, { name: "a", rateLimits: [{ type: "requests", unit: "rpm", value: 0 }] }, "rateLimits", /rateLimits\[0\]\.value must be >= 1/],
    ["unknown key in a limit", workspaceSpec, { name: "a", rateLimits: [{ type: "requests", unit: "rpm", value: 1, burst: 2 }] }, "rateLimits", /unknown key "burst"/],
    ["malformed JSON string", gatewayConfigSpec, { name: "c", config: '{"retry": ' }, "config", /GatewayConfig\.config must be valid JSON/],
    ["HCL where JSON is wanted", gatewayConfigSpec, { name: "c", config: 'retry = { attempts = 3 }' }, "config", /looks like HCL/],
    ["empty config", gatewayConfigSpec, { name: "c", config: {} }, "config", /GatewayConfig\.config must not be empty: give at least one of strategy, targets, retry, cache/],
    ["bad strategy mode", gatewayConfigSpec, { name: "c", config: { strategy: { mode: "random" } } }, "config", /config\.strategy\.mode must be one of/],
    ["slug with capitals", integrationSpec, { name: "i", aiProviderId: "openai", slug: "My_Slug" }, "slug", /slug must match/],
    ["more than one usage limit on access", integrationWorkspaceAccessSpec, { integrationId: "i", workspaceId: "w", usageLimits: [{ type: "cost" }, { type: "tokens" }] }, "usageLimits", /takes at most 1 item/],
    ["unknown argument", virtualKeySpec, { name: "k", workspaceId: "w", integrationId: "i", colour: "red" }, "colour", /colour is not a known argument/],
    ["output-only field given", workspaceSpec, { name: "a", slug: "ws-mine" }, "slug", /Workspace\.slug is set by Portkey and cannot be given/],
    ["bad import id", virtualKeySpec, { name: "k", workspaceId: "w", integrationId: "i", importId: "only-one-part" }, "importId", /must have the form workspaceId:id/],
  ];
  for (const [name, spec, inputs, property, reason] of rows) {
    it(name, () => {
      const failures = validateInputs(spec, inputs);
      const hit = failures.find((f) => f.property === property);
      expect(hit, JSON.stringify(failures)).to.not.equal(undefined);
      expect(hit!.reason).to.match(reason);
    });
  }

  it("accepts valid inputs, JSON strings included", () => {
    expect(validateInputs(gatewayConfigSpec, { name: "c", config: '{"retry": {"attempts": 2}}' })).to.deep.equal([]);
    expect(validateInputs(workspaceSpec, { name: "a", usageLimits: '[{"type":"cost","creditLimit":5}]' })).to.deep.equal([]);
  });

  it("skips values not known until apply", () => {
    expect(validateInputs(virtualKeySpec, { name: "k", workspaceId: UNKNOWN, integrationId: UNKNOWN })).to.deep.equal([]);
  });
});
