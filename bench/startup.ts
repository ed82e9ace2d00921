// Plugin start-up: from spawning a hosting's provider process to the port it
// prints, the moment the engine can talk to it. The engine's address given is
// one nothing listens on; neither launcher dials it before printing the port.
import { spawn } from "child_process";
import * as path from "path";
import { pluginFolder, programFolder } from "../tests/helpers/installed";
import { engineRoot } from "../tests/helpers/paths";

const LAUNCHER = {
  dynamic: () => path.join(engineRoot(), "bin", "pulumi-resource-pulumi-nodejs"),
  native: () => path.join(pluginFolder(), "pulumi-resource-aigov"),
};

function once(launcher: string): Promise<number> {
  const t = performance.now();
  // This Node first on PATH, as the engine's provider processes get it (tests/helpers/paths.ts).
  const env = { ...process.env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ""}` };
  // A group of its own: the dynamic launcher is a shell script whose node child must go too.
  const proc = spawn(launcher, ["127.0.0.1:1"], { cwd: programFolder(), env, detached: true, stdio: ["ignore", "pipe", "ignore"] });
  return new Promise((resolve, reject) => {
    proc.stdout.once("data", () => {
      const ms = performance.now() - t;
      process.kill(-proc.pid!);
      resolve(ms);
    });
    proc.once("error", reject);
    proc.once("exit", (code) => reject(new Error(`${launcher} exited (${code}) before printing its port`)));
  });
}

/** Median start-up time, in ms, of each hosting's provider process over `runs` starts. */
export async function pluginStartMs(runs = 5): Promise<Record<keyof typeof LAUNCHER, number>> {
  const out = {} as Record<keyof typeof LAUNCHER, number>;
  for (const [hosting, launcher] of Object.entries(LAUNCHER) as [keyof typeof LAUNCHER, () => string][]) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await once(launcher()));
    out[hosting] = times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  }
  return out;
}
