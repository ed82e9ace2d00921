// examples/portkey-complete, the examples of Portkey's Terraform provider
// documentation as one program, as a user runs it: the packed package installed
// into the example's own folder, the real `pulumi` CLI, the emulator as the API.
// One stack, one `up`.
import { strict as assert } from "assert";
import { DEMO_OPENAI_KEY } from "../../../tools/quickstart";
import { SEEDED_USERS } from "../../../emulator/portkey/users";
import { api, calls, useEmulator } from "../../helpers/emulator";
import { ExampleProject, openExample, quiet, summaryOf } from "../../helpers/example";

const emulator = useEmulator();

const MEMBER = SEEDED_USERS.find((u) => u.role === "member")!;
/** Every Portkey collection the program adds to, listed as the dashboard lists it. */
const COLLECTIONS = [
  "/admin/workspaces",
  "/integrations",
  "/providers",
  "/configs",
  "/collections",
  "/prompts",
  "/guardrails",
  "/policies/usage-limits",
  "/policies/rate-limits",
  "/api-keys",
  "/admin/users/invites",
];

const each = (n: number) => Object.fromEntries(COLLECTIONS.map((c) => [c, n]));

/** Live objects per collection. */
async function counts(): Promise<Record<string, number>> {
  const a = api(emulator());
  return Object.fromEntries(await Promise.all(COLLECTIONS.map(async (c) => [c, (await a.get(c)).total as number])));
}

/** API calls since `before` other than the data sources' reads of workspaces and users. */
function writesAndReadsSince(before: number): string[] {
  return calls(emulator())
    .slice(before)
    .filter((c) => !/^GET \/v1\/admin\/(users|workspaces)(\?|$)/.test(c));
}

describe("examples/portkey-complete end to end (pulumi CLI, packed package)", function () {
  this.timeout(600_000);
  let ex: ExampleProject;

  before(async () => {
    ex = await openExample("portkey-complete", {
      config: { "portkey:baseUrl": emulator().portkeyBaseUrl, memberEmail: MEMBER.email },
      secrets: { "portkey:apiKey": emulator().portkeyKey, openaiApiKey: DEMO_OPENAI_KEY },
    });
  });

  it("one up creates every block of the documentation's examples", async () => {
    const res = await ex.cli.up();
    assert.equal(summaryOf(res.stdout).create, 14, res.stdout); // 13 + the stack
    assert.deepEqual(await counts(), each(1));
    const out = (await ex.cli.outputs()) as { workspaceId: string; ids: Record<string, string>; workspaceNames: string[]; userEmails: string[] };
    assert.equal(Object.keys(out.ids).length, 12);
    for (const [name, id] of Object.entries(out.ids)) assert.ok(typeof id === "string" && id, `output ids.${name} missing`);
    const a = api(emulator());
    const members = (await a.get(`/admin/workspaces/${out.workspaceId}/users`)).data as { id: string; role: string }[];
    assert.deepEqual(
      members.filter((m) => m.id === MEMBER.id).map((m) => m.role),
      ["manager"],
      "the existing user is a manager of the workspace",
    );
    const config = await a.get(`/configs/${out.ids.config}`);
    const doc = typeof config.config === "string" ? JSON.parse(config.config) : config.config;
    assert.deepEqual([doc.retry, doc.cache], [{ attempts: 3, on_status_codes: [429, 500, 502, 503] }, { mode: "simple" }]);
    assert.deepEqual((await a.get(`/api-keys/${out.ids.apiKey}`)).scopes, ["logs.list", "logs.view", "configs.read", "providers.list"]);
    // The queries ran after the workspace existed: all workspaces and all users.
    assert.deepEqual(out.workspaceNames, ["Production"]);
    assert.deepEqual(out.userEmails.sort(), SEEDED_USERS.map((u) => u.email).sort());
  });

  it("preview --expect-no-changes passes after up and again after refresh, and neither writes", async () => {
    const before = calls(emulator()).length;
    await ex.cli.preview({ expectNoChanges: true });
    assert.deepEqual(writesAndReadsSince(before), [], "preview called the API beyond the queries");
    const refreshed = await ex.cli.refresh();
    assert.ok(quiet(summaryOf(refreshed.stdout)), refreshed.stdout);
    await ex.cli.preview({ expectNoChanges: true });
    const writes = calls(emulator())
      .slice(before)
      .filter((c) => !c.startsWith("GET "));
    assert.deepEqual(writes, [], "refresh or preview wrote to the API");
  });

  it("destroy deletes all of it: every collection is empty, the organisation's users remain", async () => {
    const res = await ex.cli.destroy();
    assert.equal(summaryOf(res.stdout).delete, 14, res.stdout);
    assert.deepEqual(await counts(), each(0));
    assert.equal((await api(emulator()).get("/admin/users")).total, SEEDED_USERS.length);
  });
});
