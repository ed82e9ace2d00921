// How messages quote what they were given: capped, URL credentials stripped,
// in every message that quotes a value (base URLs, import ids, retries, API
// answers echoing a request).
import { expect } from "chai";
import { checkedSettings } from "../../../provider/core/config";
import { cap, clip, echoable, quote, QUOTE_MAX, stripUserinfo } from "../../../provider/core/quote";
import { importIdProblem } from "../../../provider/core/validate";
import { checkBaseUrl, errorForStatus } from "../../../provider/http";
import { RESOURCES } from "../../../spec";

// [url with credentials, what must never show]
const CREDENTIALS: [string, string][] = [
  ["https://user:pass@host.example/v1", "user:pass"],
  ["http://u:pw-77aa@[zz/v1", "pw-77aa"],
  ["https://token-only-9f8e@hec.example.test:8088", "token-only-9f8e"],
  ["HTTPS://Ad:Min@api.example.com", "Ad:Min"],
  ["https://a:b@c@host.example/x", "a:b@c"],
  ["ftp://anon:secret-41@files.example", "secret-41"],
  ["see https://x:leak-5c@one.example and https://y:leak-6d@two.example", "leak-"],
];

describe("quote", () => {
  for (const [url, hidden] of CREDENTIALS) {
    it(`strips the userinfo of ${url.slice(0, 30)}...`, () => {
      expect(stripUserinfo(url)).not.to.include(hidden);
      expect(quote(url)).not.to.include(hidden);
      expect(clip(url)).not.to.include(hidden);
      expect(echoable(url)).to.equal(false);
    });
  }
  for (const url of ["https://host.example/v1", "http://127.0.0.1:8080/v1", "mailto:a@b.co", "a@b.co", "user@host"]) {
    it(`leaves ${url} as it is`, () => expect(stripUserinfo(url)).to.equal(url));
  }

  // Lengths around the cap, and far beyond it.
  for (const n of [0, 1, QUOTE_MAX - 2, QUOTE_MAX - 1, QUOTE_MAX, 1000, 1_000_000]) {
    it(`a ${n}-character value is quoted in at most ${QUOTE_MAX} characters of it`, () => {
      const v = "n".repeat(n);
      const q = quote(v);
      expect(q.length).to.be.at.most(QUOTE_MAX + 30);
      if (n + 2 > QUOTE_MAX) expect(q).to.match(new RegExp(`\\.\\.\\. \\(${n + 2} characters\\)$`));
      else expect(q).to.equal(JSON.stringify(v));
      expect(echoable(v)).to.equal(n + 2 <= QUOTE_MAX);
    });
  }
  it("quotes objects and odd values as JSON", () => {
    expect(quote({ a: 1 })).to.equal('{"a":1}');
    expect(quote(undefined)).to.equal("unset");
    expect(cap("abcdef", 3)).to.equal("abc... (6 characters)");
  });
});

describe("every message that quotes a value caps it and hides URL credentials", () => {
  for (const [url, hidden] of CREDENTIALS.slice(0, 3)) {
    it(`base URL ${url.slice(0, 24)}...`, () => {
      const err = (() => {
        try {
          checkBaseUrl(url, "portkey");
        } catch (e) {
          return e as Error;
        }
        return undefined;
      })();
      expect(err?.message).to.match(/^portkey:baseUrl \(PORTKEY_BASE_URL\)/);
      expect(err?.message).not.to.include(hidden);
    });
  }
  it("a 1 MB base URL is quoted once, capped", () => {
    const huge = `not a url ${"x".repeat(1_000_000)}`;
    expect(() => checkBaseUrl(huge, "toktra")).to.throw(
      /^toktra:baseUrl .* is not a valid URL: "not a url x+\.\.\. \(1000012 characters\); give one like https:\/\/api\.toktra\.io\/v1$/,
    );
  });
  for (const retries of ["-1", "1.5", "lots", "1e3", "101", "x".repeat(100_000)]) {
    it(`maxRetries ${retries.slice(0, 10)} is refused with the value capped`, () => {
      let message = "";
      try {
        checkedSettings("portkey", { maxRetries: retries });
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message).to.match(
        /^portkey:maxRetries \(PORTKEY_MAX_RETRIES\) must be a whole number from 0 to 100, got ".*; set it with `pulumi config set portkey:maxRetries 4`$/,
      );
      expect(message.length).to.be.below(300);
    });
  }
  for (const spec of RESOURCES) {
    it(`${spec.name}: a 1 MB import id is quoted capped`, () => {
      const problem = importIdProblem(spec, " ".repeat(1_000_000));
      expect(problem).to.match(/^import id " +\.\.\. \(1000002 characters\) must have the form /);
      expect(problem!.length).to.be.below(400);
    });
  }
  it("an API error echoing a huge value or a URL with credentials is clipped", () => {
    const body = JSON.stringify({ message: `name ${"z".repeat(500_000)} invalid at https://u:echo-3f@hook.example` });
    const err = errorForStatus("portkey", "POST", `/configs/${"p".repeat(10_000)}`, 400, body, 1);
    expect(err.message.length).to.be.below(700);
    expect(err.message).not.to.include("echo-3f");
    expect(clip(`https://u:echo-3f@hook.example/${"q".repeat(1000)}`)).not.to.include("echo-3f");
  });
});
