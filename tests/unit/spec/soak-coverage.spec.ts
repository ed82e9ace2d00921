// The fault soak must cover every resource in the registry: a type its
// programs leave out would never meet faults. The programs run here against
// an SDK that only counts what they declare.
import { expect } from "chai";
import { RESOURCES } from "../../../spec";
import type { Sdk } from "../../helpers/installed";
import { declareSoak, declareTwin, SOAK_DECLARED, TWIN_DECLARED, TWIN_LEAVES_OUT } from "../../helpers/soak-mix";

/** An SDK whose classes count their instances by `vendor:Type`; outputs are placeholders. */
function countingSdk(): { s: Sdk; declared: Map<string, number> } {
  const declared = new Map<string, number>();
  const vendor = (name: string) =>
    new Proxy(
      {},
      {
        get: (_, type) =>
          class {
            readonly id = `${String(type)}-id`;
            readonly slug = `${String(type)}-slug`;
            constructor() {
              const key = `${name}:${String(type)}`;
              declared.set(key, (declared.get(key) ?? 0) + 1);
            }
          },
      },
    );
  return { s: { portkey: vendor("portkey"), toktra: vendor("toktra") } as unknown as Sdk, declared };
}

const registry = RESOURCES.map((r) => `${r.vendor}:${r.name}`);

const PROGRAMS: [what: string, declare: (s: Sdk) => void, expected: string[], total: number][] = [
  ["the single soak", declareSoak, registry, SOAK_DECLARED],
  ["each twin stack", (s) => declareTwin(s, "staging"), registry.filter((t) => !TWIN_LEAVES_OUT.includes(t)), TWIN_DECLARED],
];

describe("fault soak coverage", () => {
  for (const [what, declare, expected, total] of PROGRAMS) {
    it(`${what} declares every registry type it can, and as many resources as it counts`, () => {
      const { s, declared } = countingSdk();
      declare(s);
      expect([...declared.keys()].sort()).to.deep.equal([...expected].sort());
      expect([...declared.values()].reduce((a, b) => a + b, 0)).to.equal(total);
    });
  }

  it("leaves out of the twin stacks only what one organisation holds once", () => {
    expect(TWIN_LEAVES_OUT).to.deep.equal(["toktra:SsoConfig"]);
  });
});
