// A create whose answer is lost is never made twice: a gateway config (natural
// key only, nothing proves which stack made it) is neither posted again nor
// adopted; an integration's derived slug makes the repeat safe and its object ours.
import { expect } from "chai";
import { configureFrom } from "../../../provider/core/config";
import { derivedSlug } from "../../../provider/core/autoslug";
import { SEED_KEY } from "../../../provider/core/keys";
import { lookSchedule } from "../../../provider/core/steps/lost-create";
import { gatewayConfigSpec } from "../../../spec/portkey/gateway-config";
import { integrationSpec } from "../../../spec/portkey/integration";
import { expectEveryMockUsed, nock, useNock } from "../../helpers/nock";
import { providerFor } from "../../../provider/core/module";

const config = providerFor(gatewayConfigSpec);
const integration = providerFor(integrationSpec);

const BASE = "https://api.portkey.test";
const list = "/v1/configs?page_size=100&workspace_id=w-1&current_page=0";
const inputs = { name: "routing", workspaceId: "w-1", config: { retry: { attempts: 1 } } };
const full = (created_at: string) => ({
  id: "c-1",
  slug: "pc-routin-000001",
  name: "routing",
  workspace_id: "w-1",
  config: { retry: { attempts: 1 } },
  created_at,
});
const reset = () => Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
const empty = { object: "list", total: 0, data: [] };

