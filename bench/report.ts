// RESULTS.md from the figures one benchmark run gathered.
import * as os from "os";
import type { Cycle, Op } from "./cycle";

export type Hosting = "dynamic" | "native";
export const HOSTINGS: Hosting[] = ["dynamic", "native"];
/** The operations whose time is set beside the engine floor plus the API floor: the ones that send requests in bulk. */
export const API_FLOOR_OPS: readonly Op[] = ["up", "refresh"];

export interface SizeResult {
  n: number;
  ops: readonly Op[];
  floor: Cycle[];
  /** Cycles per hosting and latency (ms). */
  hosted: Record<Hosting, Record<number, Cycle[]>>;
  /** The API floor per latency and operation: as many requests as the dynamic hosting sent, from a plain script. */
  apiFloorMs: Record<number, Partial<Record<Op, number>>>;
}

export interface RunInfo {
  sizes: SizeResult[];
  latencies: number[];
  parallelism: number;
  startMs: Record<Hosting, number>;
  minutes: number;
  chartFile: string;
  terraform?: string[];
  sweep?: string[];
  /** The machine's 1-minute load average during the run. */
  load: { median: number; max: number };
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const med = (cs: Cycle[], op: Op) => median(cs.map((c) => c.ms[op] ?? NaN));
const fixed = (v: number, d = 0) => (Number.isFinite(v) ? v.toFixed(d) : "–");
const ratio = (a: number, b: number) => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}x` : "–");

function wallTimes(r: SizeResult, latency: number): string[] {
  const [dyn, nat] = [r.hosted.dynamic[latency] ?? [], r.hosted.native[latency] ?? []];
  return r.ops.map((op) => {
    const [d, n, f] = [med(dyn, op), med(nat, op), med(r.floor, op)];
    const api = r.apiFloorMs[latency]?.[op];
    const both = api === undefined ? "" : `${ratio(d, f + api)} / ${ratio(n, f + api)} (floor + API = ${fixed(f + api)} ms)`;
    return `| ${r.n} | ${latency} ms | ${op} | ${fixed(d)} | ${fixed(n)} | ${fixed(f)} | ${ratio(d, f)} | ${ratio(n, f)} | ${both} |`;
  });
}

function requestCounts(r: SizeResult, latency: number): string {
  const c = r.hosted.dynamic[latency]?.[0]?.calls ?? {};
  return `| ${r.n} | ${latency} ms | ${r.ops.map((op) => (c[op] ? `${c[op]!.writes} w / ${c[op]!.reads} r` : "–")).join(" | ")} |`;
}

function concurrency(r: SizeResult, latency: number, parallelism: number): string[] {
  return HOSTINGS.map((h) => {
    const cs = r.hosted[h][latency] ?? [];
    const peaks = r.ops.map((op) => median(cs.map((c) => c.calls[op]?.peakInFlight ?? NaN)));
    const peakUp = peaks[r.ops.indexOf("up")] ?? NaN;
    return `| ${r.n} | ${latency} ms | ${h} | ${peaks.map((p) => fixed(p)).join(" / ")} | ${parallelism} | ${ratio(peakUp, parallelism)} |`;
  });
}

/** The lowest latency a size ran at (0 ms in a full run). */
const lowest = (r: SizeResult) => Math.min(...Object.keys(r.hosted.dynamic).map(Number));

function perResource(r: SizeResult): string {
  const cell = (cs: Cycle[], op: Op) => fixed(med(cs, op) / r.n, 1);
  const rss = (cs: Cycle[]) => `${fixed(median(cs.map((c) => c.peakRss)) / 2 ** 20)} MiB`;
  const l = lowest(r);
  const [dyn, nat] = [r.hosted.dynamic[l] ?? [], r.hosted.native[l] ?? []];
  return `| ${r.n} | ${cell(dyn, "up")} | ${cell(nat, "up")} | ${cell(r.floor, "up")} | ${cell(dyn, "preview")} | ${cell(nat, "preview")} | ${cell(r.floor, "preview")} | ${rss(dyn)} | ${rss(nat)} | ${rss(r.floor)} |`;
}

function footprint(r: SizeResult): string {
  const c = r.hosted.dynamic[lowest(r)]?.[0];
  return `| ${r.n} | ${fixed(c?.providerBytesPerResource ?? NaN)} | ${fixed(c?.stateBytesPerResource ?? NaN)} |`;
}

export function report(info: RunInfo): string {
  const { sizes, latencies, parallelism } = info;
  const each = <T>(fn: (r: SizeResult, l: number) => T) => sizes.flatMap((r) => latencies.filter((l) => r.hosted.dynamic[l]).map((l) => fn(r, l)));
  const allOps = sizes[0]?.ops ?? [];
  return [
    "# Benchmark results",
    "",
    `Written by \`npm run bench\`; run on ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "unknown"}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ` +
      `engine defaults (parallel ${parallelism}). Medians of ${sizes.map((r) => `${r.floor.length} run(s) at N=${r.n}`).join(", ")}; whole run ${info.minutes.toFixed(1)} minutes; ` +
      `1-minute load average during the run: median ${info.load.median.toFixed(1)}, peak ${info.load.max.toFixed(1)} (other work on the machine weighs on every side alike, as the sides alternate).`,
    "",
    "Dynamic: the SDK's dynamic resources. Native: the same program through `pulumi-aigov/native` and the `aigov` plugin. Engine floor: the same stack shape on a no-op dynamic provider (same inputs, no HTTP). API floor: as many requests as the dynamic `up` (or `refresh`) made, sent by a plain script at the engine's concurrency to the same emulator: what the round trips alone cost on this machine, the emulator's own work included. All measured in the same run.",
    "",
    `![ms per resource of up against N, latency 0](${info.chartFile})`,
    "",
    "## Plugin start-up (ms, median of 5 starts)",
    "",
    "| dynamic launcher | native plugin |",
    "| --- | --- |",
    `| ${fixed(info.startMs.dynamic)} | ${fixed(info.startMs.native)} |`,
    "",
    "## Wall time (ms) and our overhead",
    "",
    "| N | latency | operation | dynamic | native | engine floor | dynamic ÷ floor | native ÷ floor | up, refresh: dynamic / native ÷ (floor + API floor) |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...each(wallTimes).flat(),
    "",
    "## API requests per operation (dynamic hosting, from the emulator journal; w = writes, r = reads)",
    "",
    `| N | latency | ${allOps.join(" | ")} |`,
    `| --- | --- | ${allOps.map(() => "---").join(" | ")} |`,
    ...each(requestCounts),
    "",
    "## Concurrency (peak requests the emulator served at once, median of runs)",
    "",
    `At a real API's latency, time follows requests × latency ÷ requests in flight; a peak well below the engine's parallelism (${parallelism}) shows lost concurrency.`,
    "",
    `| N | latency | hosting | peak in flight: ${allOps.join(" / ")} | engine parallelism | up: peak ÷ parallelism |`,
    "| --- | --- | --- | --- | --- | --- |",
    ...each((r, l) => concurrency(r, l, parallelism)).flat(),
    "",
    "## Per-resource time (ms) and peak memory of the provider processes, at the lowest latency",
    "",
    "| N | up, dynamic | up, native | up, floor | preview, dynamic | preview, native | preview, floor | peak RSS, dynamic | peak RSS, native | peak RSS, floor |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...sizes.map(perResource),
    "",
    "## Footprint (dynamic hosting)",
    "",
    "| N | serialized provider bytes per resource | state bytes per resource |",
    "| --- | --- | --- |",
    ...sizes.map(footprint),
    "",
    ...(info.terraform ?? []),
    ...(info.sweep ?? []),
  ].join("\n");
}
