// The benchmark's emulator, in a process of its own so that the benchmark's
// program does not share its event loop, and its control plane.
import { ChildProcess, spawn } from "child_process";
import * as path from "path";
import { ROOT } from "../tests/helpers/paths";

export interface Emu {
  url: string;
  key: string;
  proc: ChildProcess;
}

export async function startEmulator(): Promise<Emu> {
  const proc = spawn(process.execPath, [path.join(ROOT, "dist", "emulator", "main.js"), "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
  const lines: string[] = [];
  await new Promise<void>((resolve) => proc.stdout!.on("data", (d: Buffer) => (lines.push(...d.toString().split("\n")), lines.length >= 2 && resolve())));
  return { url: lines[0]!.replace("emulator listening on ", "").trim(), key: lines[1]!.replace("portkey api key: ", "").trim(), proc };
}

export async function control(emu: Emu, method: string, what: string, body?: unknown): Promise<any> {
  const res = await fetch(`${emu.url}/__emulator/${what}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return res.json().catch(() => ({}));
}

export interface Calls {
  reads: number;
  writes: number;
  /** Most requests the emulator was serving at once. */
  peakInFlight: number;
}

/** Clears the journal, runs `fn`, and counts what it sent. */
export async function journaled(emu: Emu, fn: () => Promise<unknown>): Promise<Calls> {
  await control(emu, "DELETE", "journal");
  await fn();
  const journal = (await control(emu, "GET", "journal")) as { method: string }[];
  const { peakInFlight } = (await control(emu, "GET", "concurrency")) as { peakInFlight: number };
  return { reads: journal.filter((e) => e.method === "GET").length, writes: journal.filter((e) => e.method !== "GET").length, peakInFlight };
}

/** The API floor: `count` requests from a plain script at the engine's concurrency. */
export async function apiFloor(emu: Emu, count: number, concurrency: number): Promise<number> {
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next++ < count) await fetch(`${emu.url}/v1/admin/workspaces?page_size=1`, { headers: { "x-portkey-api-key": emu.key } }).then((r) => r.text());
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return performance.now() - started;
}
