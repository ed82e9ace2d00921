import { expect } from "chai";
import { canonical, sameAsServer, sameValue, stripServerDefaults } from "../../../provider/core/normalize";
import { FieldSpec } from "../../../spec/core/types";
import { gatewayConfigSpec } from "../../../spec/portkey/gateway-config";
import { guardrailSpec } from "../../../spec/portkey/guardrail";
import { workspaceSpec } from "../../../spec/portkey/workspace";

const config = gatewayConfigSpec.fields.config!;
const checks = guardrailSpec.fields.checks!;
const limits = workspaceSpec.fields.usageLimits!;
const text: FieldSpec = { doc: "", schema: { type: "string" } };

describe("normalize", () => {
  describe("canonical", () => {
    const rows: [string, unknown, string][] = [
      ["sorts keys at every depth", { b: 1, a: { d: 2, c: 3 } }, '{"a":{"c":3,"d":2},"b":1}'],
      ["keeps array order", [3, 1, 2], "[3,1,2]"],
      ["passes scalars", "x", '"x"'],
    ];
    for (const [name, input, want] of rows) it(name, () => expect(canonical(input)).to.equal(want));
  });

  describe("sameValue (user value against state)", () => {
    const rows: [string, FieldSpec, unknown, unknown, boolean][] = [
      [
        "object and JSON string with other spacing and key order",
        config,
        { retry: { attempts: 3 }, cache: { mode: "simple" } },
        '{ "cache": {"mode":"simple"},\n "retry": {"attempts": 3} }',
        true,
      ],
      ["different values", config, { retry: { attempts: 3 } }, { retry: { attempts: 4 } }, false],
      ["limits as objects and as text", limits, [{ type: "cost", creditLimit: 5 }], '[{"creditLimit": 5, "type": "cost"}]', true],
      ["unset and empty string", text, undefined, "", true],
      ["unset and a value", text, undefined, "a", false],
      ["unset and empty list", limits, undefined, [], true],
    ];
    for (const [name, field, a, b, want] of rows) it(name, () => expect(sameValue(field, a, b)).to.equal(want));
  });

  describe("server defaults", () => {
    it("drops a default the server added and the user did not write", () => {
      const server = { strategy: { mode: "single" }, retry: { attempts: 3 } };
      expect(stripServerDefaults(server, { retry: { attempts: 3 } }, { strategy: { mode: "single" } })).to.deep.equal({ retry: { attempts: 3 } });
    });
    it("keeps a default the user wrote", () => {
      const user = { strategy: { mode: "single" }, retry: { attempts: 3 } };
      expect(stripServerDefaults(user, user, { strategy: { mode: "single" } })).to.deep.equal(user);
    });
    it("keeps a non-default value in a defaulted key", () => {
      const server = { strategy: { mode: "fallback" } };
      expect(stripServerDefaults(server, {}, { strategy: { mode: "single" } })).to.deep.equal(server);
    });
    it("a server config with injected defaults and reordered keys means what the user wrote", () => {
      const server = { strategy: { mode: "single" }, retry: { attempts: 3 }, cache: { mode: "simple" } };
      expect(sameAsServer(config, server, '{"cache":{"mode":"simple"},"retry":{"attempts":3}}')).to.equal(true);
    });
    it("in a list document, defaults apply to each element, added or omitted by the server", () => {
      const mine = [
        { id: "default.wordCount", parameters: { maxWords: 9 } },
        { id: "portkey.pii", is_enabled: true },
      ];
      const added = [
        { parameters: { maxWords: 9 }, is_enabled: true, id: "default.wordCount" },
        { is_enabled: true, id: "portkey.pii" },
      ];
      const omitted = [{ id: "default.wordCount", parameters: { maxWords: 9 } }, { id: "portkey.pii" }];
      expect(sameAsServer(checks, added, mine)).to.equal(true);
      expect(sameAsServer(checks, omitted, JSON.stringify(mine))).to.equal(true);
    });
    it("a check switched off is still a difference", () => {
      expect(sameAsServer(checks, [{ id: "portkey.pii", is_enabled: false }], [{ id: "portkey.pii" }])).to.equal(false);
    });
  });
});

describe("normalize: server values are read through the field's schema", () => {
  it("drops members a closed schema does not name and empty members", () => {
    const server = [{ type: "cost", creditLimit: 5, periodicReset: "", nextUsageResetAt: "2026-12-01T00:00:00Z" }];
    expect(sameAsServer(limits, server, [{ type: "cost", creditLimit: 5 }])).to.equal(true);
  });
  it("still sees a real difference", () => {
    expect(sameAsServer(limits, [{ type: "cost", creditLimit: 6 }], [{ type: "cost", creditLimit: 5 }])).to.equal(false);
  });
});
