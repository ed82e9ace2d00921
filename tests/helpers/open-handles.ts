// What keeps a Node process alive, in words: servers with their address,
// sockets with both ends, child processes with their command line.
import type { ChildProcess } from "node:child_process";
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
    return `socket ${s.localAddress}:${s.localPort} -> ${s.remoteAddress}:${s.remotePort}`;
  }
  if (name === "ChildProcess") {
    const c = h as unknown as ChildProcess;
    return `child process ${c.pid}: ${c.spawnargs.join(" ")}`;
  }
  if (name === "Timeout" || name === "WriteStream" || name === "ReadStream") return undefined;
  return name;
}