describe("create with a lost answer", () => {
  useNock();
  const schedule = lookSchedule.delaysMs;
  before(() => {
    configureFrom({ get: (k) => ({ "portkey:apiKey": "pk-recover-test", "portkey:baseUrl": `${BASE}/v1`, "portkey:maxRetries": "3" })[k] });
    lookSchedule.delaysMs = [0, 1, 1];
  });
  after(() => (lookSchedule.delaysMs = schedule));
  expectEveryMockUsed();

  it("a committed create whose connection dropped is named, not adopted and not posted again: one POST", async () => {
    const now = new Date().toISOString();
    nock(BASE)
      .post("/v1/configs")
      .replyWithError(reset())
      .get(list)
      .reply(200, { object: "list", total: 1, data: [full(now)] });
    const err = await config.create(inputs).catch((e) => e);
    expect(err.message).to.match(/^GatewayConfig "routing": the create's answer was lost \(.*ECONNRESET.*\); it was not sent again/);
    expect(err.message).to.match(/appeared \(c-1\), but nothing proves it is this stack's.*import id c-1\);/);
  });

  for (const [what, reply] of [
    ["a 500", (s: ReturnType<typeof nock>) => s.post("/v1/configs").reply(500, { message: "boom" })],
    ["a 503", (s: ReturnType<typeof nock>) => s.post("/v1/configs").reply(503)],
    ["a reset connection", (s: ReturnType<typeof nock>) => s.post("/v1/configs").replyWithError(reset())],
    ["an answer without an id", (s: ReturnType<typeof nock>) => s.post("/v1/configs").reply(200, { name: "routing" })],
  ] as const) {
    it(`${what} with nothing made: looked for three times, never posted again, fails saying a repeat up creates it`, async () => {
      const scope = reply(nock(BASE));
      for (let i = 0; i < 3; i++) scope.get(list).reply(200, empty);
      const err = await config.create(inputs).catch((e) => e);
      expect(err.message).to.match(
        /it was not sent again.*No object it may have made appeared within \d+ s of the lost answer, so most likely it made nothing: run `pulumi up` again/,
      );
    });
  }

  it("an object made later by a create still in flight is seen on a later look", async () => {
    const now = new Date().toISOString();
    nock(BASE)
      .post("/v1/configs")
      .replyWithError(Object.assign(new Error("timeout of 30000ms exceeded"), { code: "ECONNABORTED" }))
      .get(list)
      .reply(200, empty)
      .get(list)
      .reply(200, { object: "list", total: 1, data: [full(now)] });
    const err = await config.create(inputs).catch((e) => e);
    expect(err.message).to.match(/timed out.*appeared \(c-1\)/);
  });

  it("when the lookup cannot list either, the user is told that nothing is known, not that nothing was made", async () => {
    const scope = nock(BASE).post("/v1/configs").reply(502);
    for (let i = 0; i < 3; i++) scope.get(list).reply(401, { errorCode: "AB01", message: "invalid key" });
    const err = await config.create(inputs).catch((e) => e);
    expect(err.message).to.match(
      /^GatewayConfig "routing": the create's answer was lost \(.*502.*\); it was not sent again, and looking for what it made failed too \(.*401.*\)\. Check whether it exists/,
    );
  });

  it("an older object with the same name is not taken for ours", async () => {
    const scope = nock(BASE).post("/v1/configs").reply(503);
    for (let i = 0; i < 3; i++)
      scope.get(list).reply(200, { object: "list", total: 1, data: [{ ...full("2020-01-01T00:00:00Z"), id: "old", slug: "pc-old" }] });
    const err = await config.create(inputs).catch((e) => e);
    expect(err.message).to.match(/No object it may have made appeared/);
  });

  it("a rejected create is neither looked up nor retried", async () => {
    nock(BASE).post("/v1/configs").reply(400, { errorCode: "AB01", message: "config: invalid" });
    const err = await config.create(inputs).catch((e) => e);
    expect(err.message).to.match(/400 \(AB01\): config: invalid/);
  });

  describe("with a derived slug", () => {
    const news = { [SEED_KEY]: "proj/dev/portkey:Integration/openai", name: "OpenAI", aiProviderId: "openai", description: "new" };
    const slug = derivedSlug(integration.spec, news)!;
    const live = { id: "i-1", slug, name: "OpenAI", ai_provider_id: "openai", description: "old", created_at: new Date().toISOString() };
    const conflict = { errorCode: "AB07", message: `integration with slug ${slug} already exists` };

    it("a repeat refused as a duplicate adopts the object and brings it up to the program", async () => {
      let put: unknown;
      nock(BASE)
        .post("/v1/integrations")
        .replyWithError(reset())
        .post("/v1/integrations", (b) => b.slug === slug)
        .reply(409, conflict)
        .get(`/v1/integrations/${slug}`)
        .reply(200, live)
        .put(`/v1/integrations/${slug}`, (b) => ((put = b), true))
        .reply(200, {})
        .get(`/v1/integrations/${slug}`)
        .reply(200, { ...live, description: "new" });
      const { inputs } = await integration.check!({}, news);
      const res = await integration.create(inputs);
      expect(res.id).to.equal("i-1");
      expect(res.outs.slug).to.equal(slug);
      expect(put).to.include({ name: "OpenAI", description: "new" });
    });

    it("a found object that cannot be brought up to the program still reaches the state, unhealthy", async () => {
      nock(BASE)
        .post("/v1/integrations")
        .reply(409, conflict)
        .get(`/v1/integrations/${slug}`)
        .reply(200, live)
        .put(`/v1/integrations/${slug}`)
        .reply(403, { errorCode: "AB03", message: "forbidden" });
      const { inputs } = await integration.check!({}, news);
      const err = await integration.create(inputs).catch((e) => e);
      expect(err).to.include({ id: "i-1" });
      expect(err.properties).to.include({ slug, name: "OpenAI" });
      expect(err.message).to.match(/Integration "i-1" exists \(an earlier attempt made it\), but bringing it up to the program failed: .*403/);
    });

    it("a duplicate with other replace-on-change inputs is not taken", async () => {
      nock(BASE)
        .post("/v1/integrations")
        .reply(409, conflict)
        .get(`/v1/integrations/${slug}`)
        .reply(200, { ...live, ai_provider_id: "anthropic" });
      const { inputs } = await integration.check!({}, news);
      const err = await integration.create(inputs).catch((e) => e);
      expect(err.message).to.match(/slug ".*" is taken by an object that differs in aiProviderId/);
    });

    it("a slug the program names is never adopted on a 409", async () => {
      nock(BASE).post("/v1/integrations").reply(409, conflict);
      const { inputs } = await integration.check!({}, { ...news, slug: "openai-mine" });
      const err = await integration.create(inputs).catch((e) => e);
      expect(err.message).to.match(/409.*already exists.*import it with the `import` resource option/);
    });
  });
});
