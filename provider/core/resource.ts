// Turns a resource description plus its few API quirks into a Pulumi dynamic
// provider. The exported functions of each resource module *are* the provider
// the engine runs: the SDK hands that module object to `dynamic.Resource`, so the
// serialized provider is a one-line `require` of the installed package.
import type { dynamic } from "@pulumi/pulumi";
import { ApiClient, isNotFound } from "../http";
import { clientFor, configureFrom } from "./config";
import { seal } from "./fingerprint";
import { findCreated, maybeCommitted } from "./recover";
import { reported } from "./report";
import { diffFromSpec } from "./diff";
import { sameAsServer, serverJson } from "./normalize";
import { sameForm } from "./ids";
import { IMPORT_KEY, inputFields, ResourceSpec, secretFields, snake } from "./spec";
import { parseImportId, validateInputs } from "./validate";
import { Bag, fromWireObject, isEmpty, toWireBody } from "./wire";

export interface Ctx {
  spec: ResourceSpec;
  client: ApiClient;
}

/** Per-resource API behaviour; each has a REST default derived from `spec.api`. */
export interface ResourceHooks {
  /** Creates the object and returns at least its `id` and path key. */
  create?(ctx: Ctx, body: Bag, inputs: Bag): Promise<Bag>;
  /** Fetches the object in wire form, or undefined when it is gone. */
  get?(ctx: Ctx, id: string, state: Bag): Promise<Bag | undefined>;
  update?(ctx: Ctx, id: string, body: Bag, olds: Bag, news: Bag): Promise<void>;
  delete?(ctx: Ctx, id: string, state: Bag): Promise<void>;
  /** Adjusts a fetched object before mapping (icon-prefixed names). */
  afterGet?(obj: Bag): Bag;
  /** The Pulumi id of an object; defaults to its `id`. */
  idOf?(obj: Bag, inputs: Bag): string;
}

export interface ProviderModule extends dynamic.ResourceProvider {
  spec: ResourceSpec;
}

export function itemPath(spec: ResourceSpec, key: string): string {
  return spec.api.item.replace("{key}", encodeURIComponent(key));
}

export function itemQuery(spec: ResourceSpec, state: Bag): Bag | undefined {
  if (!spec.api.itemQuery) return undefined;
  return Object.fromEntries(spec.api.itemQuery.map((k) => [snake(k), state[k]]));
}

const rest: Required<Pick<ResourceHooks, "create" | "get" | "update" | "delete">> = {
  async create({ spec, client }, body) {
    return (await client.post<Bag>(spec.api.collection, { body })) ?? {};
  },
  async get({ spec, client }, id, state) {
    const key = String(state[spec.api.pathKey] ?? id);
    try {
      return await client.get<Bag>(itemPath(spec, key), { query: itemQuery(spec, state) as never });
    } catch (err) {
      if (isNotFound(err, { forbiddenMeansGone: spec.forbiddenMeansGone })) return undefined;
      throw err;
    }
  },
  async update({ spec, client }, id, body, olds) {
    const key = String(olds[spec.api.pathKey] ?? id);
    await client.put(itemPath(spec, key), { body, query: itemQuery(spec, olds) as never });
  },
  async delete({ spec, client }, id, state) {
    const key = String(state[spec.api.pathKey] ?? id);
    await client.delete(itemPath(spec, key), { query: itemQuery(spec, state) as never });
  },
};

/** Outputs after a write: the inputs as the user wrote them, plus server-set fields. */
function writtenOutputs(spec: ResourceSpec, inputs: Bag, api: Bag): Bag {
  const out: Bag = {};
  for (const [key, field] of Object.entries(spec.fields)) {
    if (field.output || (field.computed && inputs[key] === undefined)) {
      if (api[key] !== undefined) out[key] = api[key];
    } else if (inputs[key] !== undefined) {
      out[key] = inputs[key];
    }
  }
  return out;
}

