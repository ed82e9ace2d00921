// One `up` of 200 mixed Portkey and Toktra resources while the APIs fail about
// one request in ten: rate limits with Retry-After, 500/502/503, reset
// connections and creates that commit but lose their answer. Nothing may be
// missing, duplicated or leaked.
import { strict as assert } from "assert";
import type * as auto from "@pulumi/pulumi/automation";
import { CERT_A } from "../../helpers/certificates";
import { targetOf, useEmulator } from "../../helpers/emulator";
import { control, duplicatesIn, inventory, totalIn } from "../../helpers/inventory";
import { declaredIn, declareMix } from "../../helpers/mixed";
import { sdk } from "../../helpers/installed";
import { newStack, noChanges } from "../../helpers/stack";

const emulator = useEmulator({ seed: 42 });

const MIX = { workspaces: 40, integrations: 10, configs: 40 };
// Toktra collections and how many of each.
const TOKTRA: [collection: string, count: number][] = [
  ["/v1/api/policies", 10],
  ["/v1/api/budgets", 6],
  ["/v1/api/alert-configs", 5],
  ["/v1/api/siem/configs", 4],
  ["/v1/api/itsm/configs", 4],
  ["/v1/api/sso/configs", 1],
];
const TOKTRA_COUNT = TOKTRA.reduce((n, [, count]) => n + count, 0);
const DECLARED = declaredIn(MIX) + TOKTRA_COUNT;

// The fault pattern is fixed by a seed; AIGOV_SOAK_SEED replays another one.
const SEED = Number(process.env.AIGOV_SOAK_SEED ?? 7);
const each = 0.0175; // six rules: about 10% of requests hit one
const FAULTS = [
  { status: 429, retryAfter: 1, probability: each },
  { status: 500, probability: each },
  { status: 502, probability: each },
  { status: 503, probability: each },
  { kind: "reset", probability: each },
  { kind: "dropAfterCommit", probability: each },
].map((r) => ({ ...r, path: "^/(toktra/)?v1/" }));

/** The Toktra share of the soak, as many of each type as TOKTRA says. */
function declareToktra(t: ReturnType<typeof sdk>["toktra"]): void {
  const times = (collection: string, make: (i: number) => void) => {
    for (let i = 0; i < TOKTRA.find(([c]) => c.endsWith(collection))![1]; i++) make(i);
  };
  times("/policies", (i) =>
    new t.Policy(`pol-${i}`, { name: `soak cap ${i}`, type: "token_limit", conditions: { max_tokens_per_day: 1000 + i, scope: "per_user" }, actions: { action: i % 2 ? "warn_and_notify" : "alert" } }),
  );
  // Budgets have no name: each has its own limit, their natural key.
  times("/budgets", (i) => new t.Budget(`bud-${i}`, { monthlyLimit: 100 * (i + 1), alertThresholdPct: 50 + i }));
  times("/alert-configs", (i) => new t.AlertConfig(`alc-${i}`, { name: `soak alerts ${i}`, channels: [{ type: "email", address: `finops${i}@example.com` }], severityFilter: ["high"] }));
  times("/siem/configs", (i) =>
    new t.SiemConfig(`siem-${i}`, { name: `soak siem ${i}`, providerType: "splunk", endpoint: `https://hec${i}.example.test`, credentials: { token: `hec-soak-secret-${i}` } }),
  );
  times("/itsm/configs", (i) =>
    new t.ItsmConfig(`itsm-${i}`, {
      name: `soak itsm ${i}`,
      providerType: "jira",
      instanceUrl: "https://soak.atlassian.net",
      defaultProject: "SOAK",
      credentials: { email: "bot@soak.example", api_token: `jira-soak-secret-${i}` },
    }),
  );
  times("/sso/configs", () => new t.SsoConfig("sso", { name: "soak SSO", providerType: "okta", entityId: "http://www.okta.com/soak", ssoUrl: "https://soak.okta.com/sso", certificate: CERT_A }));
}

describe("fault soak: 200 resources, about 10% of requests failing (real engine)", function () {
  this.timeout(900_000);
  let stack: auto.Stack;

  before(async () => {
    const s = sdk();
    stack = await newStack(async () => {
      declareMix(s, MIX, "Soak");
      declareToktra(s.toktra);
      return {};
    }, targetOf(emulator()), "soak");
  });

  it("up under faults creates exactly what is declared; a second up changes nothing; destroy leaves nothing", async () => {
    const emu = emulator();
    await control(emu, "POST", "faults", { rules: FAULTS, seed: SEED });
    const res = await stack.up();
    assert.equal(res.summary.resourceChanges?.create, DECLARED + 1, JSON.stringify(res.summary.resourceChanges));

    const journal = emu.journal();
    const faulted = journal.filter((e) => e.fault);
    const retried = faulted.filter((f) => journal.slice(journal.indexOf(f) + 1).some((e) => e.method === f.method && e.path === f.path)).length;
    const committedLost = faulted.filter((e) => e.fault === "dropAfterCommit" && e.method === "POST").length;

    await control(emu, "DELETE", "faults");
    const live = await inventory(emu);
    const duplicates = duplicatesIn(live);
    const objects = totalIn(live);

    await control(emu, "POST", "faults", { rules: FAULTS, seed: SEED + 1 });
    const again = await stack.up();
    assert.ok(noChanges(again.summary.resourceChanges as Record<string, number>), `second up changed something: ${JSON.stringify(again.summary.resourceChanges)}`);
    await stack.destroy();
    await control(emu, "DELETE", "faults");
    const leaked = totalIn(await inventory(emu));

    console.log(
      `      soak: ${journal.length} requests sent, ${faulted.length} faults injected (${committedLost} creates committed with the answer lost), ` +
        `${retried} faulted requests retried, ${duplicates} duplicates found, ${DECLARED - (objects - duplicates)} missing, ${leaked} objects leaked`,
    );
    assert.ok(faulted.length >= journal.length * 0.05, "the soak should inject faults");
    assert.ok(committedLost > 0, "the soak should include committed-then-dropped creates");
    assert.equal(duplicates, 0, "duplicates");
    assert.equal(objects, DECLARED, "every declared object exists once");
    assert.equal(leaked, 0, "objects leaked after destroy");
  });
});
