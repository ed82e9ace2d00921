// Programmatic entry: start the emulator in-process (tests, the demo).
import type { AddressInfo } from "net";
import { UsageError } from "./errors";
import { controlRouter } from "./control";
import { JournalEntry } from "./journal";
import { DEFAULT_PORTKEY_KEY, portkeyService } from "./portkey";
import { loadOpenApi, locateOpenApi } from "./portkey/openapi";
import { Quirks } from "./quirks";
import { createServer, Runtime } from "./server";
import { DEFAULT_TOKTRA_KEY, toktraService } from "./toktra";
import { TOKTRA_PREFIX } from "./toktra/state";

export type { FaultKind, FaultRule } from "./faults";
export type { JournalEntry } from "./journal";
export type { Quirks } from "./quirks";
export { DEFAULT_QUIRKS } from "./quirks";
export { DEFAULT_PORTKEY_KEY } from "./portkey";
export { DEFAULT_TOKTRA_KEY } from "./toktra";

export const DEFAULT_SEED = 1;

export interface EmulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** JSON file to load state from and save it to after every write. */
  dataFile?: string;
  portkeyKey?: string;
  toktraKey?: string;
  /** Seed for ids and fault decisions. */
  seed?: number;
  quirks?: Partial<Quirks>;
  /** Portkey's OpenAPI description; default $AIGOV_PORTKEY_OPENAPI, else shared/reference/portkey-openapi.yaml above the project. */
  portkeyOpenApi?: string;
}

export interface RunningEmulator {
  /** http://127.0.0.1:PORT */
  url: string;
  /** url + "/v1" */
  portkeyBaseUrl: string;
  portkeyKey: string;
  /** url + "/toktra/v1" */
  toktraBaseUrl: string;
  toktraKey: string;
  close(): Promise<void>;
  /** Empty state and journal, no faults, start-time quirks. */
  reset(): void;
  journal(): JournalEntry[];
  state(): unknown;
}

export async function startEmulator(opts: EmulatorOptions = {}): Promise<RunningEmulator> {
  const port = opts.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`port: ${port} is not a port number`);
  const portkeyKey = opts.portkeyKey ?? DEFAULT_PORTKEY_KEY;
  const toktraKey = opts.toktraKey ?? DEFAULT_TOKTRA_KEY;
  const openApi = loadOpenApi(locateOpenApi(opts.portkeyOpenApi));
  const rt = new Runtime([portkeyService(portkeyKey, openApi), toktraService(toktraKey)], {
    seed: opts.seed ?? DEFAULT_SEED,
    dataFile: opts.dataFile,
    quirks: opts.quirks,
  });
  const server = createServer(rt, controlRouter(rt));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    portkeyBaseUrl: `${url}/v1`,
    portkeyKey,
    toktraBaseUrl: `${url}${TOKTRA_PREFIX}`,
    toktraKey,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // Keep-alive sockets would hold close() open.
        server.closeAllConnections();
      }),
    reset: () => rt.reset(),
    journal: () => rt.journal.list(),
    state: () => rt.store.snapshot(),
  };
}
