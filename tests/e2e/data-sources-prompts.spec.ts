// Prompts, prompt collections, guardrails and workspace members through their
// data sources, on the real engine: a lookup of each, a list of each, and a
// list with more items than one page holds.
import { strict as assert } from "assert";
import * as pulumi from "@pulumi/pulumi";
import type * as auto from "@pulumi/pulumi/automation";
import { SEEDED_USERS } from "../../emulator/portkey/users";
import { api, targetOf, useEmulator } from "../helpers/emulator";
import { sdk } from "../helpers/installed";
import { newStack } from "../helpers/stack";

const emulator = useEmulator();
/** More than the 100 a page of collections holds. */
const FOLDERS = 101;

describe("data sources of prompts, guardrails and members (real engine)", function () {
  this.timeout(600_000);
  let stack: auto.Stack;
  let template = "Answer: {{question}}";

  before(async () => {
    const s = sdk();
    const a = api(emulator());
    // A workspace already full of collections, made in the dashboard.
    const ws = String((await a.post("/admin/workspaces", { name: "Library" })).id);
    for (let i = 0; i < FOLDERS; i++) await a.post("/collections", { name: `Folder ${i}`, workspace_id: ws });
    stack = await newStack(async () => {
      const i = new s.portkey.Integration("openai", { name: "Library OpenAI", aiProviderId: "openai", key: "sk-library-9999" });
      const access = new s.portkey.IntegrationWorkspaceAccess("access", { integrationId: i.slug, workspaceId: ws });
      const vk = new s.portkey.VirtualKey("vk", { name: "library key", workspaceId: ws, integrationId: i.slug }, { dependsOn: [access] });
      const col = new s.portkey.PromptCollection("support", { name: "Support", workspaceId: ws });
      const prompt = new s.portkey.Prompt("reply", { name: "reply", collectionId: col.id, string: template, model: "gpt-4o", virtualKey: vk.id });
      const guard = new s.portkey.Guardrail("filter", {
        name: "Word count",
        workspaceId: ws,
        checks: [{ id: "default.wordCount", parameters: { minWords: 1, maxWords: 50 } }],
        actions: { deny: true },
      });
      const member = new s.portkey.WorkspaceMember("ana", { workspaceId: ws, userId: SEEDED_USERS[1]!.id, role: "manager" });
      // Each list waits for the object the program makes, so it is in the list.
      const after = (o: { id: pulumi.Output<string> }) => o.id.apply(() => ws);
      return {
        collectionCount: s.portkey.getPromptCollectionsOutput({ workspaceId: after(col) }).collections.apply((c) => c.length),
        collectionName: s.portkey.getPromptCollectionOutput({ id: col.id }).name,
        promptDefault: s.portkey.getPromptOutput({ slug: prompt.slug }).string,
        promptFirst: s.portkey.getPromptOutput({ slug: prompt.slug, version: 1 }).string,
        promptCount: s.portkey.getPromptsOutput({ collectionId: pulumi.all([col.id, prompt.id]).apply(([c]) => c) }).prompts.apply((p) => p.length),
        guardrailChecks: s.portkey.getGuardrailOutput({ slug: guard.slug }).checks,
        guardrailCount: s.portkey.getGuardrailsOutput({ workspaceId: after(guard) }).guardrails.apply((g) => g.length),
        members: s.portkey.getWorkspaceMembersOutput({ workspaceId: after(member) }).members.apply((m) => m.map((x) => `${x.email}:${x.role}`)),
      };
    }, targetOf(emulator()));
  });

  const outputs = async () => Object.fromEntries(Object.entries(await stack.outputs()).map(([k, v]) => [k, v.value]));

  it("lists follow every page; lookups read one object", async () => {
    await stack.up();
    const out = await outputs();
    assert.equal(out.collectionCount, FOLDERS + 1);
    assert.equal(out.collectionName, "Support");
    assert.deepEqual([out.promptDefault, out.promptFirst, out.promptCount], [template, template, 1]);
    assert.equal((out.guardrailChecks as { id: string }[])[0]!.id, "default.wordCount");
    assert.equal(out.guardrailCount, 1);
    assert.deepEqual(out.members, ["ana@example.test:manager"]);
  });

  it("getPrompt shows the default version, or the version asked for", async () => {
    const first = template;
    template = "Answer briefly: {{question}}";
    await stack.up();
    const out = await outputs();
    assert.deepEqual([out.promptDefault, out.promptFirst], [template, first]);
  });

  after(async () => {
    await stack?.destroy();
  });
});
