// Client-chosen slugs: stable across runs, new on replacement, never a diff.
import { expect } from "chai";
import { derivedSlug, isDerived, withDerivedSlug } from "../../../provider/core/autoslug";
import { IMPORT_KEY, SEED_KEY, UNKNOWN } from "../../../provider/core/keys";
import { integrationSpec } from "../../../spec/portkey/integration";
import { virtualKeySpec } from "../../../spec/portkey/virtual-key";
import { workspaceSpec } from "../../../spec/portkey/workspace";
import { providerFor } from "../../../provider/core/module";

const integration = providerFor(integrationSpec);
const virtualKey = providerFor(virtualKeySpec);
const workspace = providerFor(workspaceSpec);

const seed = "proj/dev/portkey:Integration/OpenAI Prod";
const news = { [SEED_KEY]: seed, name: "OpenAI", aiProviderId: "openai" };

describe("derived slugs", () => {
  it("are the same on every run and fit the slug pattern", () => {
    const slug = derivedSlug(integration.spec, news)!;
    expect(slug).to.match(/^openai-prod-[0-9a-f]{8}$/);
    expect(derivedSlug(integration.spec, { ...news })).to.equal(slug);
  });

  const cases: [string, Record<string, unknown>, boolean][] = [
    ["another stack", { [SEED_KEY]: "proj/prod/portkey:Integration/OpenAI Prod" }, true],
    ["a replace-on-change input", { aiProviderId: "anthropic" }, true],
    ["a new workspace", { workspaceId: "ws-b" }, true],
    ["an in-place input (name)", { name: "Renamed" }, false],
    ["an in-place input (description)", { description: "d" }, false],
  ];
  for (const [what, change, differs] of cases) {
    it(`${differs ? "change" : "do not change"} with ${what}`, () => {
      const before = derivedSlug(integration.spec, news);
      const after = derivedSlug(integration.spec, { ...news, ...change });
      expect(after !== before).to.equal(differs);
    });
  }

  it("wait for unknown replace-on-change inputs", () => {
    expect(derivedSlug(virtualKey.spec, { [SEED_KEY]: "p/s/portkey:VirtualKey/k", name: "k", workspaceId: UNKNOWN, integrationId: "i" })).to.equal(undefined);
  });

  it("fall back to the type when the name has no usable character", () => {
    expect(derivedSlug(integration.spec, { ...news, [SEED_KEY]: "p/s/portkey:Integration/___" })).to.match(/^integration-[0-9a-f]{8}$/);
  });

  it("are cut to a length the API takes", () => {
    const slug = derivedSlug(integration.spec, { ...news, [SEED_KEY]: `p/s/t/${"a".repeat(200)}` })!;
    expect(slug.length).to.be.at.most(63);
  });

  it("are only for resources that declare one", () => {
    expect(derivedSlug(workspace.spec, { [SEED_KEY]: "p/s/t/w", name: "w" })).to.equal(undefined);
  });

  it("never override the program's slug, nor apply to an import", () => {
    expect(withDerivedSlug(integration.spec, { ...news, slug: "mine" }).slug).to.equal("mine");
    expect(withDerivedSlug(integration.spec, { ...news, [IMPORT_KEY]: "openai-prod" }).slug).to.equal(undefined);
    expect(isDerived(integration.spec, { ...news, slug: "mine" })).to.equal(false);
  });
});

describe("check and diff with a derived slug", () => {
  it("check fills the slug in", async () => {
    const res = await integration.check!({}, news);
    expect(res.failures ?? []).to.deep.equal([]);
    expect(res.inputs.slug).to.equal(derivedSlug(integration.spec, news));
  });

  it("an object that already has another slug keeps it: no diff, no replacement", async () => {
    const { inputs } = await integration.check!({}, news);
    const olds = { name: "OpenAI", aiProviderId: "openai", slug: "openai-made-by-hand" };
    const d = await integration.diff!("id-1", olds, inputs);
    expect(d.changes).to.equal(false);
  });

  it("a replacement gets a new slug and creates before it deletes", async () => {
    const { inputs } = await integration.check!({}, { ...news, aiProviderId: "anthropic" });
    const olds = { name: "OpenAI", aiProviderId: "openai", slug: derivedSlug(integration.spec, news) };
    const d = await integration.diff!("id-1", olds, inputs);
    expect(d.replaces).to.deep.equal(["aiProviderId"]);
    expect(d.deleteBeforeReplace).to.equal(false);
  });

  it("a slug the program names still replaces when it changes", async () => {
    const { inputs } = await integration.check!({}, { ...news, slug: "openai-two" });
    const d = await integration.diff!("id-1", { name: "OpenAI", aiProviderId: "openai", slug: "openai-one" }, inputs);
    expect(d.replaces).to.deep.equal(["slug"]);
  });
});
