// Turns a resource description plus its few API quirks into a Pulumi dynamic
// provider. The exported functions of each resource module *are* the provider
// the engine runs: the SDK hands that module object to `dynamic.Resource`, so the
// serialized provider is a one-line `require` of the installed package.
import type { dynamic } from "@pulumi/pulumi";
import type { ApiClient } from "../http/client";
import { ConflictError, isNotFound } from "../http/errors";
import { clientFor, configureFrom } from "./config";
import { seal } from "./fingerprint";
import { findCreated, maybeCommitted } from "./recover";
import { isDerived, withDerivedSlug } from "./autoslug";
import { InitFailedError, reported } from "./report";
import { diffFromSpec } from "./diff";
import { sameAsServer, sameValue, serverJson } from "./normalize";
import { sameForm } from "./ids";
import { endpointsOf, FieldSpec, inputFields, ResourceSpec, secretFields, snake } from "../../spec/core/types";
import { IMPORT_KEY, SEED_KEY } from "./keys";
import { parseImportId, validateInputs } from "./validate";
import { Bag, endpointBody, fromWireObject, isEmpty, toWireBody } from "./wire";

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
  locate(news: Bag, opts: { since?: number; owned: Set<string> }): Promise<string[]>;
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
  const { __provider: _p, [IMPORT_KEY]: _i, [SEED_KEY]: _s, ...rest } = news;
  return rest;
}

