// What every step works with: the description, the resource's API calls (its
// hooks over the REST defaults) and a client for the call in progress.
import type { ApiClient } from "../../http/client";
import { clientFor } from "../config";
import type { ResourceSpec } from "../../../spec/core/types";
import type { Bag } from "../wire";
import { rest } from "./rest";

export interface Ctx {
  spec: ResourceSpec;
  client: ApiClient;
}

/** Per-resource API behaviour; each has a REST default derived from `spec.api`. */
export interface ResourceHooks {
  /** Creates the object and returns at least its `id` and path key. The lost-create protection applies around it. */
  create?(ctx: Ctx, body: Bag, inputs: Bag): Promise<Bag>;
  /** Fetches the object in wire form, or undefined when it is gone. */
  get?(ctx: Ctx, id: string, state: Bag): Promise<Bag | undefined>;
  /** Updates the object; may answer with what the API shows once (a rotated key). */
  update?(ctx: Ctx, id: string, body: Bag, olds: Bag, news: Bag): Promise<Bag | void>;
  delete?(ctx: Ctx, id: string, state: Bag): Promise<void>;
  /** Adjusts a fetched object before mapping (icon-prefixed names). */
  afterGet?(obj: Bag): Bag;
  /** The Pulumi id of an object; defaults to its `id`. */
  idOf?(obj: Bag, inputs: Bag): string;
}

export type ApiCalls = Required<Pick<ResourceHooks, "create" | "get" | "update" | "delete">>;

export interface Parts {
  spec: ResourceSpec;
  /** The resource's own hooks, as given. */
  hooks: ResourceHooks;
  /** The calls the steps make: the hooks where given, else the REST defaults. */
  api: ApiCalls;
  idOf(obj: Bag, inputs: Bag): string;
  /** A context for one operation; resolves settings then, so `configure` has run. */
  ctx(): Ctx;
}

export function partsOf(spec: ResourceSpec, hooks: ResourceHooks): Parts {
  return {
    spec,
    hooks,
    api: { ...rest, ...hooks },
    idOf: (obj, inputs) => (hooks.idOf ? hooks.idOf(obj, inputs) : String(obj.id ?? "")),
    ctx: () => ({ spec, client: clientFor(spec.vendor) }),
  };
}
