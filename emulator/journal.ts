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

  add(entry: JournalEntry): void {
    this.entries.push(entry);
  }

  list(): JournalEntry[] {
    return this.entries.map((e) => ({ ...e }));
  }

  clear(): void {
    this.entries = [];
  }
}
