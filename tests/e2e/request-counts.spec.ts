// The requests each resource's provider sends per operation, counted in the
// emulator's journal: one write per create, a read after it only where the
// create's answer lacks what state needs (spec `createAnswer`), and no object
// read twice in one operation. The provider runs in this process, so every
// request is one the row's own operation sent.
import { strict as assert } from "assert";
import { configureFrom } from "../../provider/core/config";
import { providerFor } from "../../provider/core/module";
import type { ProviderModule } from "../../provider/core/resource";
import { gatewayConfigSpec } from "../../spec/portkey/gateway-config";
import { integrationSpec } from "../../spec/portkey/integration";
import { integrationWorkspaceAccessSpec } from "../../spec/portkey/integration-workspace-access";
import { virtualKeySpec } from "../../spec/portkey/virtual-key";
import { workspaceSpec } from "../../spec/portkey/workspace";
import type { ResourceSpec } from "../../spec/core/types";
import { api, useEmulator } from "../helpers/emulator";
import { control } from "../helpers/inventory";

type Bag = Record<string, any>;
/** Writes and reads of one operation. */
type Count = { writes: number; reads: number };
const count = (writes: number, reads: number): Count => ({ writes, reads });

/** The objects a row's resource lives in, made directly through the API. */
interface Home {
  workspace: string;
  integration: string;
}

interface Row {
  spec: ResourceSpec;
  inputs(h: Home, i: number): Bag;
  /** Inputs that change a field of the object itself. */
  changed(h: Home, i: number): Bag;
  create: Count;
  update: Count;
  refresh: Count;
  delete: Count;
}

const ROWS: Row[] = [
  {
    spec: workspaceSpec,
    inputs: (_h, i) => ({ name: `Counted ${i}` }),
    changed: (_h, i) => ({ name: `Counted ${i}`, description: "changed" }),
    // POST answers the whole workspace: no read follows.
    create: count(1, 0),
    update: count(1, 1),
    refresh: count(0, 1),
    delete: count(1, 0),
  },
  {
    spec: integrationSpec,
    inputs: (_h, i) => ({ name: `Counted creds ${i}`, aiProviderId: "openai", key: `sk-counted-${i}` }),
    changed: (_h, i) => ({ name: `Counted creds ${i}`, aiProviderId: "openai", key: `sk-counted-${i}`, description: "changed" }),
    create: count(1, 1),
    update: count(1, 1),
    refresh: count(0, 1),
    // Its grants are listed first: deleting it would take keys in still-granted workspaces along.
    delete: count(1, 1),
  },
  {
    spec: integrationWorkspaceAccessSpec,
    inputs: (h) => ({ integrationId: h.integration, workspaceId: h.workspace }),
    changed: (h) => ({ integrationId: h.integration, workspaceId: h.workspace, rateLimits: [{ type: "requests", unit: "rpm", value: 60 }] }),
    // The PUT, and beside it the workspace's slug, read once so a refresh needs one read.
    create: count(1, 1),
    update: count(1, 1),
    refresh: count(0, 1),
    // The keys using the integration are listed first, so none is cut off.
    delete: count(1, 1),
  },
  {
    spec: virtualKeySpec,
    inputs: (h, i) => ({ name: `counted key ${i}`, workspaceId: h.workspace, integrationId: h.integration }),
    changed: (h, i) => ({ name: `counted key ${i}`, workspaceId: h.workspace, integrationId: h.integration, note: "changed" }),
    create: count(1, 1),
    update: count(1, 1),
    refresh: count(0, 1),
    delete: count(1, 0),
  },
  {
    spec: gatewayConfigSpec,
    inputs: (h, i) => ({ name: `counted routing ${i}`, workspaceId: h.workspace, config: { retry: { attempts: 1 } } }),
    changed: (h, i) => ({ name: `counted routing ${i}`, workspaceId: h.workspace, config: { retry: { attempts: 2 } } }),
    create: count(1, 1),
    update: count(1, 1),
    refresh: count(0, 1),
    delete: count(1, 0),
  },
];

const emulator = useEmulator();

/** The requests `fn` sends, as the journal records them. */
async function journaled(fn: () => Promise<unknown>): Promise<{ method: string; path: string }[]> {
  const emu = emulator();
  await control(emu, "DELETE", "journal");
  await fn();
  return emu.journal();
}

const counted = (entries: { method: string }[]): Count =>
  count(entries.filter((e) => e.method !== "GET").length, entries.filter((e) => e.method === "GET").length);

