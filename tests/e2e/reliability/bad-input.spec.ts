// A catalogue of invalid programs. Each must fail at preview, before any API
// call, with a message naming the resource, the field and the rule to follow.
import { strict as assert } from "assert";
import { calls, targetOf, useEmulator } from "../../helpers/emulator";
import { Sdk, sdk } from "../../helpers/installed";
import { newStack } from "../../helpers/stack";
import { RESOURCES } from "../../../spec";
import { secretFields, Vendor } from "../../../spec/core/types";
import { structuralRows } from "../../helpers/structural-cases";
import { BadInput, tableOf } from "../../helpers/tables";

const emulator = useEmulator();

type Case = [kind: string, ...row: BadInput];

// Every resource's rows, from its test table, and the structural rows its description implies.
const CASES: Case[] = RESOURCES.flatMap((r) => [...tableOf(r).badInput, ...structuralRows(r)].map((row): Case => [r.name, ...row]));
const VENDOR: Record<string, Vendor> = Object.fromEntries(RESOURCES.map((r) => [r.name, r.vendor]));
// The arguments the registry marks secret, whichever resource has them.
const SECRET_ARGS = new Set(RESOURCES.flatMap(secretFields));

/** The values inside a secret: it may be a JSON document (credentials), as an object or as text. */
function strings(v: unknown): string[] {
  if (typeof v === "string") {
    const doc = (() => {
      try {
        return JSON.parse(v) as unknown;
      } catch {
        return undefined;
      }
    })();
    return doc && typeof doc === "object" ? strings(doc) : [v];
  }
  return v && typeof v === "object" ? Object.values(v).flatMap(strings) : [];
}

/** The text of a case's secret arguments, long enough to be told apart from the message around it. */
function secretValues([, , args]: Case): string[] {
  return Object.entries(args)
    .filter(([k]) => SECRET_ARGS.has(k))
    .flatMap(([, v]) => strings(v))
    .flatMap((text) => text.split("\n").filter((line) => line.length >= 8 && !line.startsWith("-----")));
}

function declare(s: Sdk, [kind, , args, , opts]: Case, i: number): void {
  const Ctor = (s[VENDOR[kind]!] as Record<string, unknown>)[kind] as new (name: string, args: unknown, opts?: unknown) => unknown;
  new Ctor(`bad-${i}`, { ...args }, opts ?? {});
}

describe("bad-input catalogue: every invalid program fails at preview, before any API call", function () {
  this.timeout(1_200_000);

  it(`${CASES.length} cases across every resource`, async () => {
    assert.ok(CASES.length >= 100);
    // At least four cases for each resource of the registry.
    for (const kind of Object.keys(VENDOR)) assert.ok(CASES.filter((c) => c[0] === kind).length >= 4, kind);
    const s = sdk();
    const target = targetOf(emulator());
    const before = calls(emulator()).length;
    // The engine stops a preview at its first invalid resource, so each case is a program of its own.
    // One at a time: inline programs run side by side in one process can lose their run context
    // under load, and a resource registered outside it never reaches its engine.
    const failed: string[] = [];
    // One stack for all: a preview that fails writes nothing, so each case starts from the same empty state.
    const stack = await newStack(async () => undefined, target, "bad-input");
    for (const [i, c] of CASES.entries()) {
      const err = (await stack.preview({ program: async () => declare(s, c, i) }).then(
        () => undefined,
        (e: Error) => e,
      )) as Error | undefined;
      const [kind, what, , expected] = c;
      const mine = (err?.message ?? "").split("\n").filter((l) => l.includes(`${VENDOR[kind]!}:${kind} resource 'bad-${i}'`));
      // The engine prints a failing property's value; a secret's must never show.
      const shown = secretValues(c).filter((v) => err?.message.includes(v));
      if (shown.length) failed.push(`${kind} ${what}: the message shows a secret input (${shown[0]!.slice(0, 12)}...)`);
      else if (!mine.some((l) => expected.test(l)))
        failed.push(`${kind} ${what}: ${mine[0] ?? (err ? `another message: ...${err.message.slice(-600)}` : "preview passed")}`);
    }
    const apiCalls = calls(emulator()).slice(before);
    console.log(
      `      bad-input catalogue: ${CASES.length - failed.length} of ${CASES.length} cases fail at preview with the expected message; ${apiCalls.length} API calls`,
    );
    assert.deepEqual(failed, []);
    assert.deepEqual(apiCalls, [], "preview called the API");
  });
});
