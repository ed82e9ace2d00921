// Every path built from a user's or a server's value: dot segments and empty
// ones are refused before any request, everything else is one encoded segment.
import { expect } from "chai";
import { configureFrom } from "../../../provider/core/config";
import { ValidationError } from "../../../provider/core/errors";
import { providerFor } from "../../../provider/core/module";
import { itemPath } from "../../../provider/core/resource";
import { importIdProblem, validateInputs } from "../../../provider/core/validate";
import { ApiClient } from "../../../provider/http";
import { assertSafePath, fillPath, segment } from "../../../provider/http/path";
import { RESOURCES } from "../../../spec";
import { nock, useNock } from "../../helpers/nock";

// Values a URL parser would resolve away, or that leave a segment empty.
const REFUSED = [".", "..", "", " ", "\t"];
// Values that must arrive as exactly one segment, whatever they hold.
const ENCODED: [string, string][] = [
  ["a/b", "a%2Fb"],
  ["../workspaces", "..%2Fworkspaces"],
  ["a/../b", "a%2F..%2Fb"],
  ["%2e%2e", "%252e%252e"],
  ["%2E", "%252E"],
  ["...", "..."],
  [".a", ".a"],
  ["a.", "a."],
  ["a b", "a%20b"],
  ["a?b#c", "a%3Fb%23c"],
  ["ü", "%C3%BC"],
  ["ws-1f3a", "ws-1f3a"],
];

describe("path builder", () => {
  describe("segment", () => {
    for (const v of REFUSED) {
      it(`refuses ${JSON.stringify(v)}, naming what it is`, () => {
        expect(() => segment(v, "Workspace id")).to.throw(ValidationError, /^Workspace id must not be/);
      });
    }
    for (const [v, out] of ENCODED) it(`encodes ${JSON.stringify(v)} as one segment`, () => expect(segment(v, "x")).to.equal(out));
    for (const v of [undefined, null, {}, ["a"], true])
      it(`refuses a ${JSON.stringify(v) ?? "undefined"} value`, () => expect(() => segment(v, "x")).to.throw(/must be a string/));
    it("takes a number as its digits", () => expect(segment(42, "x")).to.equal("42"));
  });

  describe("fillPath", () => {
    it("fills each placeholder with one encoded segment", () => {
      expect(fillPath("/integrations/{a}/workspaces/{b}", { a: "x/y", b: "%2e" }, "T")).to.equal("/integrations/x%2Fy/workspaces/%252e");
    });
    for (const v of REFUSED) {
      it(`refuses ${JSON.stringify(v)} in any placeholder, naming the placeholder`, () => {
        expect(() => fillPath("/a/{first}/b/{second}", { first: "ok", second: v }, "IntegrationWorkspaceAccess")).to.throw(
          /^IntegrationWorkspaceAccess: second must not be/,
        );
      });
    }
  });

  describe("itemPath of every resource addressed by a key", () => {
    // The access grant's path is built by its hooks, from integrationId (below).
    for (const spec of RESOURCES.filter((r) => r.api.item.includes("{key}"))) {
      for (const v of REFUSED) {
        it(`${spec.name}: refuses the key ${JSON.stringify(v)}`, () => {
          expect(() => itemPath(spec, v)).to.throw(new RegExp(`^${spec.name} ${spec.api.pathKey} must not be`));
        });
      }
      for (const [v, out] of ENCODED) {
        it(`${spec.name}: ${JSON.stringify(v)} stays inside its segment`, () => {
          const path = itemPath(spec, v);
          expect(path).to.equal(spec.api.item.replace("{key}", out));
          expect(() => assertSafePath(path)).not.to.throw();
        });
      }
    }
  });

  describe("the client's last guard", () => {
    const unsafe = ["/a/../b", "/a/./b", "/a/..", "/..", "/a//b", "/a/%2e%2e/b", "/a/%2E/b", "/a/.%2e/b", "a/b", "/a/b/"];
    for (const p of unsafe) it(`refuses ${p}`, () => expect(() => assertSafePath(p)).to.throw(ValidationError, /empty or dot segment/));
    for (const p of ["/a/b", "/a/...", "/a/%252e%252e", "/a/b?x=../y", "/a/.b"]) it(`lets ${p} through`, () => expect(() => assertSafePath(p)).not.to.throw());
  });

  describe("import ids of every resource", () => {
    for (const spec of RESOURCES) {
      const sep = spec.importId.separator ?? "";
      for (const bad of [".", ".."]) {
        for (let i = 0; i < spec.importId.parts.length; i++) {
          const parts = spec.importId.parts.map((p, j) => (j === i ? bad : `${p}-1`));
          const id = parts.join(sep);
          it(`${spec.name}: refuses ${JSON.stringify(id)} at check, naming ${spec.importId.parts[i]}`, () => {
            expect(importIdProblem(spec, id)).to.match(new RegExp(`its ${spec.importId.parts[i]} must not be "${bad.replace(/\./g, "\\.")}"`));
            const failures = validateInputs(spec, { importId: id });
            expect(failures.map((f) => f.reason)).to.include(`${spec.name}.${importIdProblem(spec, id)!}`);
          });
        }
      }
    }
  });
});

describe("no request reaches another endpoint", () => {
  useNock();
  before(() =>
    configureFrom({
      get: (k) =>
        ({
          "portkey:apiKey": "pk-path-test",
          "portkey:baseUrl": "https://api.portkey.test/v1",
          "toktra:apiKey": "tk-path-test",
          "toktra:apiUrl": "https://api.toktra.test",
        })[k],
    }),
  );
  afterEach(() => nock.cleanAll());

  // Ids from state, as `refresh`, `up` and `destroy` pass them; the default REST calls and every hook.
  for (const spec of RESOURCES) {
    for (const bad of ["..", ".", ""]) {
      const state = { [spec.api.pathKey]: bad, id: bad, integrationId: bad, mcpIntegrationId: bad, workspaceId: "ws-1", name: "n" };
      for (const op of ["read", "delete"] as const) {
        it(`${spec.name} ${op} with the id ${JSON.stringify(bad)} is refused before any request`, async () => {
          const provider = providerFor(spec);
          const err = await (op === "read" ? provider.read!(bad, state) : provider.delete!(bad, state)).then(
            () => undefined,
            (e: Error) => e,
          );
          expect(err?.message).to.match(/must not be|empty or dot segment/);
          expect(nock.pendingMocks()).to.deep.equal([]);
        });
      }
    }
  }

  it("the client refuses a dot path even when given one directly", async () => {
    const client = new ApiClient({ vendor: "portkey", baseUrl: "https://api.portkey.test/v1", apiKey: "pk-path-test", authHeader: "x-portkey-api-key" });
    const err = await client.put("/integrations/../workspaces").then(
      () => undefined,
      (e: Error) => e,
    );
    expect(err).to.be.instanceOf(ValidationError);
    expect(client.stats.requests).to.equal(0);
  });
});
