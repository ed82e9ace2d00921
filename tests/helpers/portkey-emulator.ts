// One Portkey emulator for a describe block, reset before each test, with raw
// calls (`call` keeps every status, `ok` insists on success) and the quirk switch.
import { strict as assert } from "assert";
import { RunningEmulator, startEmulator } from "../../emulator";
import { rawApi } from "./raw-api";

export function usePortkeyEmulator() {
  let emu: RunningEmulator;
  before(async () => {
    emu = await startEmulator({ port: 0 });
  });
  beforeEach(() => emu.reset());
  after(() => emu.close());

  const { call, ok } = rawApi(
    () => emu.portkeyBaseUrl,
    (key): Record<string, string> => (key === null ? {} : { "x-portkey-api-key": key }),
    () => emu.portkeyKey,
  );
  const quirks = async (q: Record<string, boolean>) => {
    const res = await fetch(`${emu.url}/__emulator/quirks`, { method: "PUT", body: JSON.stringify(q) });
    assert.equal(res.status, 200);
  };
  return { call, ok, quirks, emulator: () => emu };
}
