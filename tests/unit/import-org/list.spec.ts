// What import-org lists, derived from the registry: one listing per parent
// where the path or a required filter names one; import ids in each format.
import { strict as assert } from "assert";
import { RESOURCES, resourceNamed } from "../../../spec";
import { importIdOf, inParallel, scopesOf } from "../../../sdk/import-org/list";
import { parentsFirst } from "../../../sdk/import-org/model";
import { obj, openai, scoped, wsA, wsB } from "./fake";

describe("import-org: listings derived from the registry", () => {
  it("the access list is read once per integration, through its collection path", () => {
    const scopes = scopesOf(resourceNamed("IntegrationWorkspaceAccess")!, [wsA, openai, scoped]);
    assert.deepEqual(
      scopes.map((s) => [s.path, s.fixed]),
      [
        ["/integrations/openai-prod/workspaces", { integrationId: "openai-prod" }],
        ["/integrations/b-only/workspaces", { integrationId: "b-only" }],
      ],
    );
  });

  it("virtual keys are listed per workspace, as their list's required filter says", () => {
    const scopes = scopesOf(resourceNamed("VirtualKey")!, [wsA, wsB, openai]);
    assert.deepEqual(
      scopes.map((s) => s.query),
      [{ workspace_id: wsA.id }, { workspace_id: wsB.id }],
    );
  });

  it("every resource in the registry can be listed once its parents are (a new one needs no edit here)", () => {
    // One object of every type, so whatever a listing is scoped by exists once.
    const one = RESOURCES.map((r) => obj(r.name, `${r.file}-1`, {}, { slug: `${r.file}-1` }));
    for (const spec of parentsFirst([...RESOURCES])) {
      const scopes = scopesOf(spec, one);
      assert.equal(scopes.length, 1, spec.name);
      assert.doesNotMatch(scopes[0]!.path, /\{/, `${spec.name}: a placeholder left in ${scopes[0]!.path}`);
    }
  });

  it("parents come first in the listing order", () => {
    const order = parentsFirst([...RESOURCES].reverse()).map((s) => s.name);
    for (const spec of RESOURCES)
      for (const p of spec.parents ?? []) assert.ok(order.indexOf(p.resource) < order.indexOf(spec.name), `${p.resource} before ${spec.name}`);
  });

  const ids: [string, string, Record<string, unknown>, string][] = [
    ["Workspace", "uuid-1", {}, "uuid-1"],
    ["VirtualKey", "uuid-2", { workspaceId: "ws-a" }, "ws-a:uuid-2"],
    ["Integration", "uuid-3", { slug: "openai-prod" }, "openai-prod"],
    ["IntegrationWorkspaceAccess", "ws-a", { integrationId: "openai-prod" }, "openai-prod/ws-a"],
    ["Budget", "bud_1", {}, "bud_1"],
  ];
  for (const [type, id, values, expected] of ids)
    it(`${type}'s import id is "${expected}"`, () => assert.equal(importIdOf(resourceNamed(type)!, id, values), expected));

  it("reads run a few at a time and come back in the listing's order", async () => {
    let running = 0;
    let peak = 0;
    const out = await inParallel([5, 1, 4, 2, 3, 0], 3, async (n) => {
      peak = Math.max(peak, ++running);
      await new Promise((r) => setTimeout(r, n * 3));
      running--;
      return n * 10;
    });
    assert.deepEqual(out, [50, 10, 40, 20, 30, 0]);
    assert.equal(peak, 3);
  });
});
