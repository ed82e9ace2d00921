// Pure retry decisions: which outcomes retry, and how long each wait is.
import { expect } from "chai";
import { isRetryableError, isRetryableStatus, MAX_RETRY_DELAY_MS, Outcome, retryAfterMs, retryDelayMs, shouldRetry } from "../../../provider/http/retry";

const backoff = { minBackoffMs: 500, maxBackoffMs: 5000 };

describe("retry decisions", () => {
  describe("isRetryableStatus", () => {
    const rows: [number, boolean][] = [
      [408, true], [429, true], [500, true], [502, true], [503, true], [504, true],
      [501, false], [200, false], [400, false], [401, false], [403, false], [404, false], [409, false],
    ];
    for (const [status, want] of rows) it(`${status} -> ${want}`, () => expect(isRetryableStatus(status)).to.equal(want));
  });

  describe("isRetryableError", () => {
    const rows: [unknown, boolean][] = [
      [{ code: "ECONNRESET" }, true], [{ code: "ECONNREFUSED" }, true], [{ code: "ENOTFOUND" }, true],
      [{ code: "EAI_AGAIN" }, true], [{ code: "ETIMEDOUT" }, true], [{ code: "ECONNABORTED" }, true],
      [{ code: "ERR_INVALID_CHAR" }, false], [{ code: "ERR_CANCELED" }, false], [new Error("x"), false], [undefined, false], [null, false],
    ];
    for (const [err, want] of rows) it(`${JSON.stringify(err)} -> ${want}`, () => expect(isRetryableError(err)).to.equal(want));
  });

  describe("shouldRetry: a POST retries only when the server provably did not act", () => {
    const rows: [string, string, Outcome, boolean | undefined, boolean][] = [
      ["GET 500", "GET", { kind: "status", status: 500 }, undefined, true],
      ["GET 429", "GET", { kind: "status", status: 429 }, undefined, true],
      ["GET 400", "GET", { kind: "status", status: 400 }, undefined, false],
      ["GET 501", "GET", { kind: "status", status: 501 }, undefined, false],
      ["GET truncated answer", "GET", { kind: "invalid" }, undefined, true],
      ["PUT reset", "PUT", { kind: "network", code: "ECONNRESET" }, undefined, true],
      ["PUT unknown transport code", "PUT", { kind: "network", code: "ERR_INVALID_CHAR" }, undefined, false],
      ["DELETE timeout", "DELETE", { kind: "timeout" }, undefined, true],
      ["DELETE 503", "DELETE", { kind: "status", status: 503 }, undefined, true],
      ["POST 500", "POST", { kind: "status", status: 500 }, undefined, false],
      ["POST 503", "POST", { kind: "status", status: 503 }, undefined, false],
      ["POST 429", "POST", { kind: "status", status: 429 }, undefined, true],
      ["POST refused", "POST", { kind: "network", code: "ECONNREFUSED" }, undefined, true],
      ["POST reset", "POST", { kind: "network", code: "ECONNRESET" }, undefined, false],
      ["POST timeout", "POST", { kind: "timeout" }, undefined, false],
      ["POST truncated answer", "POST", { kind: "invalid" }, undefined, false],
      ["POST 500, made safe by the caller", "POST", { kind: "status", status: 500 }, true, true],
      ["POST reset, made safe by the caller", "POST", { kind: "network", code: "ECONNRESET" }, true, true],
      ["POST 400, even made safe", "POST", { kind: "status", status: 400 }, true, false],
    ];
    for (const [name, method, outcome, retryUnsafe, want] of rows) {
      it(name, () => expect(shouldRetry(method, outcome, { retryUnsafe })).to.equal(want));
    }
  });

  describe("Retry-After", () => {
    const now = Date.parse("2026-11-24T12:00:00Z");
    const rows: [string, Record<string, unknown>, number | undefined][] = [
      ["seconds", { "retry-after": "3" }, 3000],
      ["zero seconds", { "retry-after": "0" }, 0],
      ["HTTP date", { "retry-after": "Tue, 24 Nov 2026 12:00:07 GMT" }, 7000],
      ["date in the past", { "retry-after": "Tue, 24 Nov 2026 11:00:00 GMT" }, 0],
      ["retry-after-ms wins", { "retry-after-ms": "250", "retry-after": "9" }, 250],
      ["bad retry-after-ms falls back", { "retry-after-ms": "soon", "retry-after": "2" }, 2000],
      ["negative seconds", { "retry-after": "-5" }, undefined],
      ["garbage", { "retry-after": "soon" }, undefined],
      ["absent", {}, undefined],
    ];
    for (const [name, headers, want] of rows) it(name, () => expect(retryAfterMs(headers, now)).to.equal(want));

    it("is preferred to backoff", () => expect(retryDelayMs(4, { "retry-after": "1" }, backoff, () => 0)).to.equal(1000));
    it("is capped", () => expect(retryDelayMs(1, { "retry-after": "3600" }, backoff, () => 0)).to.equal(MAX_RETRY_DELAY_MS));
    it("an HTTP date is capped too", () => {
      expect(retryDelayMs(1, { "retry-after": "Wed, 25 Nov 2026 12:00:00 GMT" }, backoff, () => 0, now)).to.equal(MAX_RETRY_DELAY_MS);
    });
  });

  describe("backoff", () => {
    it("doubles from the minimum up to the maximum", () => {
      expect([1, 2, 3, 4, 5, 6].map((a) => retryDelayMs(a, {}, backoff, () => 0))).to.deep.equal([500, 1000, 2000, 4000, 5000, 5000]);
    });
    it("partial jitter takes at most a quarter off", () => {
      expect([0, 0.5, 1].map((r) => retryDelayMs(2, {}, backoff, () => r))).to.deep.equal([1000, 875, 750]);
    });
    it("full jitter spreads over the whole interval", () => {
      expect([0, 0.5, 1].map((r) => retryDelayMs(3, {}, { ...backoff, jitter: "full" }, () => r))).to.deep.equal([0, 1000, 2000]);
    });
    it("a large maxBackoffMs is still capped", () => {
      expect(retryDelayMs(20, {}, { minBackoffMs: 500, maxBackoffMs: 10 * 60_000 }, () => 0)).to.equal(MAX_RETRY_DELAY_MS);
    });
    it("a random() outside [0, 1] cannot make a negative wait", () => {
      expect(retryDelayMs(1, {}, { ...backoff, jitter: "full" }, () => -3)).to.equal(0);
      expect(retryDelayMs(1, {}, backoff, () => 7)).to.equal(375);
    });
  });
});
