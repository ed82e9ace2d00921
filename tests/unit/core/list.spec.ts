// The shared pager under a server that caps the page size. Its guards against
// answers that make no sense are in list-guards.spec.ts.
import { expect } from "chai";
import { listAll, listByCursor, MAX_PAGES, PageStyle } from "../../../provider/core/list";
import { ApiClient } from "../../../provider/http";
import { expectEveryMockUsed, nock, useNock } from "../../helpers/nock";

const BASE = "https://api.portkey.test";
const items = (from: number, n: number) => Array.from({ length: n }, (_, i) => ({ id: `o-${from + i}` }));
const client = () => new ApiClient({ vendor: "portkey", baseUrl: `${BASE}/v1`, apiKey: "pk-list-test", authHeader: "x-portkey-api-key", maxRetries: 0 });

/** nock for the suite, and every reply it set up must have been asked for. */
function useAllMocksCalled(): void {
  useNock();
  expectEveryMockUsed();
}

/** Answers GET /things in pages of 2: `bodies[k]` for page `first + k`, asked with `size` and `page` as parameter names. */
function replyPages(size: string, page: string, first: number, bodies: object[]): void {
  const scope = nock(BASE);
  bodies.forEach((body, k) =>
    scope
      .get("/v1/things")
      .query({ [size]: 2, [page]: first + k })
      .reply(200, body),
  );
}

describe("listAll", () => {
  useAllMocksCalled();

  it("follows total when the server answers shorter pages than asked", async () => {
    nock(BASE)
      .get("/v1/providers")
      .query({ page_size: 100, current_page: 0 })
      .reply(200, { object: "list", total: 70, data: items(0, 50) })
      .get("/v1/providers")
      .query({ page_size: 100, current_page: 1 })
      .reply(200, { object: "list", total: 70, data: items(50, 20) });
    expect((await listAll(client(), "/providers")).map((o) => o.id)).to.have.length(70);
  });

  it("without a total, a short page is the last", async () => {
    nock(BASE)
      .get("/v1/things")
      .query({ page_size: 100, current_page: 0 })
      .reply(200, { data: items(0, 3) });
    expect(await listAll(client(), "/things")).to.have.length(3);
  });

  it("stops on an empty page even if total promised more", async () => {
    nock(BASE)
      .get("/v1/things")
      .query({ page_size: 2, current_page: 0 })
      .reply(200, { total: 5, data: items(0, 2) })
      .get("/v1/things")
      .query({ page_size: 2, current_page: 1 })
      .reply(200, { total: 5, data: [] });
    expect(await listAll(client(), "/things", {}, "data", 2)).to.have.length(2);
  });
});

describe("listAll: the page styles", () => {
  useAllMocksCalled();

  // Each style's parameter names and first page; two pages of 2 then a short one.
  const STYLES: [PageStyle, string, string, number, string][] = [
    ["page", "page_size", "current_page", 0, "workspaces, keys, configs"],
    ["pageCamel", "pageSize", "currentPage", 0, "users and invites"],
    ["pageNumber", "page_size", "page", 0, "SCIM mappings, counted by total_count"],
    ["pageFromOne", "page_size", "page", 1, "MCP capabilities"],
  ];
  for (const [style, size, page, first, used] of STYLES) {
    it(`${style} (${used}): asks ${size}/${page} from page ${first} and follows every page`, async () => {
      replyPages(
        size,
        page,
        first,
        [items(0, 2), items(2, 2), items(4, 1)].map((data) => ({ total_count: 5, data })),
      );
      expect((await listAll(client(), "/things", {}, "data", 2, MAX_PAGES, style)).map((o) => o.id)).to.deep.equal(items(0, 5).map((o) => o.id));
    });
  }

  it("has_more: false ends the walk after a full page, has_more: true goes on after a short one", async () => {
    replyPages("page_size", "page", 1, [
      { has_more: true, data: items(0, 1) },
      { has_more: false, data: items(1, 2) },
    ]);
    expect(await listAll(client(), "/things", {}, "data", 2, MAX_PAGES, "pageFromOne")).to.have.length(3);
  });

  it("a has_more: false on a list that does not page by it ends nothing: full pages go on", async () => {
    replyPages("page_size", "current_page", 0, [
      { has_more: false, data: items(0, 2) },
      { has_more: false, data: items(2, 1) },
    ]);
    expect(await listAll(client(), "/things", {}, "data", 2)).to.have.length(3);
  });
});

describe("listByCursor", () => {
  useAllMocksCalled();
  const TOKTRA = "https://api.toktra.test";
  const client = () =>
    new ApiClient({ vendor: "toktra", baseUrl: `${TOKTRA}/v1`, apiKey: "tk-list-test", authHeader: "authorization", authScheme: "bearer", maxRetries: 0 });

  it("follows next_cursor until has_more is false", async () => {
    nock(TOKTRA)
      .get("/v1/policies")
      .query({ limit: 100 })
      .reply(200, { items: items(0, 100), next_cursor: "c1", has_more: true, total_count: 130 })
      .get("/v1/policies")
      .query({ limit: 100, cursor: "c1" })
      .reply(200, { items: items(100, 30), next_cursor: null, has_more: false, total_count: 130 });
    expect(await listByCursor(client(), "/policies")).to.have.length(130);
  });

  it("fails when a cursor comes back a second time, rather than answer with what it had", async () => {
    nock(TOKTRA)
      .get("/v1/budgets")
      .query({ limit: 100 })
      .reply(200, { items: items(0, 1), next_cursor: "same", has_more: true })
      .get("/v1/budgets")
      .query({ limit: 100, cursor: "same" })
      .reply(200, { items: items(1, 1), next_cursor: "same", has_more: true });
    const err = await listByCursor(client(), "/budgets").then(
      () => undefined,
      (e: Error) => e,
    );
    expect(err?.message).to.match(
      /^toktra API: GET \/budgets answered page 2 with a cursor it had given before \(the pages loop\); the list cannot be trusted/,
    );
  });
});
