// `npm run bench`: what our provider costs beyond the engine and the API.
// For each size and latency it times up, preview, a 10% update, refresh and
// destroy for our stack in both hostings (dynamic and native) and for the same
// stack on a no-op provider (the engine floor), sends the same number of
// requests from a plain script (the API floor), counts requests and peak
// concurrency from the emulator journal and measures memory and plugin
// start-up. It writes bench/RESULTS.md and the chart it embeds. Nothing here
// gates CI.
//
//   --large          adds N=2000 for up and preview (at the lowest latency; by hand, not CI)
//   --terraform      adds the side-by-side run with Terraform and Portkey's provider (bench/terraform.ts)
//   --parallel=8,16  adds the engine-parallelism sweep at the highest latency (bench/parallel.ts)
//   --sizes=10,100   --latencies=0,150   --runs=1   --out=DIR   override the defaults, for a quick check
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { programFolder } from "../tests/helpers/installed";
import { ROOT } from "../tests/helpers/paths";
import { chart, Series } from "./chart";
import { Cycle, cycle, Op, OPS } from "./cycle";
import { apiFloor, control, Emu, startEmulator } from "./emulator";
import { API_FLOOR_OPS, HOSTINGS, median, report, SizeResult } from "./report";
import { parallelSweep } from "./parallel";
import { pluginStartMs } from "./startup";
import { compareWithTerraform } from "./terraform";

const PARALLELISM = 4 * os.cpus().length; // the engine's default --parallel
const LARGE = 2000;

function option(name: string): string | undefined {
  const arg = process.argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  return arg === undefined ? undefined : (arg.split("=")[1] ?? "");
}
const numbers = (text: string) => text.split(",").map(Number);

const SIZES = numbers(option("sizes") ?? process.env.BENCH_SIZES ?? "10,100,500");
const LATENCIES = numbers(option("latencies") ?? "0,50,150");
// Medians of 3 where a cycle takes seconds; one run from N=500, where a cycle takes minutes.
const RUNS = (n: number) => Number(option("runs") ?? (n >= 500 ? 1 : 3));
const OUT = path.resolve(option("out") || path.join(ROOT, "bench"));
const CHART = "results-chart.svg";

/** One size: per run, the floor, then each latency's dynamic and native cycles, so drift weighs on all alike. */
async function measure(emu: Emu, n: number, latencies: number[], ops: readonly Op[]): Promise<SizeResult> {
  const r: SizeResult = { n, ops, floor: [], hosted: { dynamic: {}, native: {} }, apiFloorMs: {} };
  for (let k = 0; k < RUNS(n); k++) {
    await control(emu, "PUT", "latency", { ms: 0 });
    r.floor.push(await cycle(emu, "floor", n, ops));
    for (const latency of latencies) {
      await control(emu, "PUT", "latency", { ms: latency });
      for (const h of HOSTINGS) ((r.hosted[h][latency] ??= []) as Cycle[]).push(await cycle(emu, h, n, ops));
      console.log(`N=${n} ${latency} ms run ${k + 1}: up ${HOSTINGS.map((h) => `${h} ${r.hosted[h][latency]!.at(-1)!.ms.up!.toFixed(0)} ms`).join(", ")}`);
    }
  }
  for (const latency of latencies) {
    await control(emu, "PUT", "latency", { ms: latency });
    for (const op of API_FLOOR_OPS.filter((o) => ops.includes(o))) {
      const c = r.hosted.dynamic[latency]![0]!.calls[op]!;
      (r.apiFloorMs[latency] ??= {})[op] = await apiFloor(emu, c.reads + c.writes, PARALLELISM);
    }
  }
  await control(emu, "PUT", "latency", { ms: 0 });
  return r;
}

/** Time per resource of `up` at the lowest latency against N, per hosting and for the floor. */
function chartOf(sizes: SizeResult[]): string {
  const at = (r: SizeResult, cs: Cycle[] | undefined) => [r.n, median((cs ?? []).map((c) => c.ms.up ?? NaN)) / r.n] as [number, number];
  const low = (r: SizeResult) => Math.min(...Object.keys(r.hosted.dynamic).map(Number));
  const series: Series[] = [
    { label: "ours, dynamic", color: "#1f77b4", points: sizes.map((r) => at(r, r.hosted.dynamic[low(r)])) },
    { label: "ours, native", color: "#2ca02c", points: sizes.map((r) => at(r, r.hosted.native[low(r)])) },
    { label: "engine floor", color: "#7f7f7f", points: sizes.map((r) => at(r, r.floor)) },
  ];
  return chart("up: ms per resource against N", series);
}

/** The machine's 1-minute load average, sampled through the run: other work on it shows here. */
function loadSampler(): { stop: () => { median: number; max: number } } {
  const samples: number[] = [];
  const timer = setInterval(() => samples.push(os.loadavg()[0]!), 10_000).unref();
  return {
    stop: () => {
      clearInterval(timer);
      return { median: median(samples), max: Math.max(0, ...samples) };
    },
  };
}

async function main(): Promise<void> {
  const noopDir = path.join(programFolder(), "node_modules", "aigov-bench-noop");
  fs.mkdirSync(noopDir, { recursive: true });
  fs.copyFileSync(path.join(ROOT, "bench", "noop-provider.js"), path.join(noopDir, "index.js"));
  const emu = await startEmulator();
  const started = Date.now();
  const sizes: SizeResult[] = [];
  let terraform: string[] | undefined;
  let sweep: string[] | undefined;
  const load = loadSampler();
  try {
    const startMs = await pluginStartMs();
    console.log(`plugin start-up: dynamic ${startMs.dynamic.toFixed(0)} ms, native ${startMs.native.toFixed(0)} ms`);
    for (const n of SIZES) sizes.push(await measure(emu, n, LATENCIES, OPS));
    if (option("large") !== undefined) sizes.push(await measure(emu, LARGE, [Math.min(...LATENCIES)], ["up", "preview"]));
    if (option("terraform") !== undefined) terraform = await compareWithTerraform(emu, LATENCIES, Number(option("runs") ?? 3));
    if (option("parallel")) sweep = await parallelSweep(emu, Math.max(...SIZES), numbers(option("parallel")!), Math.max(...LATENCIES));
    fs.mkdirSync(OUT, { recursive: true });
    fs.writeFileSync(path.join(OUT, CHART), chartOf(sizes));
    const text = report({
      sizes,
      latencies: LATENCIES,
      parallelism: PARALLELISM,
      startMs,
      minutes: (Date.now() - started) / 60000,
      chartFile: CHART,
      terraform,
      sweep,
      load: load.stop(),
    });
    fs.writeFileSync(path.join(OUT, "RESULTS.md"), text);
    console.log(`\n${text}`);
  } finally {
    emu.proc.kill();
  }
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
