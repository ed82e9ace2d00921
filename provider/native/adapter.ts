// The native hosting of the CRUD code: each operation the engine asks for,
// on plain property bags, handed to the same provider module the dynamic
// hosting uses (provider/core/module.ts). Only names and secret envelopes
// differ between the two hostings.
import { clientFor } from "../core/config";
import { runDataSource } from "../core/data-source";
import { diffFromSpec } from "../core/diff";
import { providerFor } from "../core/module";
import type { ProviderModule } from "../core/resource";
import type { Bag } from "../core/wire";
import { InitFailedError, ValidationError } from "../core/errors";
import { isDerived } from "../core/autoslug";
import { sourceOfToken, specOfToken } from "./tokens";
import { unwrap, wrap } from "./values";

export interface DetailedDiff {
  changes: boolean;
  replaces: string[];
  deleteBeforeReplace: boolean;
  /** Each changed input and how: `add`, `delete`, `update`, or `…-replace`. */
  detailed: Record<string, "add" | "delete" | "update" | "add-replace" | "delete-replace" | "update-replace">;
}

function moduleOf(token: string): ProviderModule {
  const spec = specOfToken(token);
  if (!spec) throw new ValidationError(`aigov: unknown resource type ${token}`);
  return providerFor(spec);
}

/** The resource type token of a URN (`urn:pulumi:stack::project::parent$aigov:portkey:Workspace::name`). */
export function tokenOfUrn(urn: string): string {
  const qualified = urn.split("::")[2] ?? "";
  return qualified.slice(qualified.lastIndexOf("$") + 1);
}

export async function check(urn: string, news: Bag) {
  const m = moduleOf(tokenOfUrn(urn));
  const opened = unwrap(news);
  const res = await m.check!({}, opened.bag);
  return { inputs: wrap(m.spec, res.inputs as Bag, opened.secrets), failures: res.failures ?? [] };
}

export function diff(urn: string, olds: Bag, news: Bag): DetailedDiff {
  const m = moduleOf(tokenOfUrn(urn));
  const before = unwrap(olds).bag;
  const after = unwrap(news).bag;
  const spec = m.spec;
  // As the dynamic hosting does: a derived slug never shows as a change of its own.
  const d = diffFromSpec(spec, before, isDerived(spec, after) ? { ...after, [spec.autoSlug!]: undefined } : after);
  const detailed: DetailedDiff["detailed"] = {};
  for (const key of d.changed) {
    const how = before[key] === undefined ? "add" : after[key] === undefined ? "delete" : "update";
    detailed[key] = d.replaces.includes(key) ? `${how}-replace` : how;
  }
  return { changes: d.changes, replaces: d.replaces, deleteBeforeReplace: d.deleteBeforeReplace, detailed };
}

export async function create(urn: string, news: Bag) {
  const m = moduleOf(tokenOfUrn(urn));
  const opened = unwrap(news);
  const res = await m.create!(opened.bag).catch((e: unknown) => {
    // The object exists but is not whole: it is recorded, with its secrets in envelopes.
    if (!(e instanceof InitFailedError)) throw e;
    const { __provider: _p, ...props } = e.properties;
    throw new InitFailedError(e.message, e.id, wrap(m.spec, props, opened.secrets));
  });
  return { id: res.id, props: wrap(m.spec, res.outs as Bag, opened.secrets) };
}

/**
 * A write-only input never comes back from the API, so a refresh keeps the one
 * state's inputs hold: otherwise a sealed secret's input would become its
 * fingerprint, and the next refresh would compare a fingerprint with a
 * fingerprint and report a change that is not there.
 */
function keepWriteOnly(spec: ProviderModule["spec"], read: Bag, old: Bag): Bag {
  const out = { ...read };
  for (const [key, field] of Object.entries(spec.fields)) if (field.writeOnly && old[key] !== undefined) out[key] = old[key];
  return out;
}

/** Refresh and `get` send state; the engine's import sends only the id. An object gone answers a blank id. */
export async function read(urn: string, id: string, state: Bag | undefined, inputs: Bag | undefined) {
  const m = moduleOf(tokenOfUrn(urn));
  const opened = unwrap(state);
  const oldInputs = unwrap(inputs);
  const secrets = new Set([...opened.secrets, ...oldInputs.secrets]);
  if (!state || !Object.keys(state).length) {
    const res = await m.importById(id);
    return { id: res.id, props: wrap(m.spec, res.props), inputs: wrap(m.spec, res.inputs) };
  }
  const res = (await m.read!(id, opened.bag)) as { id?: string; props?: Bag; inputs?: Bag };
  if (!res.id) return { id: "", props: {}, inputs: {} };
  const kept = keepWriteOnly(m.spec, res.inputs ?? {}, oldInputs.bag);
  return { id: res.id, props: wrap(m.spec, res.props ?? {}, secrets), inputs: wrap(m.spec, kept, secrets) };
}

export async function update(urn: string, id: string, olds: Bag, news: Bag) {
  const m = moduleOf(tokenOfUrn(urn));
  const opened = unwrap(news);
  const res = await m.update!(id, unwrap(olds).bag, opened.bag);
  return { props: wrap(m.spec, (res.outs ?? {}) as Bag, opened.secrets) };
}

export async function remove(urn: string, id: string, state: Bag): Promise<void> {
  const m = moduleOf(tokenOfUrn(urn));
  await m.delete!(id, unwrap(state).bag);
}

/** A data source as an invoke. A secret argument makes the whole answer secret, as the engine would. */
export async function invoke(token: string, args: Bag): Promise<Bag> {
  const found = sourceOfToken(token);
  if (!found) throw new ValidationError(`aigov: unknown function ${token}`);
  const opened = unwrap(args);
  const result = (await runDataSource(clientFor(found.spec.vendor), found.spec, found.ds, opened.bag)) as Bag;
  return wrap(undefined, result, opened.secrets.size ? Object.keys(result) : []);
}