export function defineResource(spec: ResourceSpec, hooks: ResourceHooks = {}): ProviderModule {
  const h = { ...rest, ...hooks };
  const ctx = (): Ctx => ({ spec, client: clientFor(spec.vendor) });
  const idOf = (obj: Bag, inputs: Bag) => (hooks.idOf ? hooks.idOf(obj, inputs) : String(obj.id ?? ""));
  const endpoints = endpointsOf(spec);
  const endpointPath = (id: string, state: Bag, endpoint: string) => `${itemPath(spec, String(state[spec.api.pathKey] ?? id))}/${endpoint}`;
  /** Sub-resources worth a request: those with a field the program or state sets. */
  const inUse = (state: Bag) => endpoints.filter((e) => inputFields(spec).some(([k, f]) => f.endpoint === e && state[k] !== undefined));

  const fetch = async (c: Ctx, id: string, state: Bag): Promise<Bag | undefined> => {
    const raw = await h.get(c, id, state);
    if (!raw) return undefined;
    let obj = hooks.afterGet ? hooks.afterGet(raw) : raw;
    for (const e of inUse(state)) obj = { ...obj, ...(await c.client.get<Bag>(endpointPath(id, { ...state, ...fromWireObject(spec, obj) }, e), { query: itemQuery(spec, state) as never })) };
    return { ...fromWireObject(spec, obj), id: obj.id };
  };

  /** PUTs the sub-resources whose fields differ from state (all in use, on create). */
  async function putEndpoints(c: Ctx, id: string, inputs: Bag, olds?: Bag): Promise<void> {
    const state = { ...olds, ...inputs };
    for (const e of endpoints) {
      const fields = inputFields(spec).filter(([, f]) => f.endpoint === e);
      const changed = olds ? fields.some(([k, f]) => !sameValue(f, olds[k] ?? f.default, inputs[k] ?? f.default)) : fields.some(([k]) => inputs[k] !== undefined);
      if (changed) await c.client.put(endpointPath(id, state, e), { body: endpointBody(spec, e, inputs, olds), query: itemQuery(spec, state) as never });
    }
  }

  /**
   * POST, and after an answer that may hide a committed create, look before
   * trying again. With a derived slug, trying again is itself the lookup: a
   * committed first attempt turns the repeat into a 409 for our own slug.
   */
  async function createOnce(c: Ctx, body: Bag, inputs: Bag, derived: boolean): Promise<Bag> {
    const since = Date.now();
    for (let attempt = 1; ; attempt++) {
      try {
        const created = await rest.create(c, body, inputs);
        if (idOf(created, inputs)) return created;
        // An answer without the id is as good as lost: find what the create made.
        const found = derived ? await bySlug(c, inputs) : await findCreated(c.client, spec, inputs, since, hooks.afterGet);
        if (found) return { id: found.id, [spec.api.pathKey]: found[spec.api.pathKey] };
        throw new Error(
          `${spec.name}: the ${spec.vendor} API answered the create without an id (keys: ${Object.keys(created).join(", ") || "none"}), and no object it may have made was found`,
        );
      } catch (err) {
        if (derived && err instanceof ConflictError) return adoptRepeat(c, inputs, err);
        if (!maybeCommitted(err) || attempt > c.client.maxRetries) throw err;
        if (!derived) {
          const found = await findCreated(c.client, spec, inputs, since, hooks.afterGet);
          if (found) return found;
        }
        await c.client.pause(attempt);
      }
    }
  }

  /** The object our derived slug names, as the create's answer would give it. */
  async function bySlug(c: Ctx, inputs: Bag): Promise<Bag | undefined> {
    const slug = inputs[spec.autoSlug!];
    const live = await fetch(c, String(slug), inputs);
    return live && { ...live, [spec.autoSlug!]: live[spec.autoSlug!] ?? slug };
  }

  /**
   * The object an earlier attempt made with our derived slug: in this run, or in
   * a run that was killed before it recorded the create. The slug encodes this
   * stack and resource, so the object is ours; it is brought up to the program.
   */
  async function adoptRepeat(c: Ctx, inputs: Bag, conflict: ConflictError): Promise<Bag> {
    const live = await bySlug(c, inputs);
    if (!live) throw conflict;
    const differing = differences(spec, live, inputs, (key, f) => f.replaceOnChange === true && key !== spec.autoSlug);
    if (differing.length) {
      throw new Error(`${spec.name}: slug "${live[spec.autoSlug!]}" is taken by an object that differs in ${differing.join(", ")}; give this resource its own \`slug\``);
    }
    await h.update(c, String(live.id), toWireBody(spec, inputs, "update"), { ...inputs, ...live }, inputs);
    return { id: live.id, [spec.autoSlug!]: live[spec.autoSlug!] };
  }

  async function adopt(c: Ctx, importId: string, inputs: Bag) {
    const keyBag = parseImportId(spec, importId);
    const live = await fetch(c, String(keyBag.id ?? keyBag[spec.api.pathKey] ?? importId), { ...inputs, ...keyBag });
    if (!live) throw new Error(`${spec.name}: cannot import "${importId}": no such object exists`);
    // The import id names the object; the program must name the same one.
    const differing = differences(spec, { ...live, ...keyBag }, inputs).map((key) =>
      spec.fields[key]!.secret ? key : `${key} (program: ${show(inputs[key])}, live: ${show(key in keyBag ? keyBag[key] : live[key])})`,
    );
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
      return failures.length ? { inputs: news, failures } : { inputs: withDerivedSlug(spec, news) };
    },
    async diff(_id: string, olds: Bag, news: Bag) {
      // A derived slug only changes with the inputs that replace the object anyway,
      // and never renames an object that already has a slug.
      const d = diffFromSpec(spec, olds, isDerived(spec, news) ? { ...news, [spec.autoSlug!]: undefined } : news);
      return { changes: d.changes, replaces: d.replaces, deleteBeforeReplace: d.deleteBeforeReplace };
    },
    async create(news: Bag) {
      const c = ctx();
      const inputs = strip(news);
      if (typeof news[IMPORT_KEY] === "string") return adopt(c, news[IMPORT_KEY] as string, inputs);
      guardSecrets(c, inputs);
      const body = toWireBody(spec, inputs, "create");
      const created = await (hooks.create ? hooks.create(c, body, inputs) : createOnce(c, body, inputs, isDerived(spec, news)));
      const id = idOf(created, inputs);
      if (!id) throw new Error(`${spec.name}: the ${spec.vendor} API answered the create without an id`);
      const made = { ...inputs, ...fromWireObject(spec, created) };
      try {
        await putEndpoints(c, id, made);
      } catch (err) {
        // The object exists: record it without what failed, so the next up finishes it.
        const base = Object.fromEntries(Object.entries(inputs).filter(([k]) => !spec.fields[k]?.endpoint));
        const outs = seal(spec, writtenOutputs(spec, base, (await fetch(c, id, base).catch(() => undefined)) ?? made));
        throw new InitFailedError(
          `${spec.name} "${id}" was created, but setting its ${inUse(inputs).join(", ")} failed: ${(err as Error).message}. The next \`pulumi up\` finishes it.`,
          id,
          { ...outs, __provider: news.__provider },
        );
      }
      const live = (await fetch(c, id, made)) ?? fromWireObject(spec, created);
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
      if (spec.autoSlug && isDerived(spec, news) && olds[spec.autoSlug] !== undefined) inputs[spec.autoSlug] = olds[spec.autoSlug];
      const removed = inputFields(spec)
        .map(([k]) => k)
        .filter((k) => olds[k] !== undefined && inputs[k] === undefined);
      guardSecrets(c, inputs);
      // A change only to fields set through sub-resources needs no PUT of the item itself.
      const changed = diffFromSpec(spec, olds, news).changed;
      if (!changed.length || changed.some((k) => !spec.fields[k]?.endpoint)) {
        await h.update(c, id, toWireBody(spec, inputs, "update", removed), olds, inputs);
      }
      await putEndpoints(c, id, inputs, olds);
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
  /**
   * Recovery after an interrupted run: the ids of live objects a pending create
   * (whose checked inputs are `news`) may have made. Objects in `owned` belong
   * to other resources, and objects older than `since` predate the run.
   */
  async function locate(news: Bag, opts: { since?: number; owned: Set<string> }): Promise<string[]> {
    const c = ctx();
    const inputs = strip(news);
    const fits = (live: Bag | undefined) => live !== undefined && !opts.owned.has(String(live.id)) && differences(spec, live, inputs).length === 0;
    if (spec.upsert) {
      // The create is an idempotent PUT whose id follows from the inputs.
      const id = idOf({}, inputs);
      return fits(await fetch(c, id, inputs)) ? [id] : [];
    }
    if (spec.autoSlug && inputs[spec.autoSlug] !== undefined) {
      const live = await fetch(c, String(inputs[spec.autoSlug]), inputs);
      return fits(live) ? [idOf(live!, inputs)] : [];
    }
    const found = await findCreated(c.client, spec, inputs, opts.since ?? 0, hooks.afterGet, true);
    const ids: string[] = [];
    for (const item of found) {
      // List items may leave fields out (a config's body); compare whole objects.
      const live = await fetch(c, String(item.id), { ...inputs, ...fromWireObject(spec, item) });
      if (fits(live)) ids.push(idOf(live!, inputs));
    }
    return ids;
  }

  return {
    spec,
    locate,
    configure: methods.configure,
    check: reported(methods.check),
    diff: reported(methods.diff),
    create: reported(methods.create),
    read: reported(methods.read),
    update: reported(methods.update),
    delete: reported(methods.delete),
  };
}

/**
 * Input fields where a live object (in provider form) differs from the program.
 * Write-only fields cannot be compared, and an identity the API echoes in
 * another form (slug for UUID) is only comparable in the same form.
 */
function differences(spec: ResourceSpec, live: Bag, inputs: Bag, only: (key: string, f: FieldSpec) => boolean = () => true): string[] {
  const out: string[] = [];
  for (const [key, field] of inputFields(spec)) {
    if (!only(key, field) || field.writeOnly || (field.computed && inputs[key] === undefined)) continue;
    if (field.keepUserForm && (live[key] === undefined || !sameForm(live[key], inputs[key]))) continue;
    if (!sameAsServer(field, live[key], inputs[key])) out.push(key);
  }
  return out;
}

function pickOutputs(spec: ResourceSpec, olds: Bag): Bag {
  const out: Bag = {};
  for (const [key, field] of Object.entries(spec.fields)) if ((field.output || field.computed) && olds[key] !== undefined) out[key] = olds[key];
  return out;
}

function show(v: unknown): string {
  return v === undefined ? "unset" : JSON.stringify(v);
}
