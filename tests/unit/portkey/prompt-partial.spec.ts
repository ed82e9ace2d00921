// A prompt partial shares the prompt's versioning: a content change makes a
// version that becomes the default through the versions list and makeDefault,
// whether the numbers arrive as numbers or text, unless the program says not to.
import { expect } from "chai";
import { expectSequence, nock, Step, usePortkeyNock } from "../../helpers/nock";
import { providerFor } from "../../../provider/core/module";
import { promptPartialSpec } from "../../../spec/portkey/prompt-partial";

const partial = providerFor(promptPartialSpec);
const BASE = "https://api.portkey.test";
const KEY = "pk-unit-test-key-0000";
const expectRequests = (...steps: Step[]) => expectSequence(nock(BASE).matchHeader("x-portkey-api-key", KEY), steps);

const olds = { name: "Context", workspaceId: "ws-1", content: "Be helpful.", slug: "context-1", version: 1, defaultVersion: 1 };
const news = { name: "Context", workspaceId: "ws-1", content: "Be brief." };
const live = (v: number, s: string) => ({ id: "pp1", slug: "context-1", name: "Context", string: s, version: v, prompt_partial_version_id: `v-${v}` });

describe("PromptPartial versions", () => {
  usePortkeyNock(BASE, KEY);

  // The Terraform provider reads numbers; the OpenAPI types a partial version's number as text.
  const lists: [string, unknown][] = [
    [
      "numbers",
      {
        data: [
          { prompt_partial_version_id: "v-new", version: 3 },
          { prompt_partial_version_id: "v-old", version: 1 },
        ],
      },
    ],
    [
      "text",
      {
        data: [
          { prompt_partial_version_id: "v-new", version: "3" },
          { prompt_partial_version_id: "v-old", version: "1" },
        ],
      },
    ],
  ];
  for (const [shape, versions] of lists) {
    it(`a content change makes a new version and makes it the default (versions as ${shape})`, async () => {
      const seen = expectRequests(
        ["PUT", "/v1/prompts/partials/context-1", { id: "pp1", slug: "context-1", prompt_partial_version_id: "v-new" }],
        ["GET", "/v1/prompts/partials/context-1/versions", versions],
        ["PUT", "/v1/prompts/partials/context-1/makeDefault", {}],
        ["GET", "/v1/prompts/partials/context-1", live(3, news.content)],
      );
      const res = await partial.update!("pp1", olds, news);
      expect(seen[0]!.body).to.deep.equal({ name: "Context", string: news.content });
      expect(seen[2]!.body).to.deep.equal({ version: 3 });
      expect(res.outs).to.include({ defaultVersion: 3, version: 3, content: news.content, workspaceId: "ws-1" });
    });
  }

  it("a name change sends only the name and leaves the default alone", async () => {
    const seen = expectRequests(
      ["PUT", "/v1/prompts/partials/context-1", {}],
      ["GET", "/v1/prompts/partials/context-1/versions", { data: [{ prompt_partial_version_id: "v-1", version: 1 }] }],
      ["GET", "/v1/prompts/partials/context-1", live(1, olds.content)],
    );
    await partial.update!("pp1", olds, { ...olds, name: "Context v2" });
    expect(seen[0]!.body).to.deep.equal({ name: "Context v2" });
  });

  it("makeDefault: false leaves the default and tracks the latest version", async () => {
    expectRequests(
      ["PUT", "/v1/prompts/partials/context-1", { prompt_partial_version_id: "v-2" }],
      ["GET", "/v1/prompts/partials/context-1", live(1, olds.content)],
      ["GET", "/v1/prompts/partials/context-1?version=latest", live(2, news.content)],
    );
    const res = await partial.update!("pp1", { ...olds, makeDefault: false }, { ...news, makeDefault: false });
    expect(res.outs).to.include({ defaultVersion: 1, version: 2, content: news.content });
  });
});
