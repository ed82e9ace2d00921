// What keeps a Node process alive, in words: servers with their address,
// sockets with both ends, child processes with their command line.
import type { ChildProcess } from "node:child_process";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import type { Server, Socket } from "node:net";

type Handle = { constructor?: { name?: string } };

export function describeOpenHandles(): string[] {
  const handles = (process as unknown as { _getActiveHandles(): Handle[] })._getActiveHandles();
  const described = handles.map(describe).filter((d): d is string => d !== undefined);
  // Timers and the like have no handle object; name them by kind.
  const others = process.getActiveResourcesInfo().filter((r) => !["TTYWrap", "PipeWrap", "TCPSocketWrap"].includes(r));
  return [...described, ...others.filter((r) => r !== "TCPServerWrap" && r !== "ProcessWrap")];
}

function describe(h: Handle): string | undefined {
  const name = h.constructor?.name ?? "handle";
  if (name === "Server") {
    const a = (h as unknown as Server).address();
    return `server listening on ${typeof a === "string" ? a : `${a?.address}:${a?.port}`}`;
  }
  if (name === "Socket") {
    const s = h as unknown as Socket;
    if (s === (process.stdout as unknown) || s === (process.stderr as unknown) || s === (process.stdin as unknown)) {
      return undefined;
    }
    if (s.remoteAddress) return `socket ${s.localAddress}:${s.localPort} -> ${s.remoteAddress}:${s.remotePort}`;
    const fd = (s as unknown as { _handle?: { fd?: number } })._handle?.fd;
    return `pipe (fd ${fd})${fd === undefined ? "" : holders(fd)}`;
  }
  if (name === "ChildProcess") {
    const c = h as unknown as ChildProcess;
    return `child process ${c.pid}: ${c.spawnargs.join(" ")}`;
  }
  if (name === "Timeout" || name === "WriteStream" || name === "ReadStream") return undefined;
  return name;
}

/** Which other process holds the far end of a socket pair open (Linux), e.g. a plugin that outlived its engine. */
function holders(fd: number): string {
  try {
    const inode = /\d+/.exec(fs.readlinkSync(`/proc/self/fd/${fd}`))?.[0];
    const rows = execFileSync("ss", ["-xpn"], { encoding: "utf8" }).split("\n");
    // A row is: type state recv send local inode peer peer-inode users:((...)).
    const peer = rows.filter((r) => r.split(/\s+/)[7] === inode && r.split(/\s+/)[5] !== inode);
    const pids = peer.flatMap((r) => [...r.matchAll(/pid=(\d+)/g)].map((m) => m[1]!));
    const described = pids.map((pid) => `${pid} ${fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim()}`);
    return described.length ? `, held open by: ${described.join("; ")}` : "";
  } catch {
    return "";
  }
}
