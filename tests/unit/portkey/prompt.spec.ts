// A prompt's new version becomes the default through the versions list and
// makeDefault, unless the program says not to; a failed makeDefault leaves
// the prompt recorded as updated but unhealthy, and the next update finishes it.
import { expect } from "chai";
import { expectSequence, nock, Step, usePortkeyNock } from "../../helpers/nock";
import { InitFailedError } from "../../../provider/core/errors";
import { providerFor } from "../../../provider/core/module";
import { promptSpec } from "../../../spec/portkey/prompt";

const prompt = providerFor(promptSpec);
const BASE = "https://api.portkey.test";
const KEY = "pk-unit-test-key-0000";
const expectRequests = (...steps: Step[]) => expectSequence(nock(BASE).matchHeader("x-portkey-api-key", KEY), steps);

const olds = {
  name: "reply",
  collectionId: "c1",
  string: "Answer: {{q}}",
  model: "gpt-4o",
  virtualKey: "vk-1",
  slug: "reply-1",
  version: 1,
  defaultVersion: 1,
};
const news = { name: "reply", collectionId: "c1", string: "Answer briefly: {{q}}", model: "gpt-4o", virtualKey: "vk-1" };
const live = (v: number, s: string) => ({
  id: "p1",
  slug: "reply-1",
  name: "reply",
  string: s,
  model: "gpt-4o",
  virtual_key: "vk-1",
  parameters: { model: "gpt-4o" },
  prompt_version: v,
});
// Version numbers can have gaps: the new version is found by id, not guessed.
const versions = {
  data: [
    { id: "v-new", prompt_version: 4 },
    { id: "v-old", prompt_version: 1 },
  ],
};

describe("Prompt versions", () => {
  usePortkeyNock(BASE, KEY);

  it("a template change makes a new version and makes it the default", async () => {
    const seen = expectRequests(
      ["PUT", "/v1/prompts/reply-1", { id: "p1", slug: "reply-1", prompt_version_id: "v-new" }],
      ["GET", "/v1/prompts/reply-1/versions", versions],
      ["PUT", "/v1/prompts/reply-1/makeDefault", {}],
      ["GET", "/v1/prompts/reply-1", live(4, news.string)],
    );
    const res = await prompt.update!("p1", olds, news);
    expect(seen[0]!.body).to.deep.equal({ name: "reply", string: news.string, model: "gpt-4o", virtual_key: "vk-1", parameters: {} });
    expect(seen[2]!.body).to.deep.equal({ version: 4 });
    // The model the API adds inside parameters is not shown as the user's.
    expect(res.outs).to.include({ defaultVersion: 4, version: 4, string: news.string });
    expect(res.outs).to.not.have.property("parameters");
  });

  it("a name change makes no version and leaves the default alone", async () => {
    const seen = expectRequests(
      ["PUT", "/v1/prompts/reply-1", {}],
      ["GET", "/v1/prompts/reply-1/versions", { data: [{ id: "v-old", prompt_version: 1 }] }],
      ["GET", "/v1/prompts/reply-1", live(1, olds.string)],
    );
    await prompt.update!("p1", olds, { ...olds, name: "reply v2" });
    expect(seen[0]!.body).to.deep.equal({ name: "reply v2", virtual_key: "vk-1" });
  });

  it("makeDefault: false keeps Portkey's behaviour and tracks the latest version", async () => {
    const seen = expectRequests(
      ["PUT", "/v1/prompts/reply-1", { prompt_version_id: "v-new" }],
      ["GET", "/v1/prompts/reply-1", live(1, olds.string)],
      ["GET", "/v1/prompts/reply-1?version=latest", live(4, news.string)],
    );
    const res = await prompt.update!("p1", olds, { ...news, makeDefault: false });
    expect(seen.map((s) => s.path)).to.not.include("/v1/prompts/reply-1/makeDefault");
    expect(res.outs).to.include({ defaultVersion: 1, version: 4, string: news.string });
  });

  it("a failed makeDefault records the prompt updated but unhealthy, and the next update finishes it", async () => {
    expectRequests(
      ["PUT", "/v1/prompts/reply-1", { prompt_version_id: "v-new" }],
      ["GET", "/v1/prompts/reply-1/versions", versions],
      ["PUT", "/v1/prompts/reply-1/makeDefault", { errorCode: "AB01", message: "version: invalid" }, 400],
      ["GET", "/v1/prompts/reply-1", live(1, olds.string)],
    );
    const err = (await prompt.update!("p1", olds, { ...news, __provider: "p" }).catch((e: unknown) => e)) as InitFailedError;
    expect(err).to.be.instanceOf(InitFailedError);
    expect(err.message).to.match(/Prompt "p1" was updated, but making its new version the default failed: .*400.*The next `pulumi up` finishes it/);
    expect(err.properties).to.include({ defaultVersion: 1, string: news.string, __provider: "p" });
    // The engine updates an unhealthy resource on the next up, even without a change.
    const seen = expectRequests(
      ["PUT", "/v1/prompts/reply-1", {}],
      ["GET", "/v1/prompts/reply-1/versions", versions],
      ["PUT", "/v1/prompts/reply-1/makeDefault", {}],
      ["GET", "/v1/prompts/reply-1", live(4, news.string)],
    );
    const res = await prompt.update!("p1", err.properties, news);
    expect(seen[2]!.body).to.deep.equal({ version: 4 });
    expect(res.outs).to.include({ defaultVersion: 4 });
  });
});
