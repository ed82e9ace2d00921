// The Toktra emulator over real HTTP, in-process: bearer auth, Toktra's error
// shape, CRUD under /v1/api for every collection, UUID ids, write-once
// credentials, cursor pages, validation from the emulator's own description of
// Toktra, and faults in Toktra's shape.
import { strict as assert } from "assert";
import { RunningEmulator, startEmulator } from "../../emulator";
import { SERVED } from "../../emulator/toktra";
import { RESOURCES } from "../../spec";
import { CERT_A, CERT_B, NOT_A_CERT } from "../helpers/certificates";

import { rawApi, Res } from "../helpers/raw-api";

type Json = Record<string, any>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const policy = { name: "cap", type: "token_limit", conditions: { max_tokens_per_day: 10, scope: "per_user" }, actions: { action: "warn_and_notify" } };
const siem = {
  name: "soc",
  provider_type: "splunk",
  endpoint: "https://hec.example.com",
  credentials: { token: "hec-secret-token-1", signing_secret: "siem-signing-1" },
};
const sso = { name: "Okta SSO", provider_type: "okta", entity_id: "http://www.okta.com/exk1", sso_url: "https://acme.okta.com/sso", certificate: CERT_A };
const servicenow = {
  name: "sn",
  provider_type: "servicenow",
  instance_url: "https://acme.service-now.com",
  credentials: { username: "bot", password: "sn-secret-password-1" },
};
const jira = {
  name: "j",
  provider_type: "jira",
  instance_url: "https://acme.atlassian.net",
  credentials: { email: "bot@acme.example", api_token: "jira-secret-token-1" },
};
const budget = { monthly_limit: 10 };
const alerts = { name: "a", channels: [{ type: "email", address: "a@b.co" }] };

