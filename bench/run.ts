// `npm run bench`: what our provider costs beyond the engine and the API.
// For each size and latency it times up, preview, a 10% update, refresh and
// destroy for our stack and for the same stack on a no-op provider (the engine
// floor), sends the same number of requests from a plain script (the API
// floor), counts requests from the emulator journal and measures footprint.
// Ratios are taken side by side in one run; nothing here gates CI.
import { ChildProcess, execFileSync, spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type * as auto from "@pulumi/pulumi/automation";
import { programFolder, sdk } from "../tests/helpers/installed";
import { ROOT } from "../tests/helpers/paths";
import { newStack } from "../tests/helpers/stack";
import { declare, Flavor } from "./shape";

const SIZES = (process.env.BENCH_SIZES ?? "10,100,500").split(",").map(Number);
const LATENCIES = [0, 20];
const RUNS: Record<number, number> = { 10: 3, 100: 3, 500: 3 };
const OPS = ["up", "preview", "update 10%", "refresh", "destroy"] as const;
type Op = (typeof OPS)[number];
const CONCURRENCY = 4 * os.cpus().length; // the engine's default --parallel

interface Emu {
  url: string;
  key: string;
  proc: ChildProcess;
}

async function startEmulator(): Promise<Emu> {
  // A process of its own, so the benchmark's program does not share its event loop.
  const proc = spawn(process.execPath, [path.join(ROOT, "dist", "emulator", "main.js"), "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
  const lines: string[] = [];
  await new Promise<void>((resolve) => proc.stdout!.on("data", (d: Buffer) => (lines.push(...d.toString().split("\n")), lines.length >= 2 && resolve())));
  return { url: lines[0]!.replace("emulator listening on ", "").trim(), key: lines[1]!.replace("portkey api key: ", "").trim(), proc };
}

async function control(emu: Emu, method: string, what: string, body?: unknown): Promise<any> {
  const res = await fetch(`${emu.url}/__emulator/${what}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return res.json().catch(() => ({}));
}

/** Peak resident memory of the engine's provider processes while `fn` runs. */
async function withPeakRss<T>(fn: () => Promise<T>): Promise<[T, number]> {
  let peak = 0;
  const timer = setInterval(() => {
    try {
      const out = execFileSync("ps", ["-eo", "rss,args"], { encoding: "utf8" });
      for (const line of out.split("\n")) if (line.includes("dynamic-provider")) peak = Math.max(peak, Number(line.trim().split(/\s+/)[0]) || 0);
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

/** The API floor: `count` requests from a plain script at the engine's concurrency. */
async function apiFloor(emu: Emu, count: number): Promise<number> {
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next++ < count) await fetch(`${emu.url}/v1/admin/workspaces?page_size=1`, { headers: { "x-portkey-api-key": emu.key } }).then((r) => r.text());
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return performance.now() - started;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Cycle {
  ms: Record<Op, number>;
  calls: Record<Op, { reads: number; writes: number }>;
  /** Most requests the emulator was serving at once during the operation. */
  peakInFlight: Record<Op, number>;
  providerBytesPerResource: number;
  stateBytesPerResource: number;
  peakRss: number;
}

async function cycle(emu: Emu, flavor: Flavor, n: number): Promise<Cycle> {
  const s = sdk();
  const noop = require(path.join(programFolder(), "node_modules", "aigov-bench-noop")) as never;
  let changed = false;
  const stack: auto.Stack = await newStack(
    async () => declare(s, noop, flavor, n, changed),
    { portkeyBaseUrl: `${emu.url}/v1`, portkeyKey: emu.key },
    `bench-${flavor}-${n}`,
  );
  const ms = {} as Cycle["ms"];
  const calls = {} as Cycle["calls"];
  const peakInFlight = {} as Cycle["peakInFlight"];
  let peakRss = 0;
  const timed = async (op: Op, fn: () => Promise<unknown>) => {
    await control(emu, "DELETE", "journal");
    const t = performance.now();
    const [, rss] = await withPeakRss(fn);
    ms[op] = performance.now() - t;
    peakRss = Math.max(peakRss, rss);
    const journal = (await control(emu, "GET", "journal")) as { method: string }[];
    calls[op] = { reads: journal.filter((e) => e.method === "GET").length, writes: journal.filter((e) => e.method !== "GET").length };
    peakInFlight[op] = ((await control(emu, "GET", "concurrency")) as { peakInFlight: number }).peakInFlight;
  };
  await timed("up", () => stack.up());
  const state = (await stack.exportStack()).deployment as { resources: { type: string; inputs?: { __provider?: string } }[] };
  const dynamic = state.resources.filter((r) => r.type.startsWith("pulumi-nodejs:dynamic"));
  const providerBytes = dynamic.reduce((t, r) => t + (r.inputs?.__provider?.length ?? 0), 0) / Math.max(1, dynamic.length);
  const stateBytes = JSON.stringify(state).length / Math.max(1, dynamic.length);
  await timed("preview", () => stack.preview());
  changed = true;
  await timed("update 10%", () => stack.up());
  await timed("refresh", () => stack.refresh());
  await timed("destroy", () => stack.destroy());
  return { ms, calls, peakInFlight, providerBytesPerResource: providerBytes, stateBytesPerResource: stateBytes, peakRss };
}

async function main(): Promise<void> {
  const folder = programFolder();
  const noopDir = path.join(folder, "node_modules", "aigov-bench-noop");
  fs.mkdirSync(noopDir, { recursive: true });
  fs.copyFileSync(path.join(ROOT, "bench", "noop-provider.js"), path.join(noopDir, "index.js"));
  const emu = await startEmulator();
  const rows: string[] = [];
  const counts: string[] = [];
  const footprint: string[] = [];
  const perResource: string[] = [];
  const concurrency: string[] = [];
  const started = Date.now();
  try {
    for (const n of SIZES) {
      const runs = RUNS[n] ?? 1;
      // Floor and ours take turns within each run, so drift over time (caches,
      // temp files, the machine) weighs on both alike.
      const floor: Cycle[] = [];
      const oursAt: Record<number, Cycle[]> = Object.fromEntries(LATENCIES.map((l) => [l, []]));
      for (let r = 0; r < runs; r++) {
        await control(emu, "PUT", "latency", { ms: 0 });
        floor.push(await cycle(emu, "floor", n));
        for (const latency of LATENCIES) {
          await control(emu, "PUT", "latency", { ms: latency });
          oursAt[latency]!.push(await cycle(emu, "ours", n));
        }
      }
      for (const latency of LATENCIES) {
        await control(emu, "PUT", "latency", { ms: latency });
        const ours = oursAt[latency]!;
        const requests = ours[0]!.calls.up.reads + ours[0]!.calls.up.writes;
        const api = await apiFloor(emu, requests);
        for (const op of OPS) {
          const o = median(ours.map((c) => c.ms[op]));
          const f = median(floor.map((c) => c.ms[op]));
          const vsBoth = op === "up" ? `${(o / (f + api)).toFixed(2)}x (floor + API = ${(f + api).toFixed(0)} ms)` : "";
          rows.push(`| ${n} | ${latency} ms | ${op} | ${o.toFixed(0)} | ${f.toFixed(0)} | ${(o / f).toFixed(2)}x | ${vsBoth} |`);
        }
        const c = ours[0]!.calls;
        // Requests one after another would take at least requests x latency; the
        // wall time and the emulator's peak in-flight count show how far below that we stay.
        const upMs = median(ours.map((x) => x.ms.up));
        concurrency.push(
          `| ${n} | ${latency} ms | ${OPS.map((op) => median(ours.map((x) => x.peakInFlight[op]))).join(" / ")} | ${requests} | ${(requests * latency).toFixed(0)} | ${upMs.toFixed(0)} | ${(upMs / n).toFixed(1)} |`,
        );
        counts.push(`| ${n} | ${latency} ms | ${OPS.map((op) => `${c[op].writes} w / ${c[op].reads} r`).join(" | ")} |`);
        if (latency === 0) {
          footprint.push(
            `| ${n} | ${ours[0]!.providerBytesPerResource.toFixed(0)} | ${ours[0]!.stateBytesPerResource.toFixed(0)} | ${(ours[0]!.peakRss / 2 ** 20).toFixed(0)} MiB |`,
          );
          perResource.push(
            `| ${n} | ${(median(ours.map((x) => x.ms.up)) / n).toFixed(1)} | ${(median(floor.map((x) => x.ms.up)) / n).toFixed(1)} | ${(median(ours.map((x) => x.ms.preview)) / n).toFixed(1)} | ${(median(floor.map((x) => x.ms.preview)) / n).toFixed(1)} |`,
          );
        }
        console.log(rows.slice(-OPS.length).join("\n"));
      }
    }
  } finally {
    emu.proc.kill();
  }
  const node = process.version;
  const report = [
    "# Benchmark results",
    "",
    `Run on ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "unknown"}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${node}, Pulumi engine and @pulumi/pulumi 3.259.0, engine defaults (parallel ${CONCURRENCY}, no PULUMI_PARALLEL_DIFF). ` +
      `Medians of ${SIZES.map((n) => `${RUNS[n] ?? 1} run(s) at N=${n}`).join(", ")}; whole run ${((Date.now() - started) / 60000).toFixed(1)} minutes.`,
    "",
    "Engine floor: the same stack shape on a no-op dynamic provider (same inputs, no HTTP), measured in the same run. API floor: as many requests as our `up` made, sent by a plain script at the engine's concurrency to the same emulator.",
    "",
    "## Wall time (ms) and our overhead",
    "",
    "| N | latency | operation | ours | engine floor | ours ÷ floor | up: ours ÷ (floor + API floor) |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...rows,
    "",
    "## API requests per operation (from the emulator journal; w = writes, r = reads)",
    "",
    `| N | latency | ${OPS.join(" | ")} |`,
    `| --- | --- | ${OPS.map(() => "---").join(" | ")} |`,
    ...counts,
    "",
    "## Concurrency (peak requests the emulator served at once, median of runs)",
    "",
    `Engine default parallelism is ${CONCURRENCY}. Serial latency: what the requests of \`up\` would spend on latency alone if sent one at a time.`,
    "",
    `| N | latency | peak in flight: ${OPS.join(" / ")} | up requests | serial latency (ms) | up, ours (ms) | up, ms per resource |`,
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...concurrency,
    "",
    "## Footprint",
    "",
    "| N | serialized provider bytes per resource | state bytes per resource | peak RSS of the provider process |",
    "| --- | --- | --- | --- |",
    ...footprint,
    "",
    "## Per-resource time (ms), latency 0",
    "",
    "| N | up, ours | up, floor | preview, ours | preview, floor |",
    "| --- | --- | --- | --- | --- |",
    ...perResource,
    "",
  ].join("\n");
  fs.writeFileSync(path.join(ROOT, "bench", "RESULTS.md"), report);
  console.log(`\n${report}`);
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
