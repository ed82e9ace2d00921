import { expect } from "chai";
import { isRetryableStatus, MAX_RETRY_AFTER_MS, retryAfterMs, retryDelayMs, shouldRetry } from "../../../provider/http/retry";

const backoff = { minBackoffMs: 500, maxBackoffMs: 5000 };

describe("retry decisions", () => {
  describe("isRetryableStatus", () => {
    const rows: [number, boolean][] = [
      [408, true],
      [429, true],
      [500, true],
      [502, true],
      [503, true],
      [501, false],
      [400, false],
      [401, false],
      [404, false],
      [409, false],
    ];
    for (const [status, want] of rows) it(`${status} -> ${want}`, () => expect(isRetryableStatus(status)).to.equal(want));
  });

  describe("shouldRetry: a POST retries only when the server provably did not act", () => {
    const rows: [string, string, Parameters<typeof shouldRetry>[1], boolean][] = [
      ["GET 500", "GET", { kind: "status", status: 500 }, true],
      ["PUT reset", "PUT", { kind: "network", code: "ECONNRESET" }, true],
      ["DELETE timeout", "DELETE", { kind: "timeout" }, true],
      ["POST 500", "POST", { kind: "status", status: 500 }, false],
      ["POST 429", "POST", { kind: "status", status: 429 }, true],
      ["POST refused", "POST", { kind: "network", code: "ECONNREFUSED" }, true],
      ["POST reset", "POST", { kind: "network", code: "ECONNRESET" }, false],
      ["POST timeout", "POST", { kind: "timeout" }, false],
      ["GET 400", "GET", { kind: "status", status: 400 }, false],
    ];
    for (const [name, method, outcome, want] of rows) {
      it(name, () => expect(shouldRetry(method, outcome)).to.equal(want));
    }
  });

  describe("shouldRetry: an idempotent POST (an upsert) retries as a PUT does", () => {
    const rows: [string, Parameters<typeof shouldRetry>[1], boolean][] = [
      ["503", { kind: "status", status: 503 }, true],
      ["reset", { kind: "network", code: "ECONNRESET" }, true],
      ["timeout", { kind: "timeout" }, true],
      ["400", { kind: "status", status: 400 }, false],
    ];
    for (const [name, outcome, want] of rows) {
      it(name, () => expect(shouldRetry("POST", outcome, true)).to.equal(want));
    }
  });

  describe("Retry-After", () => {
    const now = Date.parse("2026-11-24T12:00:00Z");
    const rows: [string, Record<string, unknown>, number | undefined][] = [
      ["seconds", { "retry-after": "3" }, 3000],
      ["HTTP date", { "retry-after": "Tue, 24 Nov 2026 12:00:07 GMT" }, 7000],
      ["date in the past", { "retry-after": "Tue, 24 Nov 2026 11:00:00 GMT" }, 0],
      ["retry-after-ms wins", { "retry-after-ms": "250", "retry-after": "9" }, 250],
      ["garbage", { "retry-after": "soon" }, undefined],
      ["absent", {}, undefined],
    ];
    for (const [name, headers, want] of rows) it(name, () => expect(retryAfterMs(headers, now)).to.equal(want));

    it("caps what the server asks for", () => {
      expect(retryDelayMs(1, retryAfterMs({ "retry-after": "3600" }), backoff, () => 0)).to.equal(MAX_RETRY_AFTER_MS);
    });
  });

  describe("backoff", () => {
    it("doubles from the minimum up to the maximum", () => {
      expect([1, 2, 3, 4, 5, 6].map((a) => retryDelayMs(a, undefined, backoff, () => 0))).to.deep.equal([500, 1000, 2000, 4000, 5000, 5000]);
    });
    it("jitter takes at most a quarter off", () => {
      expect(retryDelayMs(2, undefined, backoff, () => 1)).to.equal(750);
      expect(retryDelayMs(2, undefined, backoff, () => 0.5)).to.equal(875);
    });
  });
});
