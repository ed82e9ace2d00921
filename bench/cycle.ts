// One benchmark cycle: a fresh stack taken through the timed operations, with
// the requests each sent, the provider's peak memory and the state's size.
import { execFileSync } from "child_process";
import * as path from "path";
import type * as auto from "@pulumi/pulumi/automation";
import { nativeSdk, programFolder, Sdk, sdk } from "../tests/helpers/installed";
import { newStack } from "../tests/helpers/stack";
import { Calls, Emu, journaled } from "./emulator";
import { declare, Flavor } from "./shape";

export const OPS = ["up", "preview", "update 10%", "refresh", "destroy"] as const;
export type Op = (typeof OPS)[number];

export interface Cycle {
  ms: Partial<Record<Op, number>>;
  calls: Partial<Record<Op, Calls>>;
  providerBytesPerResource: number;
  stateBytesPerResource: number;
  /** Peak resident memory of the provider processes, in bytes. */
  peakRss: number;
}

/** What a provider process of each hosting shows in `ps` (the floor runs on the dynamic launcher). */
const PROCESS: Record<Flavor, string> = { dynamic: "dynamic-provider", floor: "dynamic-provider", native: "pulumi-resource-aigov" };

/** Peak resident memory of a provider process whose command line holds `marker`, while `fn` runs. */
export async function withPeakRss<T>(marker: string, fn: () => Promise<T>): Promise<[T, number]> {
  let peak = 0;
  const timer = setInterval(() => {
    try {
      const out = execFileSync("ps", ["-eo", "rss,args"], { encoding: "utf8" });
      for (const line of out.split("\n")) if (line.includes(marker)) peak = Math.max(peak, Number(line.trim().split(/\s+/)[0]) || 0);
    } catch {
      // ps may race with exiting processes; the next sample counts.
    }
  }, 100);
  try {
    return [await fn(), peak * 1024];
  } finally {
    clearInterval(timer);
  }
}

function sdkOf(flavor: Flavor): Sdk {
  return flavor === "native" ? (nativeSdk() as unknown as Sdk) : sdk();
}

/** Takes a stack of `n` resources through `ops` (destroying it at the end in any case). */
export async function cycle(emu: Emu, flavor: Flavor, n: number, ops: readonly Op[] = OPS): Promise<Cycle> {
  const s = sdkOf(flavor);
  const noop = require(path.join(programFolder(), "node_modules", "aigov-bench-noop")) as never;
  let changed = false;
  const stack: auto.Stack = await newStack(
    async () => declare(s, noop, flavor, n, changed),
    { portkeyBaseUrl: `${emu.url}/v1`, portkeyKey: emu.key },
    `bench-${flavor}-${n}`,
  );
  const out: Cycle = { ms: {}, calls: {}, providerBytesPerResource: 0, stateBytesPerResource: 0, peakRss: 0 };
  const timed = async (op: Op, fn: () => Promise<unknown>) => {
    if (!ops.includes(op)) return fn();
    let ms = 0;
    const [calls, rss] = await withPeakRss(PROCESS[flavor], () =>
      journaled(emu, async () => {
        const t = performance.now();
        await fn();
        ms = performance.now() - t;
      }),
    );
    out.ms[op] = ms;
    out.calls[op] = calls;
    out.peakRss = Math.max(out.peakRss, rss);
  };
  await timed("up", () => stack.up());
  const state = (await stack.exportStack()).deployment as { resources: { type: string; inputs?: { __provider?: string } }[] };
  const ours = state.resources.filter((r) => r.type.startsWith("pulumi-nodejs:dynamic") || r.type.startsWith("aigov:"));
  out.providerBytesPerResource = ours.reduce((t, r) => t + (r.inputs?.__provider?.length ?? 0), 0) / Math.max(1, ours.length);
  out.stateBytesPerResource = JSON.stringify(state).length / Math.max(1, ours.length);
  await timed("preview", () => stack.preview());
  if (ops.includes("update 10%")) {
    changed = true;
    await timed("update 10%", () => stack.up());
  }
  if (ops.includes("refresh")) await timed("refresh", () => stack.refresh());
  await timed("destroy", () => stack.destroy());
  return out;
}
