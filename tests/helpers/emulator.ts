// One in-process emulator per spec file. Steps of a lifecycle build on each
// other, so it is not reset between tests.
import { startEmulator } from "../../emulator";

export type Emulator = Awaited<ReturnType<typeof startEmulator>>;

export function useEmulator(opts: Parameters<typeof startEmulator>[0] = {}): () => Emulator {
  let emu: Emulator | undefined;
  before(async () => {
    emu = await startEmulator({ port: 0, ...opts });
  });
  after(async () => {
    await emu?.close();
  });
  return () => emu!;
}

export type Vendor = "portkey" | "toktra";

/** Where a stack finds the emulator: both vendors' base URLs and keys. */
export function targetOf(emu: Emulator) {
  return { portkeyBaseUrl: emu.portkeyBaseUrl, portkeyKey: emu.portkeyKey, toktraBaseUrl: emu.toktraBaseUrl, toktraKey: emu.toktraKey };
}

/** Direct calls to one emulated API, as a person in the dashboard would make. */
export function api(emu: Emulator, vendor: Vendor = "portkey") {
  const [base, auth] =
    vendor === "portkey" ? [emu.portkeyBaseUrl, { "x-portkey-api-key": emu.portkeyKey }] : [emu.toktraBaseUrl, { authorization: `Bearer ${emu.toktraKey}` }];
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(base + path, {
      method,
      headers: { ...auth, "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    if (res.status >= 300) throw new Error(`${method} ${path} -> ${res.status}: ${text}`);
    return (text ? JSON.parse(text) : {}) as Record<string, any>;
  };
  return {
    get: (p: string) => call("GET", p),
    post: (p: string, b: unknown) => call("POST", p, b),
    put: (p: string, b: unknown) => call("PUT", p, b),
    delete: (p: string, b?: unknown) => call("DELETE", p, b),
  };
}

/** API calls the emulator has answered since the journal was last cleared. */
export function calls(emu: Emulator): string[] {
  return emu.journal().map((e) => `${e.method} ${e.path}`);
}
