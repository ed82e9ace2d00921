import { expect } from "chai";
import { UNKNOWN } from "../../../provider/core/spec";
import { compileAtRunTime, precompiledFor, validateInputs, validatorFor } from "../../../provider/core/validate";
import { gatewayConfigSpec } from "../../../provider/portkey/gateway-config";
import { integrationSpec } from "../../../provider/portkey/integration";
import { integrationWorkspaceAccessSpec } from "../../../provider/portkey/integration-workspace-access";
import { virtualKeySpec } from "../../../provider/portkey/virtual-key";
import { workspaceSpec } from "../../../provider/portkey/workspace";
import { allSpecs } from "../../../tools/validators";

describe("validate: messages name the resource, the field and the rule", () => {
  const rows: [string, typeof workspaceSpec, Record<string, unknown>, string, RegExp][] = [
    ["missing required name", workspaceSpec, {}, "name", /^Workspace\.name is required/],
    ["wrong enum in a limit", workspaceSpec, { name: "a", usageLimits: [{ type: "dollars" }] }, "usageLimits", /usageLimits\[0\]\.type must be one of: cost, tokens/],
    ["out-of-range number", workspaceSpec, { name: "a", rateLimits: [{ type: "requests", unit: "rpm", value: 0 }] }, "rateLimits", /rateLimits\[0\]\.value must be >= 1/],
    ["unknown key in a limit", workspaceSpec, { name: "a", rateLimits: [{ type: "requests", unit: "rpm", value: 1, burst: 2 }] }, "rateLimits", /unknown key "burst"/],
    ["malformed JSON string", gatewayConfigSpec, { name: "c", config: '{"retry": ' }, "config", /GatewayConfig\.config must be valid JSON/],
    ["HCL where JSON is wanted", gatewayConfigSpec, { name: "c", config: 'retry = { attempts = 3 }' }, "config", /looks like HCL/],
    ["empty config", gatewayConfigSpec, { name: "c", config: {} }, "config", /config must NOT have fewer than 1 properties|config/],
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

describe("validate: validators precompiled by the build", () => {
  const specs = allSpecs();

  it("cover every field of every resource description", () => {
    expect(specs.map((s) => s.name)).to.include.members(["Workspace", "Integration", "IntegrationWorkspaceAccess", "VirtualKey", "GatewayConfig"]);
    for (const spec of specs) {
      for (const [key, field] of Object.entries(spec.fields)) expect(precompiledFor(field.schema), `${spec.name}.${key}`).to.be.a("function");
    }
  });

  it("report exactly what the run-time compiler reports", () => {
    const samples: unknown[] = ["", "x".repeat(101), "My_Slug", 3, true, null, {}, [], [{ type: "dollars", burst: 1 }], [{ type: "requests", unit: "rpm", value: 0 }, { type: "tokens" }], { strategy: {}, retry: { attempts: 9 } }];
    for (const spec of specs) {
      for (const [key, field] of Object.entries(spec.fields)) {
        const pre = precompiledFor(field.schema)!;
        const live = compileAtRunTime(field.schema);
        for (const value of samples) {
          expect(pre(value), `${spec.name}.${key} ${JSON.stringify(value)}`).to.equal(live(value));
          expect(pre.errors ?? null, `${spec.name}.${key} ${JSON.stringify(value)}`).to.deep.equal(live.errors ?? null);
        }
      }
    }
  });

  it("are looked up by the schema's content, so a changed schema is compiled afresh, not served stale", () => {
    const changed = { ...workspaceSpec.fields.name!, schema: { type: "string", minLength: 1, maxLength: 5 } };
    expect(precompiledFor(changed.schema)).to.equal(undefined);
    const v = validatorFor(changed);
    expect(v("abcdef")).to.equal(false);
    expect(v("abc")).to.equal(true);
    // Same text, different key order: the same validator.
    const reordered = { maxLength: 100, minLength: 1, type: "string" };
    expect(precompiledFor(reordered)).to.equal(precompiledFor(workspaceSpec.fields.name!.schema));
  });
});
