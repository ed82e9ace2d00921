// Pulumi's serializer recurses into program values, so a value nested
// thousands of levels deep would crash the program with a stack trace before
// `check` runs. The SDK sends a marker in its place, which `check` refuses by name.
import { expect } from "chai";
import * as pulumi from "@pulumi/pulumi";
import { MAX_DEPTH, TOO_DEEP, tooDeep } from "../../../provider/core/structure";
import { validateInputs } from "../../../provider/core/validate";
import { prepare } from "../../../sdk/core/resource";
import { gatewayConfigSpec } from "../../../spec/portkey/gateway-config";
import { workspaceSpec } from "../../../spec/portkey/workspace";
import { nested } from "../../helpers/structural-cases";

describe("arguments too deep to serialize", () => {
  for (const depth of [MAX_DEPTH + 1, 2_000, 200_000]) {
    it(`a value ${depth} levels deep is sent as the marker, and check names the field`, () => {
      const { props } = prepare(gatewayConfigSpec, "c", { name: "c", config: nested(depth) });
      expect(props.config).to.equal(TOO_DEEP);
      expect(validateInputs(gatewayConfigSpec, { name: "c", config: props.config })).to.deep.include({
        property: "config",
        reason: `GatewayConfig.config nests deeper than ${MAX_DEPTH} levels; flatten it (no real setting needs that depth)`,
      });
    });
  }
  it("an unknown argument too deep is named as unknown, not serialized", () => {
    const { props } = prepare(workspaceSpec, "w", { name: "w", extra: nested(5_000) } as object);
    expect(props.extra).to.equal(TOO_DEEP);
  });
  it(`${MAX_DEPTH} levels pass as they are`, () => {
    const value = nested(MAX_DEPTH);
    expect(prepare(gatewayConfigSpec, "c", { name: "c", config: value }).props.config).to.equal(value);
  });
  it("Outputs and shared values are not walked into", () => {
    const shared = { a: 1 };
    const wide = Array.from({ length: 50 }, () => ({ x: shared, y: [shared, shared] }));
    expect(tooDeep(wide)).to.equal(false);
    expect(tooDeep({ o: pulumi.output(nested(10)) })).to.equal(false);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(tooDeep(cyclic)).to.equal(false);
  });
});
