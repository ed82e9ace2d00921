// In-memory state of every emulated service, optionally mirrored to a JSON file
// (loaded at start, rewritten atomically after each write). The id generator's
// position is saved with it so a restarted emulator never reissues an id.
import * as fs from "fs";
import * as path from "path";
import { UsageError } from "./errors";
import { Rng } from "./random";

interface StoreFile {
  rng: number;
  services: Record<string, unknown>;
}

export class Store {
  readonly rng: Rng;
  private services: Record<string, unknown> = {};

  constructor(
    private seed: number,
    private initial: Record<string, () => unknown>,
    private file?: string,
  ) {
    this.rng = new Rng(seed);
    if (file && fs.existsSync(file) && fs.statSync(file).size > 0) this.load(file);
    else this.reset(seed);
  }

  /** A service's slice of the state; replaced wholesale on reset, so fetch it per request. */
  slice<T>(name: string): T {
    return this.services[name] as T;
  }

  reset(seed = this.seed): void {
    this.rng.state = seed >>> 0;
    this.services = Object.fromEntries(Object.entries(this.initial).map(([k, make]) => [k, make()]));
    this.save();
  }

  snapshot(): StoreFile {
    return JSON.parse(JSON.stringify({ rng: this.rng.state, services: this.services })) as StoreFile;
  }

  save(): void {
    if (!this.file) return;
    // Write beside the target, then rename: a crash never leaves half a file.
    const tmp = path.join(path.dirname(this.file), `.${path.basename(this.file)}.${process.pid}.tmp`);
    fs.writeFileSync(tmp, JSON.stringify(this.snapshot(), null, 2));
    fs.renameSync(tmp, this.file);
  }

  private load(file: string): void {
    let parsed: StoreFile;
    try {
      parsed = JSON.parse(fs.readFileSync(file, "utf8")) as StoreFile;
    } catch (err) {
      throw new UsageError(`--data ${file}: not a JSON state file (${(err as Error).message})`);
    }
    this.rng.state = Number(parsed.rng) >>> 0;
    // Services added since the file was written start empty.
    this.services = Object.fromEntries(Object.entries(this.initial).map(([k, make]) => [k, parsed.services?.[k] ?? make()]));
  }
}
