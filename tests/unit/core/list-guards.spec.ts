// The list walks under answers that make no sense: the same page forever, a
// cursor that never ends, a total that lies, has_more without a cursor. Each
// either returns every object once or fails clearly; none answers wrongly.
import { expect } from "chai";
import { listAll, listByCursor, listCollection, MAX_PAGES } from "../../../provider/core/list";
import { findCreated } from "../../../provider/core/recover";
import { ApiClient, InvalidResponseError } from "../../../provider/http";
import { workspaceSpec } from "../../../spec/portkey/workspace";
import { budgetSpec } from "../../../spec/toktra/budget";
import { nock, useNock } from "../../helpers/nock";

const PORTKEY = "https://api.portkey.test";
const TOKTRA = "https://api.toktra.test";
const items = (from: number, n: number) => Array.from({ length: n }, (_, i) => ({ id: `o-${from + i}`, name: `n${from + i}` }));
const portkey = () => new ApiClient({ vendor: "portkey", baseUrl: `${PORTKEY}/v1`, apiKey: "pk-guard-test", authHeader: "x-portkey-api-key", maxRetries: 0 });
const toktra = () =>
  new ApiClient({ vendor: "toktra", baseUrl: `${TOKTRA}/v1`, apiKey: "tk-guard-test", authHeader: "authorization", authScheme: "bearer", maxRetries: 0 });

/** Answers every GET of `path` on `base` with `page(query, n)`, n counting from 0; returns the request count. */
function serve(base: string, path: string, page: (q: URLSearchParams, n: number) => object): { count: number } {
  const seen = { count: 0 };
  nock(base)
    .get((p) => p.startsWith(`/v1${path}`))
    .query(true)
    // nock 15 hands the reply callback the fetch Request.
    .reply(200, (req: unknown) => page(new URL(typeof req === "string" ? req : (req as Request).url, base).searchParams, seen.count++))
    .persist();
  return seen;
}

async function failure(p: Promise<unknown>): Promise<Error> {
  const err = await p.then(
    () => undefined,
    (e: Error) => e,
  );
  expect(err, "the walk should have failed").to.be.instanceOf(InvalidResponseError);
  return err!;
}

