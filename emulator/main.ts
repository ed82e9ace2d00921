// CLI: node dist/emulator/main.js --port N [--data FILE] [--portkey-key KEY]
//      [--toktra-key KEY] [--seed S] [--quirks name=on|off,...]
//      [--portkey-openapi FILE]
// The first stdout line is the address, the second the accepted Portkey key,
// the third the accepted Toktra key (Toktra's API is under /toktra/v1).
import { UsageError } from "./errors";
import { startEmulator, EmulatorOptions } from "./index";
import { parseQuirks } from "./quirks";

const USAGE = "usage: main.js --port N [--data FILE] [--portkey-key KEY] [--toktra-key KEY] [--seed S] [--quirks name=on|off,...] [--portkey-openapi FILE]";

function parseArgs(argv: string[]): EmulatorOptions {
  const opts: EmulatorOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = argv[++i];
    if (value === undefined) throw new UsageError(`${flag}: needs a value`);
    const int = () => {
      const n = Number(value);
      if (!Number.isInteger(n)) throw new UsageError(`${flag}: ${value} is not an integer`);
      return n;
    };
    switch (flag) {
      case "--port":
        opts.port = int();
        break;
      case "--data":
        opts.dataFile = value;
        break;
      case "--portkey-key":
        opts.portkeyKey = value;
        break;
      case "--toktra-key":
        opts.toktraKey = value;
        break;
      case "--portkey-openapi":
        opts.portkeyOpenApi = value;
        break;
      case "--seed":
        opts.seed = int();
        break;
      case "--quirks": {
        const pairs = value
          .split(",")
          .filter(Boolean)
          .map((p) => p.split("="));
        const bad = pairs.find(([, v]) => !["on", "off", "true", "false"].includes(v ?? ""));
        if (bad) throw new UsageError(`--quirks: "${bad.join("=")}" must be name=on or name=off`);
        try {
          opts.quirks = parseQuirks(Object.fromEntries(pairs.map(([k, v]) => [k, v === "on" || v === "true"])));
        } catch (err) {
          throw new UsageError(`--quirks: ${(err as Error).message}`);
        }
        break;
      }
      default:
        throw new UsageError(`unknown flag ${flag}`);
    }
  }
  return opts;
}

async function main(): Promise<void> {
  const emu = await startEmulator(parseArgs(process.argv.slice(2)));
  process.stdout.write(
    `emulator listening on ${emu.url}\nportkey api key: ${emu.portkeyKey}\ntoktra api key: ${emu.toktraKey} (base URL ${emu.toktraBaseUrl})\n`,
  );
  const stop = () => void emu.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((err: Error) => {
  process.stderr.write(`emulator: ${err.message}\n${err instanceof UsageError ? USAGE + "\n" : ""}`);
  process.exit(2);
});
