// Store types every emulated service shares. A service's state is a set of
// named tables; a table maps a record's key (its id) to the record, kept in
// wire names (snake_case) so a state dump reads like the API.

export type Bag = Record<string, unknown>;

/** Records by key, in insertion order (the order lists show). */
export type Table<R> = Record<string, R>;

/** Named tables, created on first use: adding a collection needs no change to a state type. */
export type Tables = Record<string, Table<unknown>>;

/** What a collection's records have at least. */
export interface Rec {
  id: string;
}

/** A record by key; never an inherited property such as `constructor`. */
export const own = <T>(table: Table<T>, key: string): T | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);

/** The table called `name`, created empty when missing. */
export function tableOf<R>(tables: Tables, name: string): Table<R> {
  if (!Object.hasOwn(tables, name)) tables[name] = {};
  return tables[name] as Table<R>;
}