/**
 * Outputs after a read: the server's values, except where they mean what state
 * already holds (then state's form is kept), write-only fields, and identity
 * fields the API echoes in another form.
 */
export function reconcile(spec: ResourceSpec, state: Bag, api: Bag): Bag {
  const out: Bag = {};
  for (const [key, field] of Object.entries(spec.fields)) {
    const mine = state[key];
    const theirs = api[key];
    let value: unknown;
    if (field.output || field.computed) value = theirs ?? (field.computed ? mine : undefined);
    else if (field.writeOnly || (field.keepUserForm && mine !== undefined)) value = mine;
    else if (sameAsServer(field, theirs, mine)) value = mine;
    else if (field.json) value = serverJson(field, theirs, mine);
    else value = theirs;
    // Keep an empty value only where state had the key, so unset stays unset.
    if (value !== undefined && (!isEmpty(value) || mine !== undefined)) out[key] = value;
  }
  return out;
}

function inputsOf(spec: ResourceSpec, outs: Bag): Bag {
  const ins: Bag = {};
  for (const [key] of inputFields(spec)) if (outs[key] !== undefined) ins[key] = outs[key];
  return ins;
}

/** Every string inside a value (a secret may be a JSON document). */
function strings(v: unknown): string[] {
  if (typeof v === "string") return [v];
  if (v && typeof v === "object") return Object.values(v).flatMap(strings);
  return [];
}

/** Secret inputs about to be sent are redacted from whatever the API answers (an error echoing a token). */
function guardSecrets(c: Ctx, inputs: Bag): void {
  for (const key of secretFields(c.spec)) for (const s of strings(inputs[key])) c.client.addSecret(s);
}

function strip(news: Bag): Bag {
  const { __provider: _p, [IMPORT_KEY]: _i, ...rest } = news;
  return rest;
}

