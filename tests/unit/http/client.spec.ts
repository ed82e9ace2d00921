// The HTTP core's behaviour on the wire, with nock.
import { expect } from "chai";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { nock, useNock } from "../../helpers/nock";
import { ApiClient, checkBaseUrl, ClientOptions, VERSION } from "../../../provider/http/client";
import { ApiError, BadRequestError, ConnectionError, InvalidResponseError, RateLimitError, ServerError, TimeoutError } from "../../../provider/http/errors";
import { urlPath } from "../../../provider/http/path";

const BASE = "https://api.portkey.test";
const KEY = "pk-client-test-secret-9999";

function client(extra: Partial<ClientOptions> = {}) {
  const delays: number[] = [];
  const lines: string[] = [];
  const c = new ApiClient({
    vendor: "portkey",
    baseUrl: `${BASE}/v1`,
    apiKey: KEY,
    authHeader: "x-portkey-api-key",
    random: () => 0,
    sleep: async (ms) => {
      delays.push(ms);
    },
    log: (l) => lines.push(l),
    ...extra,
  });
  return { c, delays, lines };
}

/** The error a call fails with; fails the test if it succeeds. */
async function failure(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    expect(e).to.be.instanceOf(ApiError);
    return e as ApiError;
  }
  throw new Error("expected the call to fail");
}

const reset = () => Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
const refused = () => Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });

