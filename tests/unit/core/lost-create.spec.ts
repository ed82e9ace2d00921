// The lost-create protection a description chooses applies around a resource's
// own `create` hook too: an override cannot drop it.
import { expect } from "chai";
import { derivedSlug } from "../../../provider/core/autoslug";
import { markerOf } from "../../../provider/core/marker";
import { lookSchedule } from "../../../provider/core/steps/lost-create";
import { configureFrom } from "../../../provider/core/config";
import { setLogSink } from "../../../provider/core/log";
import { Ctx, defineResource } from "../../../provider/core/resource";
import { ResourceSpec } from "../../../spec/core/types";
import { SEED_KEY } from "../../../provider/core/keys";
import type { Bag } from "../../../provider/core/wire";
import { MODULES } from "../../../provider/modules";
import { expectEveryMockUsed, nock, useNock } from "../../helpers/nock";

const BASE = "https://api.portkey.test";
const reset = () => Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });

function widgetSpec(lostCreate: ResourceSpec["lostCreate"], pathKey: "id" | "slug"): ResourceSpec {
  return {
    vendor: "portkey",
    name: "Widget",
    file: "widget",
    doc: "A test object.",
    api: { collection: "/widgets", item: "/widgets/{key}", pathKey },
    importId: { parts: [pathKey], example: "w-1" },
    naturalKey: ["name"],
    lostCreate,
    ...(lostCreate === "derivedSlug" ? { autoSlug: "slug" } : {}),
    fields: {
      name: { doc: "Name.", schema: { type: "string" }, required: true },
      slug: { doc: "Slug.", schema: { type: "string" }, computed: true, replaceOnChange: true, createOnly: true },
    },
  };
}

/** A create hook that speaks to its own endpoint, as quirky APIs make resources do. */
const hooked = (calls: string[]) => ({
  async create({ client }: Ctx, body: Bag) {
    calls.push("hook");
    return (await client.post<Bag>("/widgets/new", { body })).widget as Bag;
  },
});

