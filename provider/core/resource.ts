// Turns a resource description plus its few API quirks into a Pulumi dynamic
// provider. The exported functions of each resource module *are* the provider
// the engine runs: the SDK hands that module object to `dynamic.Resource`, so the
// serialized provider is a one-line `require` of the installed package.
// Each operation is a small step in ./steps; this file only assembles them.
import type { dynamic } from "@pulumi/pulumi";
import { isDerived, withDerivedSlug } from "./autoslug";
import { checkedSettings, configureFrom } from "./config";
import { ConfigError } from "./errors";
import { echoable, QUOTE_MAX } from "./quote";
import { diffFromSpec } from "./diff";
import { onBehalfOf, subjectOf, warn } from "./log";
import { reported } from "./report";
import { ResourceSpec } from "../../spec/core/types";
import { create } from "./steps/create";
import { importById } from "./steps/import";
import { cascadeWarning, remove } from "./steps/delete";
import { locate, LocateOptions } from "./steps/locate";
import { partsOf, ResourceHooks } from "./steps/parts";
import { read } from "./steps/read";
import { update } from "./steps/update";
import { CheckFailure, secretInputs, validateInputs } from "./validate";
import type { Bag } from "./wire";

export type { Ctx, ResourceHooks } from "./steps/parts";
export { itemPath, itemQuery, keyOf } from "./steps/rest";
export { reconcile } from "./steps/outputs";
export { forcing, holdsDependents } from "./steps/delete";

export interface ProviderModule extends dynamic.ResourceProvider {
  spec: ResourceSpec;
  locate(news: Bag, opts: LocateOptions): Promise<string[]>;
  /** Reads an object named only by its import id (the engine's own import). */
  importById(importId: string): Promise<{ id: string; props: Bag; inputs: Bag }>;
}

/** `check`: validation only; fills in a derived slug once the inputs allow it. */
function check(spec: ResourceSpec, news: Bag) {
  const failures = [...settingsFailures(spec), ...validateInputs(spec, news)].map((f) => ({ property: echoed(spec, news, f.property), reason: f.reason }));
  const warning = failures.length ? undefined : cascadeWarning(spec, news);
  if (warning) warn(warning);
  return failures.length ? { inputs: news, failures } : { inputs: withDerivedSlug(spec, news) };
}

/**
 * The property a failure names, or "" to name none. The engine prints a named
 * property's value beside the reason, in full; a secret (declared, or arrived
 * as one), a long value or a URL with credentials must not be, so such a
 * failure names no property (its reason names the field).
 */
function echoed(spec: ResourceSpec, news: Bag, property: string): string {
  if (!property || property.length > QUOTE_MAX || secretInputs(spec, news).has(property)) return "";
  return echoable(news[property]) ? property : "";
}

/** The provider's settings (base URL, retries), refused at preview so that nothing is sent to a refused host. */
function settingsFailures(spec: ResourceSpec): CheckFailure[] {
  try {
    checkedSettings(spec.vendor);
    return [];
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    return [{ property: "", reason: `${spec.name}: ${e.message}` }];
  }
}

/** `diff`: from state and inputs alone, never from the network. */
function diff(spec: ResourceSpec, olds: Bag, news: Bag) {
  // A derived slug only changes with the inputs that replace the object anyway,
  // and never renames an object that already has a slug.
  const d = diffFromSpec(spec, olds, isDerived(spec, news) ? { ...news, [spec.autoSlug!]: undefined } : news);
  return { changes: d.changes, replaces: d.replaces, deleteBeforeReplace: d.deleteBeforeReplace };
}

export function defineResource(spec: ResourceSpec, hooks: ResourceHooks = {}): ProviderModule {
  const p = partsOf(spec, hooks);
  return {
    spec,
    locate: (news, opts) => locate(p, news, opts),
    importById: reported((importId: string) => onBehalfOf(`${spec.name} "${importId}"`, () => importById(p, importId))),
    configure(req: dynamic.ConfigureRequest) {
      configureFrom(req.config);
      return Promise.resolve();
    },
    check: reported(async (_olds: Bag, news: Bag) => check(spec, news)),
    diff: reported(async (_id: string, olds: Bag, news: Bag) => diff(spec, olds, news)),
    create: reported((news: Bag) => onBehalfOf(subjectOf(spec, news), () => create(p, news))),
    read: reported((id: string, props: Bag = {}) => onBehalfOf(subjectOf(spec, props, id), () => read(p, id, props))),
    update: reported((id: string, olds: Bag, news: Bag) => onBehalfOf(subjectOf(spec, news, id), () => update(p, id, olds, news))),
    delete: reported((id: string, props: Bag) => onBehalfOf(subjectOf(spec, props, id), () => remove(p, id, props))),
  };
}
