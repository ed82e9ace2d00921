// Retry lines in `pulumi up` output. A native plugin's stderr is hidden from
// the user, so the lines the HTTP client's retry logger writes go to the
// engine's Log service instead, attached to the resource being worked on.
import { AsyncLocalStorage } from "async_hooks";
import { setLogSink } from "../core/log";
import { grpc } from "./deps";

const engine = require("@pulumi/pulumi/proto/engine_pb") as typeof import("@pulumi/pulumi/proto/engine_pb");
const engineRpc = require("@pulumi/pulumi/proto/engine_grpc_pb") as typeof import("@pulumi/pulumi/proto/engine_grpc_pb");

const current = new AsyncLocalStorage<string>();

/** Runs one engine request with its resource's URN as the subject of its log lines. */
export function forUrn<T>(urn: string, fn: () => T): T {
  return current.run(urn, fn);
}

/** The engine's address among the plugin's arguments (flags may come first). */
export function engineAddress(argv: string[]): string | undefined {
  return argv.find((a) => !a.startsWith("-"));
}

export function logToEngine(address: string): void {
  const client = new engineRpc.EngineClient(address, grpc.credentials.createInsecure());
  setLogSink((line) => {
    const req = new engine.LogRequest();
    req.setSeverity(engine.LogSeverity.INFO);
    req.setMessage(line);
    req.setUrn(current.getStore() ?? "");
    // A line that cannot be delivered is not worth failing the operation for.
    client.log(req, () => undefined);
  });
}
