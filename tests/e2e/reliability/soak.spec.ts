// `up` of 224 mixed Portkey and Toktra resources, of every type in the registry,
// while the APIs fail about one request in ten: rate limits with Retry-After, 500/502/503, reset connections
// and creates that commit but lose their answer. A create whose answer is lost
// is never posted again blindly: where nothing proves which object is ours, the
// `up` fails naming it, and the user runs `up` again. Then two stacks of one
// program, same names, at once in one organisation. Nothing may be missing,
// duplicated or leaked.
import { strict as assert } from "assert";
import * as pulumi from "@pulumi/pulumi";
import type * as auto from "@pulumi/pulumi/automation";
import type { Emulator } from "../../helpers/emulator";
import { targetOf, useEmulator } from "../../helpers/emulator";
import { control, duplicatesIn, inventory, totalIn } from "../../helpers/inventory";
import { declareSoak, declareTwin, SOAK_DECLARED, TWIN_DECLARED } from "../../helpers/soak-mix";
import { sdk } from "../../helpers/installed";
import { newStack, noChanges } from "../../helpers/stack";

const emulator = useEmulator({ seed: 42 });

// The fault pattern is fixed by a seed; AIGOV_SOAK_SEED replays another one.
const SEED = Number(process.env.AIGOV_SOAK_SEED ?? 7);
const each = 0.0175; // six rules: about 10% of requests hit one
// Committed-then-dropped creates hit only creates whose object is provably
// ours (derived slugs, ownership markers); elsewhere a lost committed create
// is left to the user by design (see the README), which a soak cannot do.
const PROVABLE_POSTS = "^/(v1/(admin/workspaces|integrations|providers)|toktra/v1/api/policies)$";
const FAULTS = [
  { status: 429, retryAfter: 1, probability: each },
  { status: 500, probability: each },
  { status: 502, probability: each },
  { status: 503, probability: each },
  { kind: "reset", probability: each },
  ...["GET", "PUT", "DELETE"].map((method) => ({ kind: "dropAfterCommit", method, probability: each })),
  // Three times as likely, as these creates are fewer than all requests.
  { kind: "dropAfterCommit", method: "POST", path: PROVABLE_POSTS, probability: 3 * each },
].map((r) => ({ path: "^/(toktra/)?v1/", ...r }));
// The engine's parallelism orders requests differently from run to run, so the
// seeded rules alone may hit no create; the first two provable creates always lose their answer.
const WITH_LOST_CREATES = [{ kind: "dropAfterCommit", method: "POST", path: PROVABLE_POSTS, times: 2 }, ...FAULTS];

/** Runs `up` until it succeeds; every failure must be a create whose answer was lost, left to the user. */
async function upUntilDone(stack: auto.Stack, rounds = 8): Promise<number> {
  for (let round = 1; round <= rounds; round++) {
    // As a user would after a failure: the next up goes on with everything else too.
    const err = (await stack.up({ continueOnError: true }).then(
      () => undefined,
      (e: Error) => e,
    )) as Error | undefined;
    if (!err) return round;
    // Resources waiting on one that failed report that they could not register; the cause is what counts.
    const errors = err.message.split("\n").filter((l) => /^\s+error: /.test(l) && !/error: update failed|failed to register/.test(l));
    for (const line of errors) assert.match(line, /the create's answer was lost .*it was not sent again/, line);
  }
  throw new Error(`up did not finish in ${rounds} rounds`);
}

/** Objects beyond what `stacks` stacks of the program declare: an access grant is one per stack's own integration and workspace. */
function duplicatesPerStack(live: Map<string, number>, stacks: number): number {
  return [...live].reduce((n, [key, c]) => n + Math.max(0, c - (key.startsWith("access ") ? 1 : stacks)), 0);
}

describe(`fault soak: ${SOAK_DECLARED} resources, about 10% of requests failing (real engine)`, function () {
  this.timeout(900_000);
  let stack: auto.Stack;

  before(async () => {
    const s = sdk();
    stack = await newStack(
      async () => {
        declareSoak(s);
        return {};
      },
      targetOf(emulator()),
      "soak",
    );
  });

  it("up under faults creates exactly what is declared; a second up changes nothing; destroy leaves nothing", async () => {
    const emu = emulator();
    await control(emu, "POST", "faults", { rules: WITH_LOST_CREATES, seed: SEED });
    const rounds = await upUntilDone(stack);

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
    assert.ok(
      noChanges(again.summary.resourceChanges as Record<string, number>),
      `second up changed something: ${JSON.stringify(again.summary.resourceChanges)}`,
    );
    await stack.destroy();
    await control(emu, "DELETE", "faults");
    const leaked = totalIn(await inventory(emu));

    console.log(
      `      soak: ${rounds} rounds of up, ${journal.length} requests sent, ${faulted.length} faults injected (${committedLost} creates committed with the answer lost), ` +
        `${retried} faulted requests retried, ${duplicates} duplicates found, ${SOAK_DECLARED - (objects - duplicates)} missing, ${leaked} objects leaked`,
    );
    assert.ok(faulted.length >= journal.length * 0.05, "the soak should inject faults");
    assert.ok(committedLost > 0, "the soak should include committed-then-dropped creates");
    assert.equal(duplicates, 0, "duplicates");
    assert.equal(objects, SOAK_DECLARED, "every declared object exists once");
    assert.equal(leaked, 0, "objects leaked after destroy");
  });
});

describe("fault soak: two stacks of one program, same names, at once in one organisation (real engine)", function () {
  this.timeout(900_000);
  const stacks: auto.Stack[] = [];
  let emu: Emulator;

  before(async () => {
    emu = emulator();
    const s = sdk();
    const program = async () => {
      declareTwin(s, pulumi.getStack());
      return {};
    };
    for (const name of ["staging", "prod"]) stacks.push(await newStack(program, targetOf(emu), "soak-twins", { project: "soak-twins", stack: name }));
  });

  it("both finish under faults with their own objects; 0 duplicates; after both destroys 0 leaked", async () => {
    await control(emu, "DELETE", "journal");
    await control(emu, "POST", "faults", { rules: WITH_LOST_CREATES, seed: SEED + 2 });
    const rounds = await Promise.all(stacks.map((st) => upUntilDone(st)));
    const journal = emu.journal();
    await control(emu, "DELETE", "faults");
    const live = await inventory(emu);
    const duplicates = duplicatesPerStack(live, 2);
    for (const st of stacks) assert.ok(noChanges((await st.preview()).changeSummary as Record<string, number>));
    for (const st of stacks) await st.destroy();
    const leaked = totalIn(await inventory(emu));
    const lost = journal.filter((e) => e.fault === "dropAfterCommit" && e.method === "POST").length;
    console.log(
      `      twin soak: rounds of up ${rounds.join(" and ")}, ${journal.length} requests, ${journal.filter((e) => e.fault).length} faults (${lost} creates committed with the answer lost), ` +
        `${duplicates} duplicates, ${2 * TWIN_DECLARED - (totalIn(live) - duplicates)} missing, ${leaked} leaked`,
    );
    assert.ok(lost > 0, "the twin soak should include committed-then-dropped creates");
    assert.equal(duplicates, 0, "duplicates");
    assert.equal(totalIn(live), 2 * TWIN_DECLARED, "every declared object exists once per stack");
    assert.equal(leaked, 0, "objects leaked after both destroys");
  });
});