/** What `check` would hand create and update: the inputs with defaults and a derived slug. */
async function checked(m: ProviderModule, inputs: Bag): Promise<Bag> {
  const res = await m.check!({}, inputs);
  assert.deepEqual(res.failures ?? [], []);
  return res.inputs;
}

describe("requests per resource and operation (emulator journal)", function () {
  this.timeout(60_000);
  let home: Home;

  before(async () => {
    const emu = emulator();
    configureFrom({ get: (k) => ({ "portkey:apiKey": emu.portkeyKey, "portkey:baseUrl": emu.portkeyBaseUrl, "portkey:maxRetries": "0" })[k] });
    const a = api(emu);
    const ws = await a.post("/admin/workspaces", { name: "Counted home" });
    const integration = await a.post("/integrations", { name: "Counted home creds", ai_provider_id: "openai", key: "sk-counted-home" });
    await a.put(`/integrations/${integration.slug}/workspaces`, { workspaces: [{ id: ws.id, enabled: true }] });
    home = { workspace: ws.id, integration: integration.slug };
  });

  ROWS.forEach((row, i) => {
    it(`${row.spec.name}: create ${row.create.writes} w / ${row.create.reads} r, update ${row.update.writes} w / ${row.update.reads} r, refresh ${row.refresh.reads} r, delete ${row.delete.writes} w / ${row.delete.reads} r`, async () => {
      const m = providerFor(row.spec);
      // A grant of its own, so it is not the home workspace's.
      const h =
        row.spec === integrationWorkspaceAccessSpec
          ? { ...home, workspace: (await api(emulator()).post("/admin/workspaces", { name: `Counted grant ${i}` })).id }
          : home;
      const news = await checked(m, row.inputs(h, i));
      let made: { id: string; outs?: Bag } | undefined;
      assert.deepEqual(counted(await journaled(async () => (made = await m.create!(news)))), row.create, "create");
      const changed = await checked(m, { ...row.changed(h, i), ...(news.slug !== undefined ? { slug: news.slug } : {}) });
      let outs: Bag = made!.outs!;
      assert.deepEqual(counted(await journaled(async () => (outs = (await m.update!(made!.id, outs, changed)).outs!))), row.update, "update");
      let read: Bag = {};
      assert.deepEqual(counted(await journaled(async () => (read = await m.read!(made!.id, outs)))), row.refresh, "refresh");
      assert.equal(read.id, made!.id, "the refresh finds the object");
      assert.deepEqual(counted(await journaled(() => m.delete!(made!.id, outs))), row.delete, "delete");
    });
  });

  it("workspace → grant → virtual key: three round trips before the key's read, and no object read twice", async () => {
    const emu = emulator();
    const [ws, access, vk] = [workspaceSpec, integrationWorkspaceAccessSpec, virtualKeySpec].map(providerFor) as ProviderModule[];
    let w: Bag = {};
    const first = await journaled(async () => (w = await ws!.create!(await checked(ws!, { name: "Counted path" }))));
    assert.deepEqual(counted(first), count(1, 0), "the workspace: its POST");
    // With latency, the grant's PUT and its read of the workspace's slug overlap: one round trip.
    await control(emu, "PUT", "latency", { ms: 100 });
    let grant: { method: string; path: string }[];
    let peak: number;
    try {
      grant = await journaled(async () => access!.create!(await checked(access!, { integrationId: home.integration, workspaceId: w.id })));
      peak = ((await (await fetch(`${emu.url}/__emulator/concurrency`)).json()) as { peakInFlight: number }).peakInFlight;
    } finally {
      await control(emu, "PUT", "latency", { ms: 0 });
    }
    assert.deepEqual(counted(grant), count(1, 1), "the grant: its PUT and the workspace's slug");
    assert.equal(peak, 2, "the grant's two requests are in flight together");
    const key = await journaled(async () => vk!.create!(await checked(vk!, { name: "counted path key", workspaceId: w.id, integrationId: home.integration })));
    assert.deepEqual(
      key.map((e) => e.method),
      ["POST", "GET"],
      "the key: its POST, then the read of what the POST does not answer",
    );
    const reads = [...first, ...grant, ...key].filter((e) => e.method === "GET").map((e) => e.path);
    assert.deepEqual(
      reads.filter((p, k) => reads.indexOf(p) !== k),
      [],
      "no object read twice",
    );
  });
});
