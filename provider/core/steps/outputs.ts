// Outputs and inputs as the steps compute them from state, the program and
// the live object.
import { sameForm } from "../ids";
import { sameAsServer, serverJson } from "../normalize";
import { FieldSpec, inputFields, ResourceSpec } from "../../../spec/core/types";
import { IMPORT_KEY, SECRET_INPUTS_KEY, SEED_KEY } from "../keys";
import { secretInputs } from "../validate";
import { Bag, isEmpty } from "../wire";
import type { Ctx } from "./parts";
import { quote } from "../quote";

/** Outputs after a write: the inputs as the user wrote them, plus server-set fields. */
export function writtenOutputs(spec: ResourceSpec, inputs: Bag, api: Bag): Bag {
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
    if (field.shownOnce) value = mine;
    else if (field.output || field.computed) value = theirs ?? (field.computed ? mine : undefined);
    else if (field.writeOnly || field.trigger || field.providerOnly || (field.keepUserForm && mine !== undefined)) value = mine;
    else if (sameAsServer(field, theirs, mine)) value = mine;
    else if (field.json) value = serverJson(field, theirs, mine);
    else value = theirs;
    // Keep an empty value only where state had the key, so unset stays unset.
    if (value !== undefined && (!isEmpty(value) || mine !== undefined)) out[key] = value;
  }
  return out;
}

export function inputsOf(spec: ResourceSpec, outs: Bag): Bag {
  const ins: Bag = {};
  for (const [key] of inputFields(spec)) if (outs[key] !== undefined) ins[key] = outs[key];
  return ins;
}

/** The server-set outputs state holds. */
export function pickOutputs(spec: ResourceSpec, olds: Bag): Bag {
  const out: Bag = {};
  for (const [key, field] of Object.entries(spec.fields)) if ((field.output || field.computed) && olds[key] !== undefined) out[key] = olds[key];
  return out;
}

/**
 * Input fields where a live object (in provider form) differs from the program.
 * Write-only fields cannot be compared, and an identity the API echoes in
 * another form (slug for UUID) is only comparable in the same form.
 */
export function differences(spec: ResourceSpec, live: Bag, inputs: Bag, only: (key: string, f: FieldSpec) => boolean = () => true): string[] {
  const out: string[] = [];
  for (const [key, field] of inputFields(spec)) {
    if (!only(key, field) || field.writeOnly || field.trigger || field.providerOnly || (field.computed && inputs[key] === undefined)) continue;
    if (field.keepUserForm && (live[key] === undefined || !sameForm(live[key], inputs[key]))) continue;
    if (!sameAsServer(field, live[key], inputs[key])) out.push(key);
  }
  return out;
}

/** The program's inputs without the keys the provider adds beside the fields. */
export function strip(news: Bag): Bag {
  const { __provider: _p, [IMPORT_KEY]: _i, [SEED_KEY]: _s, [SECRET_INPUTS_KEY]: _x, ...rest } = news;
  return rest;
}

/** Every string inside a value (a secret may be a JSON document). */
function strings(v: unknown): string[] {
  if (typeof v === "string") return [v];
  if (v && typeof v === "object") return Object.values(v).flatMap(strings);
  return [];
}

/**
 * Secret inputs about to be sent, declared or arrived as secrets (`news`, the
 * inputs with the SDK's list), are redacted from whatever the API answers (an
 * error echoing a token).
 */
export function guardSecrets(c: Ctx, news: Bag): void {
  for (const key of secretInputs(c.spec, news)) for (const s of strings(news[key])) c.client.addSecret(s);
}

export function show(v: unknown): string {
  return quote(v);
}
