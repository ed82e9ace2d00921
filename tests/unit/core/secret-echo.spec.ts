// Outside `check`, the messages that name inputs: retry lines name a resource
// by its name unless that arrived secret, and an import that does not match
// lists differing secret inputs by field only. Both quote short.
import { expect } from "chai";
import { configureFrom } from "../../../provider/core/config";
import { SECRET_INPUTS_KEY } from "../../../provider/core/keys";
import { subjectOf } from "../../../provider/core/log";
import { providerFor } from "../../../provider/core/module";
import { RESOURCES } from "../../../spec";
import { workspaceSpec } from "../../../spec/portkey/workspace";
import { nock, useNock } from "../../helpers/nock";

describe("retry lines name a resource without its secrets", () => {
  for (const spec of RESOURCES.filter((r) => r.fields.name && !r.fields.name.secret)) {
    it(`${spec.name}: a name that arrived secret is not used; the id is`, () => {
      expect(subjectOf(spec, { name: "hush-name-1", [SECRET_INPUTS_KEY]: ["name"] }, "id-1")).to.equal(`${spec.name} "id-1"`);
      expect(subjectOf(spec, { name: "plain", [SECRET_INPUTS_KEY]: ["description"] }, "id-1")).to.equal(`${spec.name} "plain"`);
    });
    it(`${spec.name}: a 1 MB name is quoted short`, () => {
      expect(subjectOf(spec, { name: "n".repeat(1_000_000) }).length).to.be.below(120);
    });
  }
});

describe("an import that does not match never lists a secret value", () => {
  useNock();
  const BASE = "https://api.portkey.test";
  before(() => configureFrom({ get: (k) => ({ "portkey:apiKey": "pk-echo-test", "portkey:baseUrl": `${BASE}/v1`, "portkey:maxRetries": "0" })[k] }));
  afterEach(() => nock.cleanAll());

  // [inputs that arrived secret, what the message must show, what it must not]
  const rows: [string[], RegExp, string[]][] = [
    [[], /Differing: description \(program: "hush-desc-2", live: "live-desc"\)/, []],
    [["description"], /Differing: description$/, ["hush-desc-2", "live-desc"]],
    [["description", "name"], /Differing: description$/, ["hush-desc-2"]],
  ];
  for (const [secret, shows, hides] of rows) {
    it(`secret inputs [${secret.join(", ")}]`, async () => {
      nock(BASE).get("/v1/admin/workspaces/w1").reply(200, { id: "w1", name: "Team", description: "live-desc", slug: "ws-team" });
      const news = { name: "Team", description: "hush-desc-2", importId: "w1", ...(secret.length ? { [SECRET_INPUTS_KEY]: secret } : {}) };
      const err = await providerFor(workspaceSpec).create!(news).then(
        () => undefined,
        (e: Error) => e,
      );
      expect(err?.message).to.match(shows);
      for (const h of hides) expect(err?.message).not.to.include(h);
    });
  }
  it("a 1 MB import id is quoted short when nothing is found", async () => {
    const id = "i".repeat(1_000_000);
    nock(BASE)
      .get(/\/v1\/admin\/workspaces\/i+/)
      .reply(404, { message: "not found" });
    const err = await providerFor(workspaceSpec).create!({ name: "Team", importId: id }).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(err?.message).to.match(/^Workspace: cannot import "i+\.\.\. \(1000002 characters\): no such object exists$/);
  });
});
