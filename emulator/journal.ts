// What the emulated APIs answered, in order. Control-plane calls are not recorded.

export interface JournalEntry {
  method: string;
  /** Path without the query string. */
  path: string;
  /** HTTP status sent; 0 when the connection was dropped without an answer. */
  status: number;
  /** The fault kind when an injected fault shaped the answer. */
  fault?: string;
}

export class Journal {
  private entries: JournalEntry[] = [];
  private inFlight = 0;
  /** Most API requests being served at once since the last clear: how much concurrency a client really used. */
  peakInFlight = 0;

  /** Marks a request as being served; call the returned function when its answer is sent. */
  begin(): () => void {
    this.peakInFlight = Math.max(this.peakInFlight, ++this.inFlight);
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.inFlight--;
    };
  }

  add(entry: JournalEntry): void {
    this.entries.push(entry);
  }

  list(): JournalEntry[] {
    return this.entries.map((e) => ({ ...e }));
  }

  clear(): void {
    this.entries = [];
    this.peakInFlight = this.inFlight;
  }
}