describe("list walks: answers that make no sense", () => {
  useNock();
  afterEach(() => nock.cleanAll());

  describe("page numbers (Portkey)", () => {
    // The same page again and again, whatever was asked: page sizes and totals vary.
    for (const [size, total] of [
      [2, 2000],
      [100, undefined],
      [50, 1_000_000],
    ] as const) {
      it(`the same full page of ${size} forever (total ${total ?? "absent"}) fails at the second page`, async () => {
        const seen = serve(PORTKEY, "/things", () => ({ ...(total !== undefined ? { total } : {}), data: items(0, size) }));
        const err = await failure(listAll(portkey(), "/things", {}, "data", size));
        expect(err.message).to.match(/^portkey API: GET \/things answered page 2 with only objects an earlier page listed \(the same page again\)/);
        expect(seen.count).to.equal(2);
      });
    }

    // A total that says fewer than there are: full pages are followed until a short or empty one.
    for (const [lie, real, size] of [
      [1, 150, 100],
      [0, 250, 100],
      [100, 150, 100],
      [3, 7, 2],
    ] as const) {
      it(`a total of ${lie} with ${real} objects (pages of ${size}) lists all ${real}`, async () => {
        serve(PORTKEY, "/things", (q) => {
          const from = Number(q.get("current_page")) * size;
          return { total: lie, data: items(from, Math.max(0, Math.min(size, real - from))) };
        });
        const got = await listAll(portkey(), "/things", {}, "data", size);
        expect(got.map((o) => o.id)).to.deep.equal(items(0, real).map((o) => o.id));
      });
    }

    // The lost-create lookup walks the same pages: a lying total must not hide the object a lost create made.
    for (const at of [0, 99, 100, 149]) {
      it(`the lost-create lookup finds a committed create at position ${at} of 150 when total says 1`, async () => {
        serve(PORTKEY, "/admin/workspaces", (q) => {
          const from = Number(q.get("current_page")) * 100;
          const data = items(from, Math.max(0, Math.min(100, 150 - from))).map((o, i) => (from + i === at ? { ...o, name: "Committed" } : o));
          return { total: 1, data };
        });
        const found = await findCreated(portkey(), workspaceSpec, { name: "Committed" }, 0);
        expect(found[0]?.id).to.equal(`o-${at}`);
      });
    }

    it("an object listed twice because a create shifted the pages is kept once", async () => {
      // Page 2 starts with page 1's last object, as an offset page does after one insert.
      const pages = [items(0, 3), items(2, 3), items(5, 1)];
      serve(PORTKEY, "/things", (q) => ({ total: 7, data: pages[Number(q.get("current_page"))] ?? [] }));
      expect((await listAll(portkey(), "/things", {}, "data", 3)).map((o) => o.id)).to.deep.equal(items(0, 6).map((o) => o.id));
    });

    it(`an endless list of new objects fails after ${MAX_PAGES} pages, not silently`, async () => {
      const seen = serve(PORTKEY, "/admin/workspaces", (q) => ({ data: items(Number(q.get("current_page")) * 100, 100) }));
      const err = await failure(listCollection(portkey(), workspaceSpec));
      expect(err.message).to.match(new RegExp(`GET /admin/workspaces still had more after ${MAX_PAGES} pages; the list cannot be trusted`));
      expect(seen.count).to.equal(MAX_PAGES);
    });
  });

  describe("cursors (Toktra)", () => {
    it("a cursor that never ends, with the same objects each time, fails at the second page", async () => {
      // The client's base is {apiUrl}, as the provider's: the collection path carries /v1/api.
      const seen = serve(TOKTRA, "/api/budgets", (_q, n) => ({ items: items(0, 3), next_cursor: `c${n + 1}`, has_more: true }));
      const client = new ApiClient({
        vendor: "toktra",
        baseUrl: TOKTRA,
        apiKey: "tk-guard-test",
        authHeader: "authorization",
        authScheme: "bearer",
        maxRetries: 0,
      });
      const err = await failure(listCollection(client, budgetSpec));
      expect(err.message).to.match(/^toktra API: GET \/v1\/api\/budgets answered page 2 with only objects an earlier page listed/);
      expect(seen.count).to.equal(2);
    });

    for (const bound of [5, 40]) {
      it(`a cursor that never ends, with new objects each time, fails at the bound (${bound} pages)`, async () => {
        const seen = serve(TOKTRA, "/budgets", (_q, n) => ({ items: items(n * 10, 10), next_cursor: `c${n + 1}`, has_more: true }));
        const err = await failure(listByCursor(toktra(), "/budgets", {}, "items", 10, bound));
        expect(err.message).to.match(new RegExp(`still had more after ${bound} pages`));
        expect(seen.count).to.equal(bound);
      });
    }

    // A cursor that comes back after a few others: a loop of any length is caught.
    for (const loop of [1, 2, 5]) {
      it(`cursors looping with a period of ${loop} fail when the first repeats`, async () => {
        const seen = serve(TOKTRA, "/policies", (_q, n) => ({ items: items(n, 1), next_cursor: `c${n % loop}`, has_more: true }));
        const err = await failure(listByCursor(toktra(), "/policies"));
        expect(err.message).to.match(/with a cursor it had given before \(the pages loop\)/);
        expect(seen.count).to.equal(loop + 1);
      });
    }

    it("has_more without a next_cursor fails", async () => {
      serve(TOKTRA, "/policies", () => ({ items: items(0, 2), next_cursor: null, has_more: true }));
      expect((await failure(listByCursor(toktra(), "/policies"))).message).to.match(/answered page 1 with has_more but no next_cursor/);
    });

    it("a total_count that lies does not stop the walk: has_more and the cursor do", async () => {
      serve(TOKTRA, "/policies", (q) => {
        const n = Number(q.get("cursor") ?? 0);
        return { items: items(n * 100, n < 1 ? 100 : 50), total_count: 1, next_cursor: n < 1 ? String(n + 1) : null, has_more: n < 1 };
      });
      expect(await listByCursor(toktra(), "/policies")).to.have.length(150);
    });
  });
});