describe("lost-create protection around a create hook", () => {
  useNock();
  const schedule = lookSchedule.delaysMs;
  before(() => {
    configureFrom({ get: (k) => ({ "portkey:apiKey": "pk-lost-create-test", "portkey:baseUrl": `${BASE}/v1`, "portkey:maxRetries": "3" })[k] });
    lookSchedule.delaysMs = [0, 1, 1];
  });
  after(() => (lookSchedule.delaysMs = schedule));
  expectEveryMockUsed();

  it("naturalKey with a marker: a lost answer is followed by looks that find our object, not a second POST", async () => {
    const calls: string[] = [];
    const spec = { ...widgetSpec("naturalKey", "id"), ownerMarker: "name" };
    const news = { [SEED_KEY]: "proj/dev/portkey:Widget/w", name: "gadget" };
    const widget = { id: "w-1", name: `gadget ${markerOf(spec, news)}`, created_at: new Date().toISOString() };
    nock(BASE)
      .post("/v1/widgets/new")
      .replyWithError(reset())
      .get("/v1/widgets")
      .query({ page_size: 100, current_page: 0 })
      .reply(200, { total: 0, data: [] })
      .get("/v1/widgets")
      .query({ page_size: 100, current_page: 0 })
      .reply(200, { total: 1, data: [widget] })
      .get("/v1/widgets/w-1")
      .reply(200, widget);
    const res = await defineResource(spec, hooked(calls)).create!(news);
    expect(res.id).to.equal("w-1");
    expect(res.outs.name).to.equal("gadget");
    expect(calls).to.deep.equal(["hook"]);
  });

  it("naturalKey: a 503 that made nothing is not sent again through the hook, and the user is told what to do", async () => {
    const calls: string[] = [];
    const scope = nock(BASE).post("/v1/widgets/new").reply(503, {}, { "retry-after": "0" });
    for (let i = 0; i < lookSchedule.delaysMs.length; i++)
      scope.get("/v1/widgets").query({ page_size: 100, current_page: 0 }).reply(200, { total: 0, data: [] });
    const err = await defineResource(widgetSpec("naturalKey", "id"), hooked(calls)).create!({ name: "gadget" }).catch((e) => e);
    expect(err.message).to.match(/^Widget "gadget": the create's answer was lost \(.*503.*\); it was not sent again.*run `pulumi up` again/);
    expect(calls).to.deep.equal(["hook"]);
  });

  it("derivedSlug: a 503 is retried through the hook, since a repeat of a committed create meets 409, and the retry is told", async () => {
    const calls: string[] = [];
    const lines: string[] = [];
    const provider = defineResource(widgetSpec("derivedSlug", "slug"), hooked(calls));
    const news = { [SEED_KEY]: "proj/dev/portkey:Widget/w", name: "gadget" };
    const slug = derivedSlug(provider.spec, news)!;
    const widget = { id: "w-2", slug, name: "gadget" };
    const previous = setLogSink((l) => lines.push(l));
    nock(BASE)
      .post("/v1/widgets/new")
      .reply(503, {}, { "retry-after": "0" })
      .post("/v1/widgets/new")
      .reply(200, { widget })
      .get(`/v1/widgets/${slug}`)
      .reply(200, widget);
    const { inputs } = await provider.check!({}, news);
    const res = await provider.create!(inputs).finally(() => setLogSink(previous));
    expect(res.id).to.equal("w-2");
    expect(calls).to.deep.equal(["hook", "hook"]);
    expect(lines).to.deep.equal(['Portkey: retrying POST /widgets/new for Widget "gadget" after 503 Service Unavailable, in 0 s (attempt 2 of 4)']);
  });

  it("derivedSlug: the repeat refused as a duplicate adopts the object the lost attempt made", async () => {
    const calls: string[] = [];
    const provider = defineResource(widgetSpec("derivedSlug", "slug"), hooked(calls));
    const news = { [SEED_KEY]: "proj/dev/portkey:Widget/w", name: "gadget" };
    const slug = derivedSlug(provider.spec, news)!;
    const live = { id: "w-3", slug, name: "gadget" };
    nock(BASE)
      .post("/v1/widgets/new")
      .replyWithError(reset())
      .post("/v1/widgets/new")
      .reply(409, { errorCode: "AB07", message: "slug taken" })
      .get(`/v1/widgets/${slug}`)
      .reply(200, live)
      .put(`/v1/widgets/${slug}`)
      .reply(200, {})
      .get(`/v1/widgets/${slug}`)
      .reply(200, live);
    const { inputs } = await provider.check!({}, news);
    const res = await provider.create!(inputs);
    expect(res.id).to.equal("w-3");
    expect(calls).to.deep.equal(["hook", "hook"]);
  });

  it("upsert: the hook is trusted to be idempotent and called once", async () => {
    const calls: string[] = [];
    nock(BASE)
      .post("/v1/widgets/new")
      .reply(200, { widget: { id: "w-4", name: "gadget" } })
      .get("/v1/widgets/w-4")
      .reply(200, { id: "w-4", name: "gadget" });
    const res = await defineResource(widgetSpec("upsert", "id"), hooked(calls)).create!({ name: "gadget" });
    expect(res.id).to.equal("w-4");
    expect(calls).to.deep.equal(["hook"]);
  });
});

describe("every description chooses its lost-create protection", () => {
  for (const { spec } of MODULES) {
    it(`${spec.vendor}:${spec.name} uses ${spec.lostCreate}`, () => {
      // A derived slug needs a slug field to derive; one that is there is the better protection.
      expect(spec.lostCreate === "derivedSlug").to.equal(spec.autoSlug !== undefined);
    });
    if (spec.ownerMarker) {
      it(`${spec.vendor}:${spec.name} keeps its ownership marker in a plain text field, ${spec.ownerMarker}`, () => {
        const f = spec.fields[spec.ownerMarker!]!;
        expect(f.schema.type).to.equal("string");
        expect(!!(f.secret || f.writeOnly || f.output || f.providerOnly || f.endpoint || f.json), "a field the API keeps and shows").to.equal(false);
        expect(f.wire ?? "", "a top-level wire field").to.not.include(".");
      });
    }
  }
});
