// Toktra's settings as its Terraform provider documents them: api_url
// (https://api.toktra.io, no /v1) and api_key, from stack config or
// TOKTRA_API_URL / TOKTRA_API_KEY; toktra:baseUrl / TOKTRA_BASE_URL still work, with a warning.
import { expect } from "chai";
import { resolveSettings, settingsFrom } from "../../../provider/core/config";
import { setLogSink } from "../../../provider/core/log";

const ENV = ["TOKTRA_API_URL", "TOKTRA_API_KEY", "TOKTRA_BASE_URL", "TOKTRA_MAX_RETRIES"];

describe("Toktra settings", () => {
  const saved: Record<string, string | undefined> = {};
  let lines: string[] = [];
  let restore: (line: string) => void;
  beforeEach(() => {
    for (const k of ENV) [saved[k], process.env[k]] = [process.env[k], undefined];
    for (const k of ENV) delete process.env[k];
    lines = [];
    restore = setLogSink((l) => lines.push(l));
  });
  afterEach(() => {
    for (const k of ENV)
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    setLogSink(restore);
  });
  const fromConfig = (values: Record<string, string>) =>
    resolveSettings(
      "toktra",
      settingsFrom("toktra", (k) => values[k]),
    );

  it("TOKTRA_API_KEY alone configures a program, at the documented https://api.toktra.io", () => {
    process.env.TOKTRA_API_KEY = "tk-env-only";
    expect(resolveSettings("toktra", {})).to.deep.include({ apiKey: "tk-env-only", baseUrl: "https://api.toktra.io" });
    expect(lines).to.deep.equal([]);
  });

  const urls: [string, string, string][] = [
    ["the documented form", "https://api.toktra.io", "https://api.toktra.io"],
    ["a trailing /v1", "https://api.staging.toktra.io/v1", "https://api.staging.toktra.io"],
    ["a trailing /v1/", "https://api.staging.toktra.io/v1/", "https://api.staging.toktra.io"],
    ["an emulator on loopback", "http://127.0.0.1:4010/toktra", "http://127.0.0.1:4010/toktra"],
  ];
  for (const [what, given, want] of urls) {
    it(`toktra:apiUrl and TOKTRA_API_URL take ${what}`, () => {
      expect(fromConfig({ "toktra:apiKey": "k", "toktra:apiUrl": given }).baseUrl).to.equal(want);
      process.env.TOKTRA_API_URL = given;
      process.env.TOKTRA_API_KEY = "k";
      expect(resolveSettings("toktra", {}).baseUrl).to.equal(want);
    });
  }

  it("stack config wins over the environment", () => {
    process.env.TOKTRA_API_URL = "https://env.toktra.test";
    expect(fromConfig({ "toktra:apiKey": "k", "toktra:apiUrl": "https://config.toktra.test" }).baseUrl).to.equal("https://config.toktra.test");
  });

  it("refuses plain http to a remote host, naming toktra:apiUrl and TOKTRA_API_URL", () => {
    expect(() => fromConfig({ "toktra:apiKey": "k", "toktra:apiUrl": "http://api.toktra.io" })).to.throw(/toktra:apiUrl \(TOKTRA_API_URL\) must use https/);
  });

  it("takes the deprecated toktra:baseUrl and TOKTRA_BASE_URL, with a warning naming the replacement, once", () => {
    expect(fromConfig({ "toktra:apiKey": "k", "toktra:baseUrl": "https://old.toktra.test/v1" }).baseUrl).to.equal("https://old.toktra.test");
    fromConfig({ "toktra:apiKey": "k", "toktra:baseUrl": "https://old.toktra.test/v1" });
    process.env.TOKTRA_BASE_URL = "https://older.toktra.test/v1";
    expect(fromConfig({ "toktra:apiKey": "k" }).baseUrl).to.equal("https://older.toktra.test");
    expect(lines).to.deep.equal([
      "warning: toktra:baseUrl is deprecated; use toktra:apiUrl instead",
      "warning: TOKTRA_BASE_URL is deprecated; use TOKTRA_API_URL instead",
    ]);
  });

  it("the new names win over the deprecated ones, without a warning", () => {
    process.env.TOKTRA_BASE_URL = "https://old.toktra.test";
    expect(fromConfig({ "toktra:apiKey": "k", "toktra:apiUrl": "https://new.toktra.test", "toktra:baseUrl": "https://old.toktra.test" }).baseUrl).to.equal(
      "https://new.toktra.test",
    );
    expect(lines).to.deep.equal([]);
  });
});
