// One `up` of 200 mixed Portkey and Toktra resources while the APIs fail about
// one request in ten: rate limits with Retry-After, 500/502/503, reset
// connections and creates that commit but lose their answer. Nothing may be
// missing, duplicated or leaked.
import { strict as assert } from "assert";
import type * as auto from "@pulumi/pulumi/automation";
import { CERT_A } from "../../helpers/certificates";
import { api, Emulator, targetOf, useEmulator } from "../../helpers/emulator";
import { sdk } from "../../helpers/installed";
import { newStack, noChanges } from "../../helpers/stack";

const emulator = useEmulator({ seed: 42 });

const WORKSPACES = 40;
const INTEGRATIONS = 10;
const CONFIGS = 40;
// Toktra collections, how many of each, and the field that names an object.
const TOKTRA: [collection: string, count: number, nameField: string][] = [
  ["/policies", 10, "name"],
  ["/budgets", 6, "name"],
  ["/alert-configs", 5, "name"],
  ["/siem/configs", 4, "name"],
  ["/itsm/configs", 4, "name"],
  ["/sso/saml-configs", 1, "entity_id"],
];
const TOKTRA_COUNT = TOKTRA.reduce((n, [, count]) => n + count, 0);
const DECLARED = WORKSPACES * 3 + INTEGRATIONS + CONFIGS + TOKTRA_COUNT; // workspaces, access grants, virtual keys

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

async function control(emu: Emulator, method: string, path: string, body?: unknown): Promise<void> {
  const res = await fetch(`${emu.url}/__emulator/${path}`, { method, headers: { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  assert.ok(res.ok, `control ${path}: ${res.status}`);
}

/** Every object the API holds, by type and name. */
async function inventory(emu: Emulator): Promise<Map<string, number>> {
  const a = api(emu);
  const all = async (path: string) => {
    const items: any[] = [];
    for (let page = 0; ; page++) {
      const res = await a.get(`${path}${path.includes("?") ? "&" : "?"}page_size=100&current_page=${page}`);
      items.push(...res.data);
      if (res.data.length < 100) return items;
    }
  };
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  const workspaces = await all("/admin/workspaces");
  for (const w of workspaces) {
    add(`workspace ${w.name}`);
    for (const p of await all(`/providers?workspace_id=${w.id}`)) add(`virtual key ${p.name}`);
  }
  const integrations = await all("/integrations");
  for (const i of integrations) {
    add(`integration ${i.name}`);
    for (const g of (await a.get(`/integrations/${i.slug}/workspaces`)).workspaces) if (g.enabled) add(`access ${i.slug}/${g.id}`);
  }
  for (const c of await all("/configs")) add(`config ${c.name}`);
  const t = api(emu, "toktra");
  for (const [collection, , nameField] of TOKTRA) {
    for (let cursor: string | null = null, first = true; first || cursor; first = false) {
      const res = await t.get(`${collection}?limit=100${cursor ? `&cursor=${cursor}` : ""}`);
      for (const o of res.items) add(`${collection} ${o[nameField]}`);
      cursor = res.next_cursor;
    }
  }
  return counts;
}

/** The Toktra share of the soak, as many of each type as TOKTRA says. */
function declareToktra(t: ReturnType<typeof sdk>["toktra"]): void {
  const times = (collection: string, make: (i: number) => void) => {
    for (let i = 0; i < TOKTRA.find(([c]) => c === collection)![1]; i++) make(i);
  };
  times("/policies", (i) =>
    new t.Policy(`pol-${i}`, { name: `soak cap ${i}`, type: "token_limit", conditions: { max_tokens: 1000 + i }, actions: { action: i % 2 ? "block" : "alert" } }),
  );
  times("/budgets", (i) => new t.Budget(`bud-${i}`, { name: `soak budget ${i}`, amount: 100 * (i + 1), period: "monthly", department: `dept-${i}` }));
  times("/alert-configs", (i) => new t.AlertConfig(`alc-${i}`, { name: `soak alerts ${i}`, alertType: "budget_exceeded", channels: { emails: [`finops${i}@example.com`] } }));
  times("/siem/configs", (i) => new t.SiemConnector(`siem-${i}`, { name: `soak siem ${i}`, type: "splunk", endpoint: `https://hec${i}.example.test`, token: `hec-soak-secret-${i}` }));
  times("/itsm/configs", (i) =>
    new t.ItsmConnector(`itsm-${i}`, { name: `soak itsm ${i}`, type: "jira", instanceUrl: "https://soak.atlassian.net", email: "bot@soak.example", apiToken: `jira-soak-secret-${i}`, projectKey: "SOAK" }),
  );
  times("/sso/saml-configs", () => new t.SsoConfig("sso", { idp: "okta", entityId: "http://www.okta.com/soak", ssoUrl: "https://soak.okta.com/sso", certificate: CERT_A }));
}

describe("fault soak: 200 resources, about 10% of requests failing (real engine)", function () {
  this.timeout(900_000);
  let stack: auto.Stack;

  before(async () => {
    const s = sdk();
    stack = await newStack(async () => {
      const ws = Array.from({ length: WORKSPACES }, (_, i) =>
        new s.portkey.Workspace(`ws-${i}`, { name: `Soak ${i}`, ...(i % 2 ? { usageLimits: [{ type: "cost" as const, creditLimit: 10 + i }] } : {}) }),
      );
      const integrations = Array.from({ length: INTEGRATIONS }, (_, i) =>
        new s.portkey.Integration(`int-${i}`, { name: `Soak creds ${i}`, aiProviderId: "openai", key: `sk-soak-secret-${i}` }),
      );
      ws.forEach((w, i) => {
        const integration = integrations[i % INTEGRATIONS]!;
        const access = new s.portkey.IntegrationWorkspaceAccess(`access-${i}`, { integrationId: integration.slug, workspaceId: w.id });
        new s.portkey.VirtualKey(`vk-${i}`, { name: `soak key ${i}`, workspaceId: w.id, integrationId: integration.slug }, { dependsOn: [access] });
      });
      for (let i = 0; i < CONFIGS; i++) {
        new s.portkey.GatewayConfig(`cfg-${i}`, { name: `soak routing ${i}`, workspaceId: ws[i % WORKSPACES]!.id, config: { retry: { attempts: i % 5 } } });
      }
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
    const duplicates = [...live.values()].reduce((n, c) => n + Math.max(0, c - 1), 0);
    const objects = [...live.values()].reduce((n, c) => n + c, 0);

    await control(emu, "POST", "faults", { rules: FAULTS, seed: SEED + 1 });
    const again = await stack.up();
    assert.ok(noChanges(again.summary.resourceChanges as Record<string, number>), `second up changed something: ${JSON.stringify(again.summary.resourceChanges)}`);
    await stack.destroy();
    await control(emu, "DELETE", "faults");
    const leaked = [...(await inventory(emu)).values()].reduce((n, c) => n + c, 0);

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
