// The HTTP core's behaviour on the wire, with nock.
import { expect } from "chai";
import { nock, useNock } from "../../helpers/nock";
import { ApiClient, checkBaseUrl, ClientOptions, RetryNotice } from "../../../provider/http/client";
import { ConnectionError, InvalidResponseError, RateLimitError, ServerError, TimeoutError } from "../../../provider/http/errors";

const BASE = "https://api.portkey.test";
const KEY = "pk-client-test-secret-9999";

function client(extra: Partial<ClientOptions> = {}) {
  const delays: number[] = [];
  const lines: RetryNotice[] = [];
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

describe("ApiClient", () => {
  useNock();
  afterEach(() => nock.cleanAll());

  it("sends the key and JSON, and parses the answer", async () => {
    nock(BASE).matchHeader("x-portkey-api-key", KEY).matchHeader("content-type", "application/json").post("/v1/things", { a: 1 }).reply(200, { id: "t" });
    expect(await client().c.post("/things", { body: { a: 1 } })).to.deep.equal({ id: "t" });
  });

  it("429 with Retry-After waits as asked, then succeeds", async () => {
    nock(BASE).get("/v1/x").reply(429, { errorCode: "AB06" }, { "retry-after": "2" }).get("/v1/x").reply(200, { ok: true });
    const { c, delays } = client();
    expect(await c.get("/x")).to.deep.equal({ ok: true });
    expect(delays).to.deep.equal([2000]);
    expect(c.stats).to.deep.equal({ requests: 2, retries: 1 });
  });

  it("500, 500, 200 backs off exponentially", async () => {
    nock(BASE).get("/v1/x").times(2).reply(500).get("/v1/x").reply(200, {});
    const { c, delays } = client();
    await c.get("/x");
    expect(delays).to.deep.equal([500, 1000]);
  });

  it("gives up after maxRetries with the last answer", async () => {
    nock(BASE).get("/v1/x").times(3).reply(503, { message: "down" });
    const { c } = client({ maxRetries: 2 });
    const err = await c.get("/x").catch((e) => e);
    expect(err).to.be.instanceOf(ServerError);
    expect(err.message).to.match(/503 after 3 attempts: down/);
    expect(c.stats.requests).to.equal(3);
  });

  it("maxRetries 0 makes one attempt", async () => {
    nock(BASE).get("/v1/x").reply(429);
    const { c } = client({ maxRetries: 0 });
    expect(await c.get("/x").catch((e) => e)).to.be.instanceOf(RateLimitError);
    expect(c.stats.requests).to.equal(1);
  });

  it("501 and 400 are not retried", async () => {
    nock(BASE).get("/v1/a").reply(501).get("/v1/b").reply(400, { errorCode: "AB01", message: "name is required" });
    const { c } = client();
    await c.get("/a").catch(() => undefined);
    const err = await c.get("/b").catch((e) => e);
    expect(err.message).to.match(/400 \(AB01\): name is required/);
    expect(c.stats.requests).to.equal(2);
  });

  it("a POST is not retried on 500: the caller decides after looking for what it made", async () => {
    nock(BASE).post("/v1/x").reply(500);
    const { c } = client();
    expect(await c.post("/x", { body: {} }).catch((e) => e)).to.be.instanceOf(ServerError);
    expect(c.stats.requests).to.equal(1);
  });

  it("tells its logger about each retry: what, after what, how long", async () => {
    nock(BASE).get("/v1/x").query(true).reply(503, {}, { "retry-after": "2" }).get("/v1/x").query(true).reply(200, {});
    nock(BASE)
      .get("/v1/y")
      .replyWithError(Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }))
      .get("/v1/y")
      .reply(200, {});
    const { c, lines } = client();
    await c.get("/x", { query: { token: "q" } });
    await c.get("/y");
    expect(lines).to.deep.equal([
      { method: "GET", path: "/x", cause: "503 Service Unavailable", delayMs: 2000, attempt: 2, attempts: 5 },
      { method: "GET", path: "/y", cause: "ECONNRESET", delayMs: 500, attempt: 2, attempts: 5 },
    ]);
  });

  it("pause honours the Retry-After of the failure it waits after, and says so", async () => {
    nock(BASE).post("/v1/x").reply(503, {}, { "retry-after": "3" });
    const { c, lines, delays } = client();
    const err = await c.post("/x", { body: {} }).catch((e) => e);
    await c.pause(1, err);
    expect(delays).to.deep.equal([3000]);
    expect(lines).to.deep.equal([{ method: "POST", path: "/x", cause: "503 Service Unavailable", delayMs: 3000, attempt: 2, attempts: 5 }]);
  });

  it("a connection reset is retried for GET and classified", async () => {
    const reset = () => Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
    nock(BASE).get("/v1/x").replyWithError(reset()).get("/v1/x").reply(200, { ok: 1 });
    expect(await client().c.get("/x")).to.deep.equal({ ok: 1 });
    nock(BASE).get("/v1/y").replyWithError(reset());
    expect(
      await client({ maxRetries: 0 })
        .c.get("/y")
        .catch((e) => e),
    ).to.be.instanceOf(ConnectionError);
  });

  it("every attempt has a timeout", async () => {
    nock(BASE).get("/v1/slow").delay(300).reply(200, {});
    const err = await client({ timeoutMs: 50, maxRetries: 0 })
      .c.get("/slow")
      .catch((e) => e);
    expect(err).to.be.instanceOf(TimeoutError);
    expect(err.message).to.match(/timed out after 50 ms/);
  });

  it("a 2xx that is not JSON is a clear error", async () => {
    nock(BASE).get("/v1/t").reply(200, '{"id": "trunc').get("/v1/h").reply(200, "<html><body>proxy</body></html>");
    const { c } = client({ maxRetries: 0 });
    const t = await c.get("/t").catch((e) => e);
    const h = await c.get("/h").catch((e) => e);
    expect(t).to.be.instanceOf(InvalidResponseError);
    expect(t.message).to.match(/not valid JSON/);
    expect(h.message).to.match(/HTML page/);
  });

  it("a truncated answer to a GET is retried; to a POST it is not, since the POST was committed", async () => {
    nock(BASE).get("/v1/t").reply(200, '{"id": "tr').get("/v1/t").reply(200, { id: "t" }).post("/v1/p").reply(200, '{"id": "p');
    const { c } = client();
    expect(await c.get("/t")).to.deep.equal({ id: "t" });
    expect(await c.post("/p", { body: {} }).catch((e) => e)).to.be.instanceOf(InvalidResponseError);
  });

  it("never shows the key, even when the server echoes it", async () => {
    nock(BASE)
      .get("/v1/x")
      .times(2)
      .reply(500, { message: `bad key ${KEY}` });
    const { c, lines } = client({ maxRetries: 1 });
    const err = await c.get("/x").catch((e) => e);
    expect(err.message).to.not.include(KEY);
    expect(err.message).to.include("[secret]");
    expect(err.vendorMessage).to.not.include(KEY);
    expect(JSON.stringify(lines)).to.not.include(KEY);
    expect(lines).to.have.length(1);
  });

  it("keeps secrets registered later out of messages too", async () => {
    nock(BASE).post("/v1/i").reply(400, { message: "bad key sk-integration-1234" });
    const { c } = client();
    c.addSecret("sk-integration-1234");
    expect((await c.post("/i", { body: {} }).catch((e) => e)).message).to.not.include("sk-integration-1234");
  });

  describe("base URL", () => {
    const ok: string[] = ["https://api.portkey.ai/v1", "http://127.0.0.1:8080/v1", "http://localhost:1/v1", "http://[::1]:9/v1"];
    const bad: string[] = ["http://api.portkey.ai/v1", "http://10.0.0.5/v1", "ftp://x", "not a url", "https://user:pw@api.portkey.ai/v1"];
    for (const u of ok) it(`accepts ${u}`, () => expect(checkBaseUrl(u + "/", "portkey")).to.equal(u));
    for (const u of bad) it(`refuses ${u}`, () => expect(() => checkBaseUrl(u, "portkey")).to.throw(/portkey:baseUrl \(PORTKEY_BASE_URL\)/));
  });
});
