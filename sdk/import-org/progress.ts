// Progress while reading: a line per resource type with its count, and on an
// interactive terminal a bar over the types that redraws as objects arrive.
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export class Progress {
  private done = 0;
  private count = 0;
  private current = "";

  constructor(
    private readonly out: ProgressStream,
    private readonly types: string[],
  ) {}

  start(type: string): void {
    this.current = type;
    this.count = 0;
    this.draw();
  }

  object(): void {
    this.count++;
    this.draw();
  }

  /** The type's final count, on its own line. */
  finish(): void {
    this.done++;
    if (this.out.isTTY) this.out.write("\r\x1b[2K");
    this.out.write(`${this.current}: ${this.count}\n`);
  }

  private draw(): void {
    if (!this.out.isTTY) return;
    this.out.write(`\r\x1b[2K${bar(this.done, this.types.length, 24)} ${this.done}/${this.types.length} ${this.current}: ${this.count}`);
  }
}

export function bar(done: number, total: number, width: number): string {
  const filled = total ? Math.round((done / total) * width) : width;
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}]`;
}
