// The Portkey emulator over real HTTP, in-process: auth, CRUD and envelopes,
// Portkey's semantics and quirks, the control plane, faults, persistence, CLI.
import { strict as assert } from "assert";
import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { RunningEmulator, startEmulator } from "../../emulator";

import { rawApi, Res } from "../helpers/raw-api";

type Json = Record<string, any>;

describe("Portkey emulator", function () {
  let emu: RunningEmulator;
  before(async () => {
    emu = await startEmulator({ port: 0 });
  });
  beforeEach(() => emu.reset());
  after(() => emu.close());

  const { call, ok } = rawApi(
    () => emu.portkeyBaseUrl,
    (key): Record<string, string> => (key === null ? {} : { "x-portkey-api-key": key }),
    () => emu.portkeyKey,
  );
  async function control(method: string, p: string, body?: unknown): Promise<any> {
    const res = await fetch(`${emu.url}/__emulator${p}`, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    assert.equal(res.status, 200, `control ${method} ${p}`);
    return res.json();
  }
  const quirks = (q: Json) => control("PUT", "/quirks", q);
  const expectError = (r: Res, status: number, code: string, message?: RegExp) => {
    assert.equal(r.status, status, JSON.stringify(r.body));
    assert.equal(r.body.errorCode, code);
    if (message) assert.match(r.body.message, message);
  };

  /** A workspace, an org integration enabled for it, and optionally a provider and a config. */
  async function world(opts: { provider?: boolean; config?: boolean } = {}) {
    const ws = await ok("POST", "/admin/workspaces", { name: "Team A" });
    const integ = await ok("POST", "/integrations", { name: "LLM creds", ai_provider_id: "openai", key: "sk-live-secret-9876" });
    await ok("PUT", `/integrations/${integ.slug}/workspaces`, { workspaces: [{ id: ws.id, enabled: true }] });
    const vk = opts.provider ? await ok("POST", "/providers", { name: "app key", workspace_id: ws.id, integration_id: integ.slug }) : undefined;
    const cfg = opts.config ? await ok("POST", "/configs", { name: "routing", workspace_id: ws.slug, config: { retry: { attempts: 2 } } }) : undefined;
    return { ws, integ, vk, cfg };
  }

  describe("auth and routing", () => {
    const cases: [string, string | null][] = [
      ["a missing key", null],
      ["a wrong key", "pk-wrong-key-123"],
    ];
    for (const [what, key] of cases) {
      it(`answers 401 AB05 to ${what}, without echoing it`, async () => {
        const r = await call("GET", "/admin/workspaces", undefined, key);
        expectError(r, 401, "AB05");
        if (key) assert.ok(!JSON.stringify(r.body).includes(key));
      });
    }
    it("answers a loud 404 AB08 to an unknown route", async () => {
      expectError(await call("GET", "/nope/x"), 404, "AB08", /^emulator: no route for GET \/v1\/nope\/x$/);
      expectError(await call("PATCH", "/configs/x"), 404, "AB08", /no route for PATCH/);
    });
  });

  describe("create, get, list, update, delete", () => {
    interface Case {
      type: string;
      collection: (w: Json) => string;
      create: (w: Json) => Json;
      createKeys: string[];
      item: (created: Json, w: Json) => string;
      update: Json;
      updateReply: string[];
      updated: (obj: Json) => unknown;
      expected: unknown;
      goneStatus: number;
    }
    const cases: Case[] = [
      {
        type: "workspace",
        collection: () => "/admin/workspaces",
        create: () => ({ name: "Search team", description: "first", defaults: { metadata: { team: "s" } } }),
        createKeys: ["id", "slug", "name", "description", "defaults", "usage_limits", "rate_limits", "created_at", "last_updated_at"],
        item: (c) => `/admin/workspaces/${c.id}`,
        update: { description: "second" },
        updateReply: [],
        updated: (o) => o.description,
        expected: "second",
        goneStatus: 403,
      },
      {
        type: "integration",
        collection: () => "/integrations",
        create: () => ({ name: "Other creds", ai_provider_id: "anthropic", key: "sk-ant-abcdef-1234" }),
        createKeys: ["id", "slug", "object"],
        item: (c) => `/integrations/${c.slug}`,
        update: { description: "second" },
        updateReply: [],
        updated: (o) => o.description,
        expected: "second",
        goneStatus: 404,
      },
      {
        type: "provider",
        collection: (w) => `/providers?workspace_id=${w.ws.id}`,
        create: (w) => ({ name: "second key", workspace_id: w.ws.slug, integration_id: w.integ.slug, note: "first" }),
        createKeys: ["id", "slug", "object"],
        item: (c, w) => `/providers/${c.id}?workspace_id=${w.ws.id}`,
        update: { note: "second" },
        updateReply: ["id", "slug"],
        updated: (o) => o.note,
        expected: "second",
        goneStatus: 404,
      },
      {
        type: "config",
        collection: (w) => `/configs?workspace_id=${w.ws.id}`,
        create: (w) => ({ name: "fallbacks", workspace_id: w.ws.id, config: { retry: { attempts: 1 } }, isDefault: 1 }),
        createKeys: ["id", "slug", "version_id"],
        item: (c) => `/configs/${c.slug}`,
        update: { config: { retry: { attempts: 4 } } },
        updateReply: ["version_id"],
        updated: (o) => JSON.parse(o.config).retry.attempts,
        expected: 4,
        goneStatus: 404,
      },
    ];
    for (const c of cases) {
      it(`${c.type}: full life with Portkey's envelopes`, async () => {
        const w = await world();
        const created = await ok("POST", c.collection(w).split("?")[0]!, c.create(w));
        for (const k of c.createKeys) assert.ok(k in created, `create reply lacks ${k}`);
        if (c.createKeys.length === 3) assert.equal(Object.keys(created).length, 3);
        const item = c.item(created, w);
        const got = await ok("GET", item);
        assert.equal(got.id, created.id);
        assert.match(got.created_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
        assert.ok("last_updated_at" in got);
        const list = await ok("GET", c.collection(w));
        assert.equal(list.object, "list");
        assert.ok(list.data.some((o: Json) => o.id === created.id));
        assert.equal(list.total, list.data.length);
        const reply = await ok("PUT", item, c.update);
        assert.deepEqual(Object.keys(reply).sort(), c.updateReply);
        assert.deepEqual(c.updated(await ok("GET", item)), c.expected);
        const body = c.type === "workspace" ? { name: "Search team", force_delete: false } : undefined;
        assert.deepEqual(await ok("DELETE", item, body), {});
        expectError(await call("GET", item), c.goneStatus, c.goneStatus === 403 ? "AB03" : "AB08");
      });
    }

    it("mints Portkey-shaped slugs and reproducible ids", async () => {
      await control("POST", "/reset", { seed: 42 });
      const w = await world({ provider: true, config: true });
      assert.match(w.ws.slug, /^ws-team-a-[0-9a-f]{6}$/);
      assert.match(w.integ.slug, /^llm-creds-[0-9a-f]{6}$/);
      assert.match(w.vk!.slug, /^app-key-[0-9a-f]{6}$/);
      assert.match(w.cfg!.slug, /^pc-routin-[0-9a-f]{6}$/);
      await control("POST", "/reset", { seed: 42 });
      assert.equal((await world()).ws.id, w.ws.id);
    });

    it("pages lists from 0 with page_size", async () => {
      for (const name of ["a", "b", "c"]) await ok("POST", "/admin/workspaces", { name });
      const second = await ok("GET", "/admin/workspaces?page_size=2&current_page=1");
      assert.deepEqual([second.total, second.data.map((w: Json) => w.name)], [3, ["c"]]);
    });
  });

  describe("Portkey semantics", () => {
    it("echoes children's workspace as the UUID and provider fields as Portkey does", async () => {
      const w = await world({ provider: true, config: true });
      const vk = await ok("GET", `/providers/${w.vk!.id}?workspace_id=${w.ws.slug}`);
      assert.deepEqual(
        [vk.workspace_id, vk.integration_id, vk.ai_provider_name, vk.status, vk.object],
        [w.ws.id, w.integ.slug, "openai", "active", "provider"],
      );
      const cfg = await ok("GET", `/configs/${w.cfg!.slug}`);
      assert.deepEqual([cfg.workspace_id, cfg.is_default], [w.ws.id, 0]);
    });

    it("refuses a duplicate integration slug and a duplicate provider slug in one workspace with 409 AB07", async () => {
      const w = await world();
      expectError(await call("POST", "/integrations", { name: "x", slug: w.integ.slug, ai_provider_id: "openai" }), 409, "AB07");
      const body = { name: "k", slug: "my-key", workspace_id: w.ws.id, integration_id: w.integ.slug };
      await ok("POST", "/providers", body);
      expectError(await call("POST", "/providers", body), 409, "AB07");
    });

    it("keeps model access per integration: allow_all_models and each model's switch", async () => {
      const { integ } = await world();
      assert.deepEqual(await ok("GET", `/integrations/${integ.slug}/models`), { total: 0, allow_all_models: true, models: [] });
      await ok("PUT", `/integrations/${integ.slug}/models`, {
        allow_all_models: false,
        models: [
          { slug: "gpt-4o", enabled: true },
          { slug: "o3", enabled: false },
        ],
      });
      const got = await ok("GET", `/integrations/${integ.slug}/models`);
      assert.equal(got.allow_all_models, false);
      assert.deepEqual(
        got.models.map((m: Json) => [m.slug, m.enabled]),
        [
          ["gpt-4o", true],
          ["o3", false],
        ],
      );
      assert.equal((await ok("GET", `/integrations/${integ.slug}`)).allow_all_models, false, "the integration shows it too");
      expectError(await call("PUT", `/integrations/${integ.slug}/models`, { allow_all_models: true }), 400, "AB01", /models/);
      expectError(await call("PUT", `/integrations/${integ.slug}/models`, { models: [{ slug: "x" }] }), 400, "AB01", /enabled/);
    });

    it("refuses a provider with 403 AB03 until the integration is enabled for the workspace", async () => {
      const ws = await ok("POST", "/admin/workspaces", { name: "Solo" });
      const integ = await ok("POST", "/integrations", { name: "c", ai_provider_id: "openai", key: "sk-x-000011112222" });
      const body = { name: "k", workspace_id: ws.id, integration_id: integ.slug };
      expectError(await call("POST", "/providers", body), 403, "AB03");
      const grant = { id: ws.slug, enabled: true, usage_limits: [{ type: "cost", credit_limit: 5 }] };
      await ok("PUT", `/integrations/${integ.slug}/workspaces`, { workspaces: [grant] });
      const list = await ok("GET", `/integrations/${integ.slug}/workspaces`);
      const shown = { ...grant, usage_limits: [{ type: "cost", credit_limit: 5, periodic_reset: "" }], rate_limits: null };
      assert.deepEqual(list, { total: 1, workspaces: [shown] });
      await ok("POST", "/providers", body);
      await ok("PUT", `/integrations/${integ.slug}/workspaces`, { workspaces: [{ id: ws.id, enabled: false }] });
      assert.equal((await ok("GET", `/integrations/${integ.slug}/workspaces`)).workspaces[0].enabled, false);
      expectError(await call("POST", "/providers", { ...body, name: "k2" }), 403, "AB03");
    });

    it("treats a workspace-scoped integration as enabled for its own workspace", async () => {
      const ws = await ok("POST", "/admin/workspaces", { name: "Scoped" });
      const integ = await ok("POST", "/integrations", { name: "mine", ai_provider_id: "openai", workspace_id: ws.slug });
      const got = await ok("GET", `/integrations/${integ.slug}`);
      assert.deepEqual([got.type, got.workspace_id], ["workspace", ws.id]);
      await ok("POST", "/providers", { name: "k", workspace_id: ws.id, integration_id: integ.id });
    });

    it("deletes a workspace with dependents only with force_delete, and then cascades", async () => {
      const w = await world({ provider: true, config: true });
      const item = `/admin/workspaces/${w.ws.id}`;
      expectError(await call("DELETE", item, { name: "Wrong name" }), 400, "AB01", /^name:/);
      expectError(await call("DELETE", item, { name: "Team A" }), 409, "AB07", /Unable to delete\. Please ensure that all Virtual Keys are deleted/);
      await ok("DELETE", item, { name: "Team A", force_delete: true });
      expectError(await call("GET", item), 403, "AB03");
      expectError(await call("GET", `/admin/workspaces/${w.ws.slug}`), 403, "AB03");
      expectError(await call("GET", `/providers/${w.vk!.id}`), 404, "AB08");
      expectError(await call("GET", `/configs/${w.cfg!.slug}`), 404, "AB08");
      assert.equal((await ok("GET", `/integrations/${w.integ.slug}/workspaces`)).total, 0);
      assert.equal((await ok("GET", `/providers?workspace_id=${w.ws.id}`)).total, 0);
    });

    it("deletes an empty workspace without force_delete", async () => {
      const ws = await ok("POST", "/admin/workspaces", { name: "Empty" });
      await ok("DELETE", `/admin/workspaces/${ws.slug}`, { name: "Empty" });
      assert.equal((await ok("GET", "/admin/workspaces")).total, 0);
    });

    it("keeps absent workspace fields, clears limits with null and the icon with an empty string", async () => {
      const ws = await ok("POST", "/admin/workspaces", { name: "W", icon: "🚀", rate_limits: [{ type: "requests", unit: "rpm", value: 10 }] });
      await ok("PUT", `/admin/workspaces/${ws.id}`, { description: "d" });
      await ok("GET", `/admin/workspaces/${ws.id}`);
      let got = await ok("GET", `/admin/workspaces/${ws.id}`);
      assert.deepEqual([got.icon, got.rate_limits.length], ["🚀", 1]);
      await ok("PUT", `/admin/workspaces/${ws.id}`, { icon: "", rate_limits: null });
      await ok("GET", `/admin/workspaces/${ws.id}`);
      got = await ok("GET", `/admin/workspaces/${ws.id}`);
      assert.deepEqual([got.icon, got.name, got.rate_limits, got.description], ["", "W", [], "d"]);
    });
  });

  describe("validation against Portkey's OpenAPI description", () => {
    const grant = (e: Json) => (w: Json) => ({ workspaces: [{ id: w.ws.id, ...e }] });
    const cases: [string, string, string, (w: Json) => Json, RegExp][] = [
      [
        "a usage limit type of dollars",
        "POST",
        "/admin/workspaces",
        () => ({ name: "x", usage_limits: [{ type: "dollars" }] }),
        /^usage_limits\.0\.type: .*allowed values \(cost, tokens\)$/,
      ],
      ["a missing name", "POST", "/admin/workspaces", () => ({}), /^name: is required$/],
      [
        "an unknown rate unit and a text value on update (all errors)",
        "PUT",
        "/admin/workspaces/{ws}",
        () => ({ rate_limits: [{ type: "requests", unit: "rps", value: "ten" }] }),
        /^(?=.*rate_limits\.0\.unit: must be equal to one of the allowed values \(rpd, rph, rpm\))(?=.*rate_limits\.0\.value: must be integer)/,
      ],
      ["isDefault of 2", "POST", "/configs", () => ({ name: "c", config: { retry: { attempts: 1 } }, isDefault: 2 }), /^isDefault:/],
      ["a config that is not an object", "POST", "/configs", () => ({ name: "c", config: "retry twice" }), /^config: must be object$/],
      [
        "a usage limit of 0 on a provider",
        "POST",
        "/providers",
        (w) => ({ name: "k", workspace_id: w.ws.id, integration_id: w.integ.slug, usage_limits: { credit_limit: 0 } }),
        /^usage_limits\.credit_limit: must be >= 1$/,
      ],
      ["a provider without integration", "POST", "/providers", (w) => ({ name: "k", workspace_id: w.ws.id }), /^integration_id: is required$/],
      ["a bad integration slug", "POST", "/integrations", () => ({ name: "i", slug: "Bad Slug", ai_provider_id: "openai" }), /^slug: /],
      [
        "two usage limits on one grant",
        "PUT",
        "/integrations/{integ}/workspaces",
        grant({ enabled: true, usage_limits: [{ type: "cost" }, { type: "tokens" }] }),
        /^workspaces\.0\.usage_limits: must NOT have more than 1 items$/,
      ],
      ["a grant without enabled", "PUT", "/integrations/{integ}/workspaces", grant({}), /^workspaces\.0\.enabled: is required$/],
    ];
    for (const [what, method, p, body, message] of cases) {
      it(`answers 400 AB01 naming the field for ${what}`, async () => {
        const w = await world();
        const url = p.replace("{ws}", w.ws.id).replace("{integ}", w.integ.slug);
        expectError(await call(method, url, body(w)), 400, "AB01", message);
      });
    }
    it("answers 400 AB01 to a body that is not JSON", async () => {
      const res = await fetch(emu.portkeyBaseUrl + "/admin/workspaces", { method: "POST", headers: { "x-portkey-api-key": emu.portkeyKey }, body: "{nope" });
      assert.equal(res.status, 400);
    });
  });

  describe("quirks, on and off", () => {
    interface Case {
      quirk: string;
      probe: (w: Json) => Promise<unknown>;
      on: unknown;
      off: unknown;
    }
    const cases: Case[] = [
      {
        quirk: "iconPrefix",
        probe: async () => (await ok("GET", `/admin/workspaces/${(await ok("POST", "/admin/workspaces", { name: "Rocket", icon: "🚀" })).id}`)).name,
        on: "🚀 Rocket",
        off: "Rocket",
      },
      {
        quirk: "configAsString",
        probe: async (w) => typeof (await ok("GET", `/configs/${w.cfg.slug}`)).config,
        on: "string",
        off: "object",
      },
      {
        quirk: "configDefaults",
        probe: async (w) => {
          const c = (await ok("GET", `/configs/${w.cfg.slug}`)).config;
          return typeof c === "string" ? c : JSON.stringify(c);
        },
        on: '{"strategy":{"mode":"single"},"retry":{"attempts":2}}',
        off: '{"retry":{"attempts":2}}',
      },
      {
        quirk: "maskSecrets",
        probe: async (w) => {
          await ok("PUT", `/integrations/${w.integ.slug}`, { configurations: { openai_organization: "org-secret-abcd", n: 1 } });
          const got = await ok("GET", `/integrations/${w.integ.slug}`);
          return [got.masked_key ?? got.key, got.configurations];
        },
        on: ["sk-****9876", { masked_openai_organization: "org-****abcd", masked_n: 1 }],
        off: ["sk-live-secret-9876", { openai_organization: "org-secret-abcd", n: 1 }],
      },
      {
        quirk: "emptyStrings",
        probe: async (w) => {
          const got = await ok("GET", `/admin/workspaces/${w.ws.id}`);
          return [got.description, got.usage_limits, (await ok("GET", `/integrations/${w.integ.slug}`)).description];
        },
        on: ["", [], ""],
        off: [null, null, null],
      },
      {
        quirk: "slugEcho",
        probe: async (w) => {
          const grantId = (await ok("GET", `/integrations/${w.integ.slug}/workspaces`)).workspaces[0].id;
          return [grantId, (await ok("GET", `/configs/${w.cfg.slug}`)).workspace_id];
        },
        on: ["{slug}", "{id}"],
        off: ["{id}", "{slug}"],
      },
      {
        quirk: "staleReads",
        probe: async (w) => {
          await ok("PUT", `/admin/workspaces/${w.ws.id}`, { usage_limits: [{ type: "tokens", credit_limit: 7, periodic_reset: "weekly" }] });
          const first = (await ok("GET", `/admin/workspaces/${w.ws.id}`)).usage_limits.length;
          return [first, (await ok("GET", `/admin/workspaces/${w.ws.id}`)).usage_limits.length];
        },
        on: [0, 1],
        off: [1, 1],
      },
      {
        quirk: "forbiddenOnDeletedWorkspace",
        probe: async (w) => {
          await ok("DELETE", `/admin/workspaces/${w.ws.id}`, { name: "Team A", force_delete: true });
          return (await call("GET", `/admin/workspaces/${w.ws.id}`)).body.errorCode;
        },
        on: "AB03",
        off: "AB08",
      },
      {
        quirk: "strictDeleteName",
        probe: async () => {
          const rocket = await ok("POST", "/admin/workspaces", { name: "Launch 🚀" });
          const del = await call("DELETE", `/admin/workspaces/${rocket.id}`, { name: "Launch 🚀", force_delete: true });
          return [del.status, del.body.message ?? null, (await call("GET", `/admin/workspaces/${rocket.id}`)).status];
        },
        on: [400, "name: Invalid value", 200],
        off: [200, null, 403],
      },
    ];
    const fill = (v: unknown, w: Json): unknown =>
      JSON.parse(
        JSON.stringify(v)
          .replace(/\{slug\}/g, w.ws.slug)
          .replace(/\{id\}/g, w.ws.id),
      );
    for (const c of cases) {
      for (const state of [true, false]) {
        it(`${c.quirk} ${state ? "on" : "off"}`, async () => {
          await quirks({ [c.quirk]: state });
          const w = await world({ config: true });
          assert.deepEqual(await c.probe(w), fill(state ? c.on : c.off, w));
        });
      }
    }
    it("reads quirks, rejects unknown ones, and restores start-time quirks on reset", async () => {
      assert.equal((await quirks({ iconPrefix: false })).iconPrefix, false);
      const bad = await fetch(`${emu.url}/__emulator/quirks`, { method: "PUT", body: JSON.stringify({ nope: true }) });
      assert.equal(bad.status, 400);
      emu.reset();
      assert.equal((await control("GET", "/quirks")).iconPrefix, true);
    });
  });

  describe("control plane", () => {
    it("journals API calls without query strings, not control-plane calls, and clears on request", async () => {
      await call("GET", "/providers?workspace_id=x");
      await call("GET", "/admin/workspaces", undefined, null);
      await control("GET", "/state");
      assert.deepEqual(await control("GET", "/journal"), [
        { method: "GET", path: "/v1/providers", status: 200 },
        { method: "GET", path: "/v1/admin/workspaces", status: 401 },
      ]);
      assert.equal(emu.journal().length, 2);
      await control("DELETE", "/journal");
      assert.deepEqual(emu.journal(), []);
    });

    it("counts the most API requests served at once, until the journal is cleared", async () => {
      await control("PUT", "/latency", { ms: 50 });
      try {
        await Promise.all([1, 2, 3].map(() => call("GET", "/admin/workspaces")));
        await call("GET", "/admin/workspaces");
        assert.deepEqual(await control("GET", "/concurrency"), { peakInFlight: 3 });
        await control("DELETE", "/journal");
        assert.deepEqual(await control("GET", "/concurrency"), { peakInFlight: 0 });
        await call("GET", "/admin/workspaces");
        assert.deepEqual(await control("GET", "/concurrency"), { peakInFlight: 1 });
      } finally {
        await control("PUT", "/latency", { ms: 0 });
      }
    });

    it("dumps state and resets it", async () => {
      await world();
      const state = (await control("GET", "/state")) as Json;
      assert.equal(Object.keys(state.services.portkey.workspaces).length, 1);
      await control("POST", "/reset");
      assert.equal((await ok("GET", "/admin/workspaces")).total, 0);
    });
  });

  describe("fault injection", () => {
    const faults = (rules: Json[], seed?: number) => control("POST", "/faults", { rules, ...(seed === undefined ? {} : { seed }) });

    it("answers an injected status with Retry-After, for the given number of times", async () => {
      await faults([{ method: "GET", path: "^/v1/admin/workspaces$", status: 429, retryAfter: 7, times: 1 }]);
      const first = await call("GET", "/admin/workspaces");
      expectError(first, 429, "AB06");
      assert.equal(first.headers.get("retry-after"), "7");
      assert.equal((await call("GET", "/admin/workspaces")).status, 200);
      assert.deepEqual(
        emu.journal().map((e) => e.status),
        [429, 200],
      );
    });

    it("resets the connection without performing the request", async () => {
      await faults([{ method: "POST", path: "/admin/workspaces", kind: "reset", times: 1 }]);
      await assert.rejects(call("POST", "/admin/workspaces", { name: "x" }));
      assert.deepEqual(emu.journal(), [{ method: "POST", path: "/v1/admin/workspaces", status: 0, fault: "reset" }]);
      assert.equal((await ok("GET", "/admin/workspaces")).total, 0);
    });

    it("dropAfterCommit commits the object, then drops the connection", async () => {
      await faults([{ path: "^/v1/configs$", method: "POST", kind: "dropAfterCommit" }]);
      await assert.rejects(call("POST", "/configs", { name: "c", config: { retry: { attempts: 1 } } }));
      assert.equal((await ok("GET", "/configs")).total, 1);
      assert.equal(emu.journal()[0]!.status, 0);
    });

    it("answers an HTML 502 page and truncated JSON", async () => {
      await faults([
        { path: "workspaces$", kind: "html", times: 1 },
        { path: "workspaces$", kind: "truncated", times: 1 },
      ]);
      const html = await fetch(emu.portkeyBaseUrl + "/admin/workspaces", { headers: { "x-portkey-api-key": emu.portkeyKey } });
      assert.equal(html.status, 502);
      assert.match(await html.text(), /<html>/);
      await assert.rejects(call("GET", "/admin/workspaces"), SyntaxError);
    });

    it("answers with fields added, or with the named fields left out, after performing the request", async () => {
      await faults([
        { method: "POST", path: "workspaces$", kind: "missingFields", fields: ["id", "slug"], times: 1 },
        { method: "GET", path: "workspaces$", kind: "extraFields", times: 1 },
      ]);
      const created = await ok("POST", "/admin/workspaces", { name: "Shaped" });
      assert.ok(!("id" in created) && !("slug" in created) && created.name === "Shaped", JSON.stringify(created));
      const listed = await ok("GET", "/admin/workspaces");
      assert.equal(listed.data.length, 1, "the create was performed");
      assert.ok("x_added_in_a_later_version" in listed && "x_added_in_a_later_version" in listed.data[0]);
      await faults([{ kind: "missingFields", fields: 3 as never }]).then(
        () => assert.fail("a malformed rule is accepted"),
        () => undefined,
      );
    });

    it("adds latency, and decides partial probabilities reproducibly from the seed", async () => {
      await control("PUT", "/latency", { ms: 60 });
      const t0 = Date.now();
      await ok("GET", "/admin/workspaces");
      assert.ok(Date.now() - t0 >= 55);
      await control("PUT", "/latency", { ms: 0 });
      const pattern = async () => {
        await faults([{ path: "workspaces", status: 503, probability: 0.5 }], 7);
        const out: number[] = [];
        for (let i = 0; i < 12; i++) out.push((await call("GET", "/admin/workspaces")).status);
        return out;
      };
      const a = await pattern();
      assert.deepEqual(await pattern(), a);
      assert.ok(a.includes(503) && a.includes(200), JSON.stringify(a));
      await control("DELETE", "/faults");
      assert.equal((await call("GET", "/admin/workspaces")).status, 200);
    });

    it("rejects a malformed rule", async () => {
      const res = await fetch(`${emu.url}/__emulator/faults`, { method: "POST", body: JSON.stringify({ rules: [{ path: "(" }] }) });
      assert.equal(res.status, 400);
    });
  });

  describe("persistence and CLI", () => {
    it("saves to the data file after each write and loads it on restart", async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "emu-"));
      const dataFile = path.join(dir, "state.json");
      const first = await startEmulator({ port: 0, dataFile });
      const headers = { "x-portkey-api-key": first.portkeyKey, "content-type": "application/json" };
      const created = (await (await fetch(first.portkeyBaseUrl + "/admin/workspaces", { method: "POST", headers, body: '{"name":"Kept"}' })).json()) as Json;
      await first.close();
      assert.deepEqual(fs.readdirSync(dir), ["state.json"]);
      const second = await startEmulator({ port: 0, dataFile });
      try {
        const got = (await (await fetch(`${second.portkeyBaseUrl}/admin/workspaces/${created.id}`, { headers })).json()) as Json;
        assert.equal(got.name, "Kept");
        const next = (await (await fetch(second.portkeyBaseUrl + "/admin/workspaces", { method: "POST", headers, body: '{"name":"New"}' })).json()) as Json;
        assert.notEqual(next.id, created.id, "ids continue after a restart");
      } finally {
        await second.close();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it("refuses to start without Portkey's OpenAPI description, naming where it looked", async () => {
      await assert.rejects(
        startEmulator({ port: 0, portkeyOpenApi: "/nonexistent/portkey-openapi.yaml" }),
        /OpenAPI description not found at \/nonexistent\/portkey-openapi\.yaml/,
      );
      const saved = process.env.AIGOV_PORTKEY_OPENAPI;
      process.env.AIGOV_PORTKEY_OPENAPI = "/nonexistent/from-env.yaml";
      try {
        await assert.rejects(startEmulator({ port: 0 }), /not found at \/nonexistent\/from-env\.yaml/);
      } finally {
        if (saved === undefined) delete process.env.AIGOV_PORTKEY_OPENAPI;
        else process.env.AIGOV_PORTKEY_OPENAPI = saved;
      }
    });

    it("prints the address and the key as its first two lines", async () => {
      const child = spawn(process.execPath, [path.join(__dirname, "../../emulator/main.js"), "--port", "0", "--portkey-key", "pk-cli-key"]);
      try {
        const lines = await new Promise<string[]>((resolve, reject) => {
          let out = "";
          child.stdout.on("data", (d: Buffer) => {
            out += d.toString();
            const ls = out.split("\n");
            if (ls.length > 2) resolve(ls.slice(0, 2));
          });
          child.on("exit", (code) => reject(new Error(`exited ${code}`)));
        });
        assert.match(lines[0]!, /^emulator listening on http:\/\/127\.0\.0\.1:\d+$/);
        assert.equal(lines[1], "portkey api key: pk-cli-key");
        const url = lines[0]!.replace("emulator listening on ", "");
        assert.equal((await fetch(`${url}/v1/admin/workspaces`, { headers: { "x-portkey-api-key": "pk-cli-key" } })).status, 200);
      } finally {
        child.kill();
      }
    });
  });
});
