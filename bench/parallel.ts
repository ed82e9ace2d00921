// `npm run bench -- --parallel=8,16,32,64`: the engine's --parallel against
// wall time, for `up` and `destroy` of the run's largest stack (dynamic hosting) at
// its highest latency. At a real API's latency time follows requests ×
// latency ÷ requests in flight, so this is where a higher setting pays.
import * as path from "path";
import { programFolder, sdk } from "../tests/helpers/installed";
import { newStack } from "../tests/helpers/stack";
import { control, Emu, journaled } from "./emulator";
import { declare } from "./shape";

interface Point {
  parallel: number;
  upMs: number;
  destroyMs: number;
  peakUp: number;
}

async function point(emu: Emu, n: number, parallel: number): Promise<Point> {
  const noop = require(path.join(programFolder(), "node_modules", "aigov-bench-noop")) as never;
  const stack = await newStack(
    async () => declare(sdk(), noop, "dynamic", n, false),
    { portkeyBaseUrl: `${emu.url}/v1`, portkeyKey: emu.key },
    `bench-par-${parallel}`,
  );
  const timed = async (fn: () => Promise<unknown>): Promise<[number, number]> => {
    let ms = 0;
    const calls = await journaled(emu, async () => {
      const t = performance.now();
      await fn();
      ms = performance.now() - t;
    });
    return [ms, calls.peakInFlight];
  };
  const [upMs, peakUp] = await timed(() => stack.up({ parallel }));
  const [destroyMs] = await timed(() => stack.destroy({ parallel }));
  return { parallel, upMs, destroyMs, peakUp };
}

/** The sweep's section of RESULTS.md: one run per setting, interleaved with nothing else. */
export async function parallelSweep(emu: Emu, n: number, settings: number[], latency: number): Promise<string[]> {
  await control(emu, "PUT", "latency", { ms: latency });
  const points: Point[] = [];
  for (const p of settings) {
    points.push(await point(emu, n, p));
    console.log(`--parallel ${p} at ${latency} ms: up ${points.at(-1)!.upMs.toFixed(0)} ms, destroy ${points.at(-1)!.destroyMs.toFixed(0)} ms`);
  }
  await control(emu, "PUT", "latency", { ms: 0 });
  const base = points[0]!;
  return [
    `## Engine parallelism at ${latency} ms latency, N=${n} (dynamic hosting, one run per setting)`,
    "",
    "| --parallel | up (ms) | up ÷ first setting | peak requests in flight on up | destroy (ms) | destroy ÷ first setting |",
    "| --- | --- | --- | --- | --- | --- |",
    ...points.map(
      (p) =>
        `| ${p.parallel} | ${p.upMs.toFixed(0)} | ${(p.upMs / base.upMs).toFixed(2)}x | ${p.peakUp} | ${p.destroyMs.toFixed(0)} | ${(p.destroyMs / base.destroyMs).toFixed(2)}x |`,
    ),
    "",
  ];
}