describe("ApiClient", () => {
  useNock();
  afterEach(() => {
    const pending = nock.pendingMocks();
    nock.cleanAll();
    expect(pending, "every mocked answer was used").to.deep.equal([]);
  });

  it("sends the key, JSON and its user agent, and parses the answer", async () => {
    nock(BASE)
      .matchHeader("x-portkey-api-key", KEY)
      .matchHeader("content-type", "application/json")
      .matchHeader("user-agent", `pulumi-aigov/${VERSION}`)
      .post("/v1/things", { a: 1 })
      .reply(200, { id: "t" });
    expect(await client().c.post("/things", { body: { a: 1 } })).to.deep.equal({ id: "t" });
  });

  it("sends a bearer token when asked (Toktra)", async () => {
    nock("https://api.toktra.test").matchHeader("authorization", `Bearer ${KEY}`).get("/v1/x").reply(200, { ok: true });
    const c = new ApiClient({ vendor: "toktra", baseUrl: "https://api.toktra.test/v1/", apiKey: KEY, authHeader: "authorization", authScheme: "bearer" });
    expect(await c.get("/x")).to.deep.equal({ ok: true });
  });

  it("an empty answer is {}, and the query skips undefined values", async () => {
    nock(BASE).delete("/v1/x").query({ workspace_id: "w", force: "true", n: "2" }).reply(204);
    expect(await client().c.delete("/x", { query: { workspace_id: "w", force: true, n: 2, skip: undefined } })).to.deep.equal({});
  });

  it("429 with Retry-After waits as asked, then succeeds", async () => {
    nock(BASE).get("/v1/x").reply(429, { errorCode: "AB06" }, { "retry-after": "2" }).get("/v1/x").reply(200, { ok: true });
    const { c, delays } = client();
    expect(await c.get("/x")).to.deep.equal({ ok: true });
    expect(delays).to.deep.equal([2000]);
    expect(c.stats).to.deep.equal({ requests: 2, retries: 1 });
  });

  it("honours retry-after-ms", async () => {
    nock(BASE).get("/v1/x").reply(503, "", { "retry-after-ms": "120" }).get("/v1/x").reply(200, {});
    const { c, delays } = client();
    await c.get("/x");
    expect(delays).to.deep.equal([120]);
  });

  it("500, 500, 200 backs off exponentially", async () => {
    nock(BASE).get("/v1/x").times(2).reply(500).get("/v1/x").reply(200, { n: 3 });
    const { c, delays } = client();
    expect(await c.get("/x")).to.deep.equal({ n: 3 });
    expect(delays).to.deep.equal([500, 1000]);
    expect(c.stats).to.deep.equal({ requests: 3, retries: 2 });
  });

  it("gives up after maxRetries with the last answer", async () => {
    nock(BASE).get("/v1/x").times(3).reply(503, { message: "down" });
    const { c, delays } = client({ maxRetries: 2 });
    const err = await failure(c.get("/x"));
    expect(err).to.be.instanceOf(ServerError);
    expect(err.message).to.equal("portkey API: GET /x failed with 503 after 3 attempts: down");
    expect(err.attempts).to.equal(3);
    expect(delays).to.deep.equal([500, 1000]);
  });

  it("maxRetries 0 makes one attempt", async () => {
    nock(BASE).get("/v1/x").reply(429);
    const { c, delays } = client({ maxRetries: 0 });
    expect(await failure(c.get("/x"))).to.be.instanceOf(RateLimitError);
    expect(c.stats).to.deep.equal({ requests: 1, retries: 0 });
    expect(delays).to.deep.equal([]);
  });

  it("stops when the next wait would exceed maxElapsedMs", async () => {
    nock(BASE).get("/v1/x").reply(429, "", { "retry-after": "5" });
    const { c, delays } = client({ maxElapsedMs: 1000 });
    expect(await failure(c.get("/x"))).to.be.instanceOf(RateLimitError);
    expect(delays).to.deep.equal([]);
  });

  it("501 is not retried", async () => {
    nock(BASE).get("/v1/a").reply(501);
    const { c } = client();
    expect((await failure(c.get("/a"))).status).to.equal(501);
    expect(c.stats.requests).to.equal(1);
  });

  it("400 is not retried and carries the vendor's code and message", async () => {
    nock(BASE).post("/v1/admin/workspaces").reply(400, { errorCode: "AB01", message: "name is required" });
    const { c } = client();
    const err = await failure(c.post("/admin/workspaces", { body: {} }));
    expect(err).to.be.instanceOf(BadRequestError);
    expect(err.message).to.equal("portkey API: POST /admin/workspaces failed with 400 (AB01): name is required");
    expect(c.stats.requests).to.equal(1);
  });

  it("a POST is not retried on 500 unless the caller made it safe", async () => {
    nock(BASE).post("/v1/x").reply(500).post("/v1/x").reply(500).post("/v1/x").reply(200, { id: "1" });
    const { c } = client();
    expect(await failure(c.post("/x", { body: {} }))).to.be.instanceOf(ServerError);
    expect(c.stats.requests).to.equal(1);
    expect(await c.post("/x", { body: {}, retryUnsafe: true })).to.deep.equal({ id: "1" });
    expect(c.stats.requests).to.equal(3);
  });

  it("a POST is retried on 429 and on a refused connection, not on a reset", async () => {
    nock(BASE).post("/v1/x").reply(429).post("/v1/x").replyWithError(refused()).post("/v1/x").reply(201, { id: "1" });
    const { c } = client();
    expect(await c.post("/x", { body: {} })).to.deep.equal({ id: "1" });
    nock(BASE).post("/v1/y").replyWithError(reset());
    const err = await failure(c.post("/y", { body: {} }));
    expect(err).to.be.instanceOf(ConnectionError);
    expect(err.code).to.equal("ECONNRESET");
    expect(c.stats.requests).to.equal(4);
  });

  it("a connection reset is retried for GET and classified", async () => {
    nock(BASE).get("/v1/x").replyWithError(reset()).get("/v1/x").reply(200, { ok: 1 });
    expect(await client().c.get("/x")).to.deep.equal({ ok: 1 });
    nock(BASE).get("/v1/y").replyWithError(reset());
    const err = await failure(client({ maxRetries: 0 }).c.get("/y"));
    expect(err).to.be.instanceOf(ConnectionError);
    expect(err.status).to.equal(undefined);
    expect(err.message).to.equal("portkey API: GET /y lost the connection to api.portkey.test (reset)");
  });

  it("every attempt has a deadline, and a timed-out GET is retried", async () => {
    nock(BASE).get("/v1/slow").delay(500).reply(200, {});
    const err = await failure(client({ timeoutMs: 50, maxRetries: 0 }).c.get("/slow"));
    expect(err).to.be.instanceOf(TimeoutError);
    expect(err.message).to.equal("portkey API: GET /slow timed out after 50 ms");

    nock(BASE).get("/v1/slow").delay(500).reply(200, {}).get("/v1/slow").reply(200, { late: false });
    const { c, delays } = client({ timeoutMs: 50 });
    expect(await c.get("/slow")).to.deep.equal({ late: false });
    expect(delays).to.deep.equal([500]);
  });

  it("a 2xx that is not JSON is a clear error", async () => {
    nock(BASE).get("/v1/t").reply(200, '{"id": "trunc').get("/v1/h").reply(200, "<html><body>proxy</body></html>");
    const { c } = client({ maxRetries: 0 });
    const t = await failure(c.get("/t"));
    const h = await failure(c.get("/h"));
    expect(t).to.be.instanceOf(InvalidResponseError);
    expect(t.message).to.equal("portkey API: GET /t the server answered with a body that is not valid JSON (status 200); it may have been cut off");
    expect(h.message).to.equal("portkey API: GET /h the server answered with an HTML page (status 200), not JSON");
  });

  it("a truncated answer to a GET is retried; to a POST it is not, since the POST was committed", async () => {
    nock(BASE).get("/v1/t").reply(200, '{"id": "tr').get("/v1/t").reply(200, { id: "t" }).post("/v1/p").reply(200, '{"id": "p');
    const { c } = client();
    expect(await c.get("/t")).to.deep.equal({ id: "t" });
    expect(await failure(c.post("/p", { body: {} }))).to.be.instanceOf(InvalidResponseError);
  });

  it("does not follow redirects (the key header would go along)", async () => {
    nock(BASE).get("/v1/x").reply(302, "", { location: "https://elsewhere.test/v1/x" });
    const err = await failure(client().c.get("/x"));
    expect(err.status).to.equal(302);
    expect(err.hint).to.match(/portkey:baseUrl/);
  });

  it("sends the key only to the base URL, whatever the path", async () => {
    const { c } = client();
    await c.get("https://evil.test/x").then(
      () => expect.fail("an absolute URL was accepted"),
      (e: Error) => expect(e.message).to.match(/path must start with "\/"/),
    );
    nock(BASE).get("/v1/evil.test/x").reply(200, {});
    expect(await c.get("//evil.test/x")).to.deep.equal({});
  });

  it("never shows the key, even when the server echoes it", async () => {
    nock(BASE).get("/v1/x").times(2).reply(500, { message: `bad key ${KEY} (${encodeURIComponent(KEY)})` });
    const { c, lines } = client({ maxRetries: 1 });
    const err = await failure(c.get("/x"));
    for (const text of [err.message, err.stack!, err.vendorMessage!, ...lines]) expect(text).to.not.include(KEY);
    expect(err.vendorMessage).to.equal("bad key [secret] ([secret])");
    expect(lines).to.deep.equal(["retrying in 500 ms (attempt 2 of 2): portkey API: GET /x failed with 500: bad key [secret] ([secret])"]);
  });

  it("keeps secrets registered later out of messages too", async () => {
    nock(BASE).post("/v1/i").reply(400, { message: "bad key sk-integration-1234" });
    const { c } = client();
    c.addSecret("sk-integration-1234");
    const err = await failure(c.post("/i", { body: {} }));
    expect(err.message).to.equal("portkey API: POST /i failed with 400: bad key [secret]");
  });

  it("refuses an API key with whitespace, naming the config key", () => {
    expect(() => client({ apiKey: "pk-1234\n" })).to.throw(/portkey:apiKey \(PORTKEY_API_KEY\)/);
    expect(() => client({ apiKey: "" })).to.throw(/portkey:apiKey/);
  });

  it("its version is the package's", () => {
    expect(VERSION).to.equal(JSON.parse(readFileSync(join(__dirname, "../../../../package.json"), "utf8")).version);
  });

  describe("base URL", () => {
    const ok: string[] = ["https://api.portkey.ai/v1", "http://127.0.0.1:8080/v1", "http://127.9.9.9/v1", "http://localhost:1/v1", "http://[::1]:9/v1"];
    const bad: [string, RegExp][] = [
      ["http://api.portkey.ai/v1", /must use https/],
      ["http://10.0.0.5/v1", /must use https/],
      ["http://localhost.evil.test/v1", /must use https/],
      ["ftp://x", /must use https/],
      ["not a url", /is not a valid URL/],
      ["https://user:pw@api.portkey.ai/v1", /must not carry credentials/],
      ["https://api.portkey.ai/v1?key=1", /query string/],
    ];
    for (const u of ok) it(`accepts ${u} and drops trailing slashes`, () => expect(checkBaseUrl(u + "//", "portkey")).to.equal(u));
    for (const [u, rule] of bad) {
      it(`refuses ${u}`, () => {
        expect(() => checkBaseUrl(u, "portkey")).to.throw(/^portkey:baseUrl \(PORTKEY_BASE_URL\)/);
        expect(() => checkBaseUrl(u, "portkey")).to.throw(rule);
      });
    }
    it("names the Toktra keys for Toktra", () => expect(() => checkBaseUrl("http://x.test", "toktra")).to.throw(/toktra:baseUrl \(TOKTRA_BASE_URL\)/));
  });

  describe("urlPath", () => {
    const rows: [string, string][] = [
      [urlPath`/admin/workspaces/${"ws-1"}`, "/admin/workspaces/ws-1"],
      [urlPath`/a/${"x/../y"}/b/${"q?s=1#f"}`, "/a/x%2F..%2Fy/b/q%3Fs%3D1%23f"],
      [urlPath`/n/${42}`, "/n/42"],
      [urlPath`/plain`, "/plain"],
    ];
    for (const [got, want] of rows) it(want, () => expect(got).to.equal(want));
    for (const bad of ["", ".", "..", undefined as unknown as string]) {
      it(`refuses ${JSON.stringify(bad)}`, () => expect(() => urlPath`/admin/workspaces/${bad}`).to.throw(/urlPath: segment 1 of "\/admin\/workspaces\/\{\}"/));
    }
  });
});
