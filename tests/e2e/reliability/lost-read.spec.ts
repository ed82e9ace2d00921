// A create the API committed and answered, whose read back then fails: 401,
// 403, a 500 or a reset connection outlasting the retries, one per resource
// type. Each object reaches the state as created but unhealthy, the next `up`
// reads and repairs it, and nothing is made twice.
import { strict as assert } from "assert";
import type * as auto from "@pulumi/pulumi/automation";
import { api, calls, targetOf, useEmulator } from "../../helpers/emulator";
import { sdk } from "../../helpers/installed";
import { control, duplicatesIn, inventory, totalIn } from "../../helpers/inventory";
import { newStack, noChanges } from "../../helpers/stack";

const emulator = useEmulator();
const ours = (r: { type: string }) => LOST_READS.some((l) => r.type.endsWith(`:${l.type}`));

// Retries are 1 here, so a fault outlasts them when it hits twice. A workspace
// has no row: its create answers the whole object, so no read follows it.
const LOST_READS: { type: string; rule: Record<string, unknown> }[] = [
  { type: "GatewayConfig", rule: { path: "^/v1/configs/[^/]+$", status: 403, times: 1 } },
  { type: "Integration", rule: { path: "^/v1/integrations/[^/]+$", status: 500, times: 2 } },
  { type: "VirtualKey", rule: { path: "^/v1/providers/[^/]+$", kind: "reset", times: 2 } },
  { type: "Policy", rule: { path: "^/toktra/v1/api/policies/[^/]+$", status: 503, times: 2 } },
  { type: "Budget", rule: { path: "^/toktra/v1/api/budgets/[^/]+$", status: 401, times: 1 } },
];

describe("lost reads after a committed create (real engine)", function () {
  this.timeout(600_000);
  let stack: auto.Stack;
  let home: { workspace: string; slug: string; integration: string };

  before(async () => {
    // The workspace, integration and grant the config and key live in, made outside the stack.
    const a = api(emulator());
    const ws = await a.post("/admin/workspaces", { name: "Lost reads home" });
    const integration = await a.post("/integrations", { name: "Lost reads creds", ai_provider_id: "openai", key: "sk-lost-read-home" });
    await a.put(`/integrations/${integration.slug}/workspaces`, { workspaces: [{ id: ws.id, enabled: true }] });
    home = { workspace: ws.id, slug: ws.slug, integration: integration.slug };
    const s = sdk();
    stack = await newStack(
      async () => {
        new s.portkey.GatewayConfig("cfg", { name: "lost read routing", workspaceId: home.workspace, config: { retry: { attempts: 2 } } });
        new s.portkey.Integration("creds", { name: "Lost read creds", aiProviderId: "openai", key: "sk-lost-read-secret" });
        new s.portkey.VirtualKey("vk", { name: "Lost read key", workspaceId: home.workspace, integrationId: home.integration });
        new s.toktra.Policy("cap", { name: "lost read cap", type: "token_limit", conditions: { max_tokens: 100 }, actions: { action: "block" } });
        new s.toktra.Budget("budget", { monthlyLimit: 50 });
      },
      targetOf(emulator()),
      "lost-read",
    );
    await stack.setAllConfig({ "portkey:maxRetries": { value: "1" }, "toktra:maxRetries": { value: "1" } });
  });

  it("each failed read leaves its object in the state, unhealthy; the next up repairs it; nothing is made twice", async () => {
    const emu = emulator();
    const before = await inventory(emu);
    await control(emu, "POST", "faults", { rules: LOST_READS.map((l) => ({ method: "GET", ...l.rule })) });
    // Every create goes ahead although others fail, so each lost read is met.
    const err = (await stack.up({ continueOnError: true }).then(
      () => undefined,
      (e: Error) => e,
    )) as Error | undefined;
    await control(emu, "DELETE", "faults");
    assert.ok(err, "the up fails");
    for (const { type } of LOST_READS) assert.match(err.message, new RegExp(`${type} "[^"]+" was created, but reading it back failed`), `${type} is named`);
    assert.doesNotMatch(err.message, /sk-lost-read-secret/, "no secret");
    // (With continueOnError the program itself prints a trace for each resource left unregistered; the provider's lines have none.)
    assert.doesNotMatch(err.message, /reading it back failed.*\n\s+at /, "no stack trace after the provider's message");

    const recorded = (await stack.exportStack()).deployment.resources.filter(ours);
    assert.equal(recorded.length, LOST_READS.length, "every object is in the state");
    for (const r of recorded) assert.ok(r.initErrors?.length, `${r.urn} is marked unhealthy`);
    const made = await inventory(emu);
    assert.equal(duplicatesIn(made), 0, "no duplicates");
    assert.equal(totalIn(made) - totalIn(before), LOST_READS.length, "one object per resource");

    const mark = calls(emu).length;
    const res = await stack.up();
    assert.equal(res.summary.resourceChanges?.update, LOST_READS.length, JSON.stringify(res.summary.resourceChanges));
    assert.ok(
      !calls(emu)
        .slice(mark)
        .some((c) => c.startsWith("POST")),
      "the repair creates nothing",
    );
    const healed = (await stack.exportStack()).deployment.resources.filter(ours);
    assert.ok(
      healed.every((r: { initErrors?: unknown[] }) => !r.initErrors?.length),
      "healthy after the second up",
    );
    const cfg = healed.find((r: { type: string; outputs: { slug?: string } }) => r.type.endsWith(":GatewayConfig"));
    assert.match(cfg.outputs.slug, /^pc-/, "server-set outputs are filled in by the repair");
    assert.equal(duplicatesIn(await inventory(emu)), 0, "still no duplicates");

    const preview = await stack.preview();
    assert.ok(noChanges(preview.changeSummary as Record<string, number>), JSON.stringify(preview.changeSummary));
  });

  it("destroy leaves only what was there before", async () => {
    const emu = emulator();
    await stack.destroy();
    const left = await inventory(emu);
    assert.deepEqual([...left.keys()].sort(), [`access ${home.integration}/${home.slug}`, "integration Lost reads creds", "workspace Lost reads home"].sort());
  });
});