export function defineResource(spec: ResourceSpec, hooks: ResourceHooks = {}): ProviderModule {
  const h = { ...rest, ...hooks };
  const ctx = (): Ctx => ({ spec, client: clientFor(spec.vendor) });
  const idOf = (obj: Bag, inputs: Bag) => (hooks.idOf ? hooks.idOf(obj, inputs) : String(obj.id ?? ""));
  const fetch = async (c: Ctx, id: string, state: Bag): Promise<Bag | undefined> => {
    const raw = await h.get(c, id, state);
    if (!raw) return undefined;
    const obj = hooks.afterGet ? hooks.afterGet(raw) : raw;
    return { ...fromWireObject(spec, obj), id: obj.id };
  };

  /** POST, and after an answer that may hide a committed create, look before trying again. */
  async function createOnce(c: Ctx, body: Bag, inputs: Bag): Promise<Bag> {
    const since = Date.now();
    for (let attempt = 1; ; attempt++) {
      try {
        return await rest.create(c, body, inputs);
      } catch (err) {
        if (!maybeCommitted(err) || attempt > c.client.maxRetries) throw err;
        const found = await findCreated(c.client, spec, inputs, since, hooks.afterGet);
        if (found) return found;
        await c.client.pause(attempt);
      }
    }
  }

  async function adopt(c: Ctx, importId: string, inputs: Bag) {
    const keyBag = parseImportId(spec, importId);
    const live = await fetch(c, String(keyBag.id ?? keyBag[spec.api.pathKey] ?? importId), { ...inputs, ...keyBag });
    if (!live) throw new Error(`${spec.name}: cannot import "${importId}": no such object exists`);
    const differing: string[] = [];
    for (const [key, field] of inputFields(spec)) {
      if (field.writeOnly || (field.computed && inputs[key] === undefined)) continue;
      // The import id names the object; the program must name the same one.
      const liveValue = key in keyBag ? keyBag[key] : live[key];
      // An identity the API echoes in another form (slug for UUID) is only comparable in the same form.
      if (field.keepUserForm && (liveValue === undefined || !sameForm(liveValue, inputs[key]))) continue;
      if (!sameAsServer(field, liveValue, inputs[key])) {
        differing.push(field.secret ? key : `${key} (program: ${show(inputs[key])}, live: ${show(liveValue)})`);
      }
    }
    if (differing.length) {
      throw new Error(
        `${spec.name}: inputs to import "${importId}" do not match the existing object; ` +
          `change the program to match, then import again. Differing: ${differing.join("; ")}`,
      );
    }
    const outs = seal(spec, reconcile(spec, { ...keyBag, ...inputs }, live));
    return { id: idOf({ ...live, ...keyBag }, inputs), outs };
  }

  const methods = {
    configure(req: dynamic.ConfigureRequest) {
      configureFrom(req.config);
      return Promise.resolve();
    },
    async check(_olds: Bag, news: Bag) {
      // The engine prints a failing property's value beside the reason; a secret's
      // must not be, so its failure names no property (the reason names the field).
      const failures = validateInputs(spec, news).map((f) => (spec.fields[f.property]?.secret ? { property: "", reason: f.reason } : f));
      return failures.length ? { inputs: news, failures } : { inputs: news };
    },
    async diff(_id: string, olds: Bag, news: Bag) {
      const d = diffFromSpec(spec, olds, news);
      return { changes: d.changes, replaces: d.replaces, deleteBeforeReplace: d.deleteBeforeReplace };
    },
    async create(news: Bag) {
      const c = ctx();
      const inputs = strip(news);
      if (typeof news[IMPORT_KEY] === "string") return adopt(c, news[IMPORT_KEY] as string, inputs);
      guardSecrets(c, inputs);
      const created = await (hooks.create ?? createOnce)(c, toWireBody(spec, inputs, "create"), inputs);
      const id = idOf(created, inputs);
      if (!id) throw new Error(`${spec.name}: the ${spec.vendor} API answered the create without an id (keys: ${Object.keys(created).join(", ") || "none"})`);
      const live = (await fetch(c, id, { ...inputs, ...fromWireObject(spec, created) })) ?? fromWireObject(spec, created);
      return { id, outs: seal(spec, writtenOutputs(spec, inputs, live)) };
    },
    async read(id: string, props: Bag = {}) {
      const c = ctx();
      const live = await fetch(c, id, props);
      if (!live) return {};
      const outs = reconcile(spec, props, live);
      return { id, props: outs, inputs: inputsOf(spec, outs) };
    },
    async update(id: string, olds: Bag, news: Bag) {
      const c = ctx();
      const inputs = strip(news);
      const removed = inputFields(spec)
        .map(([k]) => k)
        .filter((k) => olds[k] !== undefined && inputs[k] === undefined);
      guardSecrets(c, inputs);
      await h.update(c, id, toWireBody(spec, inputs, "update", removed), olds, inputs);
      const live = (await fetch(c, id, { ...olds, ...inputs })) ?? {};
      return { outs: seal(spec, writtenOutputs(spec, inputs, { ...pickOutputs(spec, olds), ...live })) };
    },
    async delete(id: string, props: Bag) {
      const c = ctx();
      try {
        await h.delete(c, id, props);
      } catch (err) {
        // Already gone is what delete wanted.
        if (!isNotFound(err, { forbiddenMeansGone: spec.forbiddenMeansGone })) throw err;
      }
    },
  };
  return {
    spec,
    configure: methods.configure,
    check: reported(methods.check),
    diff: reported(methods.diff),
    create: reported(methods.create),
    read: reported(methods.read),
    update: reported(methods.update),
    delete: reported(methods.delete),
  };
}

function pickOutputs(spec: ResourceSpec, olds: Bag): Bag {
  const out: Bag = {};
  for (const [key, field] of Object.entries(spec.fields)) if ((field.output || field.computed) && olds[key] !== undefined) out[key] = olds[key];
  return out;
}

function show(v: unknown): string {
  return v === undefined ? "unset" : JSON.stringify(v);
}