describe("Toktra emulator", function () {
  let emu: RunningEmulator;
  before(async () => {
    emu = await startEmulator({ port: 0 });
  });
  beforeEach(() => emu.reset());
  after(() => emu.close());

  const { call, ok } = rawApi(
    () => emu.toktraBaseUrl,
    (auth): Record<string, string> => (auth === null ? {} : { authorization: auth }),
    () => `Bearer ${emu.toktraKey}`,
  );
  const expectError = (r: Res, status: number, type: string, message?: RegExp) => {
    assert.equal(r.status, status, JSON.stringify(r.body));
    assert.deepEqual(Object.keys(r.body).sort(), ["error", "message"]);
    assert.equal(r.body.error, type);
    if (message) assert.match(r.body.message, message);
  };

  describe("auth and routing", () => {
    const cases: [string, string | null][] = [
      ["no Authorization header", null],
      ["a wrong bearer token", "Bearer tk-wrong-key-123"],
      ["the key without Bearer", "tk-emulator-local-key"],
    ];
    for (const [what, auth] of cases) {
      it(`answers 401 unauthorized to ${what}, without echoing it`, async () => {
        const r = await call("GET", "/v1/api/policies", undefined, auth);
        expectError(r, 401, "unauthorized");
        if (auth) assert.ok(!JSON.stringify(r.body).includes(auth.replace("Bearer ", "")));
      });
    }
    it("answers an unknown route with a loud 404 not_found", async () => {
      expectError(await call("GET", "/v1/api/nope"), 404, "not_found", /no route for GET \/toktra\/v1\/api\/nope/);
    });
    it("leaves Portkey's /v1 to Portkey", async () => {
      const res = await fetch(`${emu.portkeyBaseUrl}/admin/workspaces`, { headers: { "x-portkey-api-key": emu.portkeyKey } });
      assert.equal(res.status, 200);
    });
  });

  it("serves every Toktra class of the registry", () => {
    assert.deepEqual(
      [...SERVED].sort(),
      RESOURCES.filter((r) => r.vendor === "toktra")
        .map((r) => r.name)
        .sort(),
    );
  });

  describe("create, get, list, update, delete", () => {
    const cases: [collection: string, create: Json, change: Json, secrets: string[]][] = [
      ["/v1/api/policies", policy, { severity: "critical" }, []],
      ["/v1/api/siem/configs", siem, { is_active: false }, ["credentials"]],
      ["/v1/api/sso/configs", sso, { enabled: false }, ["certificate"]],
      ["/v1/api/budgets", budget, { alert_threshold_pct: 90 }, []],
      ["/v1/api/alert-configs", alerts, { severity_filter: ["high"] }, []],
      ["/v1/api/itsm/configs", jira, { default_project: "SEC" }, ["credentials"]],
    ];
    for (const [collection, create, change, secrets] of cases) {
      it(`${collection}: full life with Toktra's shapes and UUID ids, secrets never shown`, async () => {
        const created = await call("POST", collection, create);
        assert.equal(created.status, 201, JSON.stringify(created.body));
        const id = created.body.id as string;
        assert.match(id, UUID);
        assert.ok(!Number.isNaN(Date.parse(created.body.created_at)) && created.body.updated_at);
        const got = await ok("GET", `${collection}/${id}`);
        const list = await ok("GET", collection);
        assert.deepEqual([list.total_count, list.has_more, list.next_cursor, list.items[0].id], [1, false, null, id]);
        const updated = await ok("PUT", `${collection}/${id}`, change);
        for (const [k, v] of Object.entries(change)) assert.deepEqual(updated[k], v);
        for (const shown of [created.body, got, list.items[0], updated]) {
          for (const s of secrets) assert.ok(!(s in shown), `${s} shown`);
          for (const s of secrets)
            for (const v of Object.values(typeof create[s] === "string" ? { v: create[s] } : create[s]))
              assert.ok(!JSON.stringify(shown).includes(String(v).slice(0, 40)), `${s} value shown`);
        }
        assert.equal((await call("DELETE", `${collection}/${id}`)).status, 204);
        expectError(await call("GET", `${collection}/${id}`), 404, "not_found", new RegExp(id));
        expectError(await call("DELETE", `${collection}/${id}`), 404, "not_found");
      });
    }

    it("a PUT keeps absent fields, clears null ones, and ignores the immutable provider type", async () => {
      const { id } = await ok("POST", "/v1/api/itsm/configs", { ...servicenow, default_project: "Sec" });
      const after = await ok("PUT", `/v1/api/itsm/configs/${id}`, { default_project: null, provider_type: "jira" });
      assert.equal(after.provider_type, "servicenow");
      assert.equal(after.instance_url, "https://acme.service-now.com");
      assert.ok(!("default_project" in after));
      expectError(
        await call("PUT", `/v1/api/itsm/configs/${id}`, { credentials: { username: "bot" } }),
        400,
        "bad_request",
        /credentials\.password: is required/,
      );
    });
  });

  describe("Toktra semantics", () => {
    it("fills in the documented defaults: enabled, severity medium, threshold 80, no rollover, issue type Bug, active", async () => {
      const p = await ok("POST", "/v1/api/policies", policy);
      assert.deepEqual([p.enabled, p.severity, p.actions], [true, "medium", { action: "warn_and_notify" }]);
      const b = await ok("POST", "/v1/api/budgets", budget);
      assert.deepEqual([b.alert_threshold_pct, b.rollover_enabled], [80, false]);
      const i = await ok("POST", "/v1/api/itsm/configs", jira);
      assert.deepEqual([i.default_issue_type, i.is_active], ["Bug", true]);
    });
    it("works out a budget's remaining amount after each write", async () => {
      const b = await ok("POST", "/v1/api/budgets", budget);
      assert.deepEqual([b.spent, b.remaining], [0, 10]);
      assert.equal((await ok("PUT", `/v1/api/budgets/${b.id}`, { monthly_limit: 25 })).remaining, 25);
    });
    it("shows an SSO certificate only by fingerprint and expiry, and follows a rotation", async () => {
      const s = await ok("POST", "/v1/api/sso/configs", sso);
      assert.match(s.certificate_fingerprint, /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
      assert.ok(Date.parse(s.certificate_expires_at) > Date.now());
      assert.match(s.acs_url, /^https:\/\/api\.toktra\.io\/v1\/sso\/acs\?org_id=/);
      const rotated = await ok("PUT", `/v1/api/sso/configs/${s.id}`, { certificate: CERT_B });
      assert.notEqual(rotated.certificate_fingerprint, s.certificate_fingerprint);
    });
  });

  describe("cursor pages", () => {
    it("pages 25 at a time by default, up to 100 when asked, with an opaque cursor", async () => {
      for (let i = 0; i < 30; i++) await ok("POST", "/v1/api/budgets", { monthly_limit: i + 1 });
      const first = await ok("GET", "/v1/api/budgets");
      assert.deepEqual([first.items.length, first.has_more, first.total_count], [25, true, 30]);
      const second = await ok("GET", `/v1/api/budgets?cursor=${first.next_cursor}`);
      assert.deepEqual([second.items.length, second.has_more, second.next_cursor], [5, false, null]);
      assert.equal(second.items[0].monthly_limit, 26);
      assert.equal((await ok("GET", "/v1/api/budgets?limit=100")).items.length, 30);
    });
    const bad: [string, RegExp][] = [
      ["?limit=0", /limit/],
      ["?limit=101", /limit/],
      ["?limit=ten", /limit/],
      ["?cursor=not-ours", /cursor/],
    ];
    for (const [query, message] of bad) {
      it(`refuses ${query} with 400 bad_request`, async () => expectError(await call("GET", `/v1/api/policies${query}`), 400, "bad_request", message));
    }
  });

  describe("validation from the emulator's description of Toktra", () => {
    const cases: [string, string, Json, RegExp][] = [
      ["a missing name", "/v1/api/policies", { ...policy, name: undefined }, /name: is required/],
      ["a wrong enum", "/v1/api/policies", { ...policy, severity: "urgent" }, /severity: must be equal to one of the allowed values/],
      ["empty conditions", "/v1/api/policies", { ...policy, conditions: {} }, /conditions: must NOT have fewer than 1 properties/],
      ["a plain http SIEM endpoint", "/v1/api/siem/configs", { ...siem, endpoint: "http://hec.example.com" }, /endpoint: must match format "https-url"/],
      ["Splunk credentials without a token", "/v1/api/siem/configs", { ...siem, credentials: { signing_secret: "s" } }, /credentials\.token: is required/],
      [
        "elasticsearch, not elastic",
        "/v1/api/siem/configs",
        { ...siem, provider_type: "elasticsearch" },
        /provider_type: must be equal to one of the allowed values \(splunk, datadog, elastic, generic\)/,
      ],
      ["a bad PEM", "/v1/api/sso/configs", { ...sso, certificate: NOT_A_CERT }, /certificate: must match format "x509-pem"/],
      ["empty channels", "/v1/api/alert-configs", { name: "a", channels: [] }, /channels: must NOT have fewer than 1 items/],
      ["a threshold above 100", "/v1/api/budgets", { monthly_limit: 1, alert_threshold_pct: 101 }, /alert_threshold_pct: must be <= 100/],
      ["Jira credentials without an API token", "/v1/api/itsm/configs", { ...jira, credentials: { email: "a@b.co" } }, /credentials\.api_token: is required/],
      ["ServiceNow without a password", "/v1/api/itsm/configs", { ...servicenow, credentials: { username: "bot" } }, /credentials\.password: is required/],
    ];
    for (const [what, collection, body, message] of cases) {
      it(`answers 400 bad_request naming the field for ${what}`, async () => {
        const r = await call("POST", collection, JSON.parse(JSON.stringify(body)));
        expectError(r, 400, "bad_request", message);
        assert.ok(!JSON.stringify(r.body).includes("secret"), "a credential value in the message");
      });
    }
  });

  describe("faults", () => {
    it("answers an injected 429 in Toktra's shape with Retry-After", async () => {
      const res = await fetch(`${emu.url}/__emulator/faults`, {
        method: "POST",
        body: JSON.stringify({ rules: [{ path: "^/toktra/", status: 429, retryAfter: 2, times: 1 }] }),
      });
      assert.equal(res.status, 200);
      const r = await call("GET", "/v1/api/policies");
      expectError(r, 429, "rate_limit_exceeded", /injected fault/);
      assert.equal(r.headers.get("retry-after"), "2");
      assert.equal((await call("GET", "/v1/api/policies")).status, 200);
    });
  });
});
