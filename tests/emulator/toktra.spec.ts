// The Toktra emulator over real HTTP, in-process: bearer auth, Toktra's error
// shape, CRUD for every collection, write-once secrets, cursor pages,
// validation from the resource descriptions, and faults in Toktra's shape.
import { strict as assert } from "assert";
import { RunningEmulator, startEmulator } from "../../emulator";
import { CERT_A, CERT_B, NOT_A_CERT } from "../helpers/certificates";

import { rawApi, Res } from "../helpers/raw-api";

type Json = Record<string, any>;

const policy = { name: "cap", type: "token_limit", conditions: { max_tokens: 10 }, actions: { action: "block" } };
const siem = { name: "soc", type: "splunk", endpoint: "https://hec.example.com", token: "hec-secret-token-1", signing_secret: "siem-signing-1" };
const sso = { idp: "okta", entity_id: "http://www.okta.com/exk1", sso_url: "https://acme.okta.com/sso", certificate: CERT_A };
const servicenow = { name: "sn", type: "servicenow", instance_url: "https://acme.service-now.com", username: "bot", password: "sn-secret-password-1" };
const jira = { name: "j", type: "jira", instance_url: "https://acme.atlassian.net", email: "bot@acme.example", api_token: "jira-secret-token-1", project_key: "SEC" };

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
        const r = await call("GET", "/policies", undefined, auth);
        expectError(r, 401, "unauthorized");
        if (auth) assert.ok(!JSON.stringify(r.body).includes(auth.replace("Bearer ", "")));
      });
    }
    it("answers an unknown route with a loud 404 not_found", async () => {
      expectError(await call("GET", "/nope"), 404, "not_found", /no route for GET \/toktra\/v1\/nope/);
    });
    it("leaves Portkey's /v1 to Portkey", async () => {
      const res = await fetch(`${emu.portkeyBaseUrl}/admin/workspaces`, { headers: { "x-portkey-api-key": emu.portkeyKey } });
      assert.equal(res.status, 200);
    });
  });

  describe("create, get, list, update, delete", () => {
    const cases: [collection: string, create: Json, change: Json, secrets: string[]][] = [
      ["/policies", policy, { severity: "critical" }, []],
      ["/siem/configs", siem, { min_severity: "high" }, ["token", "signing_secret"]],
      ["/sso/saml-configs", sso, { enforce: true }, ["certificate"]],
      ["/budgets", { name: "eng", amount: 10, period: "monthly" }, { amount: 20 }, []],
      ["/alert-configs", { name: "a", alert_type: "security_event", channels: { emails: ["a@b.co"] } }, { min_severity: "high" }, []],
      ["/itsm/configs", jira, { issue_type: "Bug" }, ["api_token"]],
    ];
    for (const [collection, create, change, secrets] of cases) {
      it(`${collection}: full life with Toktra's shapes, secrets never shown`, async () => {
        const created = await call("POST", collection, create);
        assert.equal(created.status, 201);
        const id = created.body.id as string;
        assert.match(id, /^[a-z]+_[0-9a-f]{16}$/);
        assert.ok(!Number.isNaN(Date.parse(created.body.created_at)) && created.body.updated_at);
        const got = await ok("GET", `${collection}/${id}`);
        const list = await ok("GET", collection);
        assert.deepEqual([list.total_count, list.has_more, list.next_cursor, list.items[0].id], [1, false, null, id]);
        const updated = await ok("PUT", `${collection}/${id}`, change);
        for (const [k, v] of Object.entries(change)) assert.deepEqual(updated[k], v);
        for (const shown of [created.body, got, list.items[0], updated]) {
          for (const s of secrets) assert.ok(!(s in shown), `${s} shown`);
          for (const s of secrets) assert.ok(!JSON.stringify(shown).includes(String(create[s]).slice(0, 40)), `${s} value shown`);
        }
        assert.equal((await call("DELETE", `${collection}/${id}`)).status, 204);
        expectError(await call("GET", `${collection}/${id}`), 404, "not_found", new RegExp(id));
        expectError(await call("DELETE", `${collection}/${id}`), 404, "not_found");
      });
    }

    it("a PUT keeps absent fields, clears null ones, and ignores the immutable type", async () => {
      const { id } = await ok("POST", "/itsm/configs", { ...servicenow, assignment_group: "Sec" });
      const after = await ok("PUT", `/itsm/configs/${id}`, { assignment_group: null, type: "jira" });
      assert.equal(after.type, "servicenow");
      assert.equal(after.username, "bot");
      assert.ok(!("assignment_group" in after));
      expectError(await call("PUT", `/itsm/configs/${id}`, { password: null }), 400, "bad_request", /password: is required/);
    });
  });

  describe("Toktra semantics", () => {
    it("completes a policy's actions with notify and slack_alert", async () => {
      const p = await ok("POST", "/policies", policy);
      assert.deepEqual(p.actions, { notify: [], slack_alert: false, action: "block" });
      assert.equal(p.enabled, true);
    });
    it("works out a budget's remaining amount after each write", async () => {
      const b = await ok("POST", "/budgets", { name: "eng", amount: 10, period: "monthly" });
      assert.deepEqual([b.spent, b.remaining, b.currency, b.hard_cap], [0, 10, "USD", false]);
      assert.equal((await ok("PUT", `/budgets/${b.id}`, { amount: 25 })).remaining, 25);
    });
    it("shows an SSO certificate only by fingerprint and expiry, and follows a rotation", async () => {
      const s = await ok("POST", "/sso/saml-configs", sso);
      assert.match(s.certificate_fingerprint, /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
      assert.ok(Date.parse(s.certificate_expires_at) > Date.now());
      assert.match(s.acs_url, /^https:\/\/api\.toktra\.io\/v1\/sso\/acs\?org_id=/);
      const rotated = await ok("PUT", `/sso/saml-configs/${s.id}`, { certificate: CERT_B });
      assert.notEqual(rotated.certificate_fingerprint, s.certificate_fingerprint);
    });
    it("keeps one SSO configuration per organization: a second answers 409 conflict", async () => {
      const first = await ok("POST", "/sso/saml-configs", sso);
      expectError(await call("POST", "/sso/saml-configs", sso), 409, "conflict", new RegExp(first.id));
    });
  });

  describe("cursor pages", () => {
    it("pages 25 at a time by default, up to 100 when asked, with an opaque cursor", async () => {
      for (let i = 0; i < 30; i++) await ok("POST", "/budgets", { name: `b${i}`, amount: i + 1, period: "daily" });
      const first = await ok("GET", "/budgets");
      assert.deepEqual([first.items.length, first.has_more, first.total_count], [25, true, 30]);
      const second = await ok("GET", `/budgets?cursor=${first.next_cursor}`);
      assert.deepEqual([second.items.length, second.has_more, second.next_cursor], [5, false, null]);
      assert.equal(second.items[0].name, "b25");
      assert.equal((await ok("GET", "/budgets?limit=100")).items.length, 30);
    });
    const bad: [string, RegExp][] = [
      ["?limit=0", /limit/],
      ["?limit=101", /limit/],
      ["?limit=ten", /limit/],
      ["?cursor=not-ours", /cursor/],
    ];
    for (const [query, message] of bad) {
      it(`refuses ${query} with 400 bad_request`, async () => expectError(await call("GET", `/policies${query}`), 400, "bad_request", message));
    }
  });

  describe("validation from the resource descriptions", () => {
    const cases: [string, string, Json, RegExp][] = [
      ["a missing name", "/policies", { ...policy, name: undefined }, /name: is required/],
      ["a wrong enum", "/policies", { ...policy, severity: "urgent" }, /severity: must be equal to one of the allowed values/],
      ["empty conditions", "/policies", { ...policy, conditions: {} }, /conditions: must NOT have fewer than 1 properties/],
      ["a token_limit policy without max_tokens", "/policies", { ...policy, conditions: { models: ["m"] } }, /conditions\.max_tokens: is required/],
      ["an unknown key in actions", "/policies", { ...policy, actions: { action: "block", page: true } }, /actions: must NOT have additional properties/],
      ["a plain http SIEM endpoint", "/siem/configs", { ...siem, endpoint: "http://hec.example.com" }, /endpoint: must match format "https-url"/],
      ["empty event types", "/siem/configs", { ...siem, event_types: [] }, /event_types: must NOT have fewer than 1 items/],
      ["a bad PEM", "/sso/saml-configs", { ...sso, certificate: NOT_A_CERT }, /certificate: must match format "x509-pem"/],
      ["empty allowed domains", "/sso/saml-configs", { ...sso, allowed_domains: [] }, /allowed_domains: must NOT have fewer than 1 items/],
      ["empty channels", "/alert-configs", { name: "a", alert_type: "security_event", channels: {} }, /channels: must NOT have fewer than 1 properties/],
      ["a ServiceNow field on Jira", "/itsm/configs", { ...jira, password: "x" }, /password: is not allowed here/],
      ["ServiceNow without a password", "/itsm/configs", { ...servicenow, password: undefined }, /password: is required/],
    ];
    for (const [what, collection, body, message] of cases) {
      it(`answers 400 bad_request naming the field for ${what}`, async () => {
        expectError(await call("POST", collection, JSON.parse(JSON.stringify(body))), 400, "bad_request", message);
      });
    }
  });

  describe("faults", () => {
    it("answers an injected 429 in Toktra's shape with Retry-After", async () => {
      const res = await fetch(`${emu.url}/__emulator/faults`, { method: "POST", body: JSON.stringify({ rules: [{ path: "^/toktra/", status: 429, retryAfter: 2, times: 1 }] }) });
      assert.equal(res.status, 200);
      const r = await call("GET", "/policies");
      expectError(r, 429, "rate_limit_exceeded", /injected fault/);
      assert.equal(r.headers.get("retry-after"), "2");
      assert.equal((await call("GET", "/policies")).status, 200);
    });
  });
});
