// The one description of a resource, as typed data. Validation, diff, wire
// mapping, the SDK's types and secrets, and the docs are all derived from it.

export type Vendor = "portkey" | "toktra";

/**
 * A JSON Schema fragment (ajv draft-07 subset) describing a field's value as users write it.
 * Two annotations feed the SDK's generated types and docs (ajv ignores them):
 * `typeName` names the value's TypeScript type, declared once per vendor in
 * `sdk/<vendor>/types.ts`, and `description` documents it or one of its properties.
 */
export type Schema = Record<string, unknown>;

export interface JsonField {
  /**
   * `camel`: users write camelCase keys and the API wants snake_case (limits).
   * `verbatim`: the document is the API's own JSON (gateway configs), keys pass through.
   */
  keys: "camel" | "verbatim";
  /**
   * Keys the server adds when they are absent, with the value it adds. They are kept
   * out of every comparison unless the user wrote them; a key at its default means
   * the same as the key absent. In a list document they apply to each element.
   */
  serverDefaults?: Record<string, unknown>;
}

export interface FieldSpec {
  doc: string;
  /** Schema of the value after a JSON string has been parsed. */
  schema: Schema;
  /** Wire name; dots nest (`defaults.metadata`). Defaults to the snake_case of the key. */
  wire?: string;
  /** Wire name in responses when it differs from the request's (`isDefault` in, `is_default` out). */
  readWire?: string;
  required?: boolean;
  /** Changing it replaces the object. */
  replaceOnChange?: boolean;
  /** A Pulumi secret in inputs and state. */
  secret?: boolean;
  /** Sent to the API but never read back (masked or absent on GET): state keeps the input. */
  writeOnly?: boolean;
  /** A setting of the provider itself: never sent to the API nor read from it; state keeps the input. */
  providerOnly?: boolean;
  /** Output only: not an input. */
  output?: boolean;
  /**
   * An output the API shows only in its answer to a create (or to the update
   * hook's action, a rotation); every read masks it. State keeps the value it
   * had, and data sources never return it.
   */
  shownOnce?: boolean;
  /** An input never sent to the API: changing it makes the update hook act (rotate a key). Reads keep it. */
  trigger?: boolean;
  /** Optional input that the server fills in when it is absent (slugs). */
  computed?: boolean;
  /** JSON-valued: accepts an object or a JSON string; compared by meaning. */
  json?: JsonField;
  /** The API echoes another form of the value (slug for a UUID): never overwrite the user's. */
  keepUserForm?: boolean;
  /** Value assumed when the input is absent. */
  default?: unknown;
  /** Sent on create only (the API's PUT does not take it). */
  createOnly?: boolean;
  /** The API answers it on every read, so data-source results type it as always there. */
  alwaysPresent?: boolean;
  /** Name of the SDK's type for the argument (`UsageLimitsInput`), declared once per vendor when fields share it. */
  inputTypeName?: string;
  /** What a PUT sends to clear the field when the user removes it; absent means "cannot be cleared, leave it". */
  clearWith?: null | "" | [];
  /**
   * Set through its own sub-resource of the item (`{item}/{endpoint}`), with a
   * PUT after the create or an update that changes it, and read from a GET of
   * it while state holds the field. If that PUT fails after a create, the object
   * is recorded as created but unhealthy, and the next `up` finishes it.
   */
  endpoint?: string;
  /** Convert the user value to the wire value (after JSON parsing and key mapping); `old` is state's value. */
  toWire?: (value: unknown, old?: unknown) => unknown;
  /** Schema of the wire value where `toWire` changes its shape. */
  wireSchema?: Schema;
  /** Convert a wire value back to the user form. */
  fromWire?: (value: unknown) => unknown;
}

export interface ApiPaths {
  /** Collection path for POST and list, e.g. `/admin/workspaces`. */
  collection: string;
  /** Item path with `{key}` for the object's path key, e.g. `/admin/workspaces/{key}`. */
  item: string;
  /** Which output addresses the object in `item`: `id` (UUID) or `slug`. */
  pathKey: "id" | "slug";
  /** Input fields sent as query parameters on item requests (wire name = snake_case). */
  itemQuery?: string[];
  /** Envelope of list responses: the key holding the array. */
  listKey?: string;
  /**
   * `page` (Portkey: `page_size`/`current_page`, the default), `pageCamel` (Portkey's users and
   * invites: `pageSize`/`currentPage`), `pageNumber` (Portkey's SCIM mappings: `page_size`/`page`),
   * `pageFromOne` (Portkey's MCP capabilities: `page` from 1) or `cursor` (Toktra: `cursor`/`limit`).
   */
  pagination?: "page" | "pageCamel" | "pageNumber" | "pageFromOne" | "cursor";
  /** `uuid`: the list's `workspace_id` filter matches only a workspace's UUID, so a slug is never sent as one. */
  workspaceFilter?: "uuid";
}

/**
 * A rule across fields, as data: when the inputs hold the values in `when`,
 * they must also satisfy `schema` (JSON fields parsed, the user's field names).
 */
export interface ResourceRule {
  when: Record<string, string>;
  schema: Schema;
  /** The rule in words, with the fix; completes a failure message. */
  doc: string;
}

/** What a content check found wrong: the input it concerns and the message after the resource name. */
export interface InputProblem {
  field: string;
  /** `<path> <rule> (when ...); <fix>`, the path starting with `field`. */
  text: string;
}

/**
 * A check of one input's contents too conditional for a schema to word well
 * (an integration's provider-specific `configurations`). It runs at preview
 * once the field has passed its own schema, or holds values not known yet.
 */
export interface ContentCheck {
  /** The input it reads, JSON parsed; the check is skipped when it is absent or wholly unknown. */
  field: string;
  /** The rules in words. */
  doc: string;
  /**
   * The problems of `value`. `inputs` are all inputs as given; `known` tells a
   * value from the engine's marker for one not known until apply, which passes.
   */
  problems(value: unknown, inputs: Record<string, unknown>, known: (v: unknown) => boolean): InputProblem[];
}

export interface ImportIdFormat {
  /** Separator between parts, e.g. ":" for `workspace_id:provider_id`. */
  separator?: string;
  /** The fields the parts fill, in order, e.g. ["workspaceId", "id"]. */
  parts: string[];
  /** Example shown in error messages. */
  example: string;
}

/**
 * Another resource whose inputs manage what this one manages on the same
 * object (an integration's model list and one model's access). One program
 * using both on one object is told so at preview, naming both resources.
 */
export interface Overlap {
  /** The other resource's Pulumi type name, e.g. `Integration`. */
  resource: string;
  /** This resource's input naming the other's object, by the other's `slug` (its derived one included). */
  field: string;
  /** The other's inputs that overlap, each with how it is told (`error` fails preview, `warning` only says so) and why. */
  inputs: Record<string, { severity: "error" | "warning"; why: string }>;
  /** What to do about an `error`, completing its message. */
  fix: string;
}

/** A resource this one lives in or hangs off, named by one of its input fields. */
export interface ParentRef {
  /** The parent's Pulumi type name, e.g. `Workspace`. */
  resource: string;
  /** The input field that names the parent. */
  field: string;
  /** The API refuses to delete the parent while this child exists, unless it forces the delete (which removes the child too). */
  blocksDelete: boolean;
}

/** A data source that reads one object. */
export interface LookupSource {
  kind: "lookup";
  /** Function name, e.g. `getWorkspace`; its `...Output` form is generated next to it. */
  name: string;
  doc: string;
  /** Its arguments, fields of the resource or `id`; those not in the path travel as query parameters (their wire names). */
  by: string[];
  /** Arguments that may be left out, sent as query parameters when given (a prompt's `version`). */
  optional?: string[];
  /** Path with `{argument}` placeholders; defaults to `api.item` keyed by the first argument. */
  path?: string;
}

/** A data source that lists a collection, every page of it, as its API pages. */
export interface ListSource {
  kind: "list";
  name: string;
  doc: string;
  /** Key of the result's array, e.g. `workspaces`. */
  resultKey: string;
  /** Fields of the resource the list can be narrowed by, sent as query parameters (their wire names). */
  filters?: { field: string; required?: boolean }[];
  /** Path with `{filter}` placeholders when the collection lives under a parent; defaults to `api.collection`. */
  path?: string;
  /** Page size of page-numbered lists; 100 when absent. */
  pageSize?: number;
}

/**
 * A data source too irregular to be data: written by hand in `sdk/<vendor>/<module>.ts`.
 * One whose arguments and answer are described (`served`) is served by the
 * plugin as an invoke too, running the code `provider/core/custom-sources.ts` names.
 */
export interface CustomSource {
  kind: "custom";
  name: string;
  doc: string;
  module: string;
  served?: {
    /** Its arguments, all required: fields of the resource. */
    args: string[];
    /** Schema of the answer; `typeName` names the type `sdk/<vendor>/<module>.ts` exports for it. */
    result: Schema;
  };
}

export type DataSourceSpec = LookupSource | ListSource | CustomSource;

export interface ResourceSpec {
  vendor: Vendor;
  /** Pulumi type name, e.g. `Workspace`. */
  name: string;
  /** kebab-case file name shared by provider/, sdk/, emulator/, tests/. */
  file: string;
  doc: string;
  fields: Record<string, FieldSpec>;
  api: ApiPaths;
  importId: ImportIdFormat;
  /**
   * Input fields that together identify an object within its parent scope. When a
   * create's answer is lost, the provider looks for an object with these values,
   * made since the create was sent (see `lostCreate`).
   */
  naturalKey: string[];
  /** Fields whose values must be unique; a replacement that keeps them deletes first. */
  uniqueKeys?: string[];
  /**
   * A slug field the provider chooses when the program gives none, so that a
   * repeated create is refused as a duplicate rather than made twice.
   */
  autoSlug?: string;
  /**
   * How a create whose answer was lost (a 5xx, a reset connection, a timeout, an
   * answer without the id) is kept from making a second object. The provider
   * applies it around whatever create the resource makes, the REST default or a
   * hook's, so an override cannot drop it.
   * - `upsert`: the create is an idempotent PUT and the id follows from the
   *   inputs, so a repeat is harmless; nothing more is needed.
   * - `derivedSlug`: the create sends a slug the provider derived (`autoSlug`);
   *   a repeat of a committed create is refused with 409 for that slug, and the
   *   object holding it is adopted. A slug the program names itself falls back
   *   to `naturalKey`.
   * - `naturalKey`: the create is never sent again after a lost answer. The
   *   provider lists the collection, for a bounded time, for an object with the
   *   same `naturalKey` values made since the first attempt, and adopts it only
   *   when it carries this resource's `ownerMarker`; otherwise it fails, saying
   *   what it found.
   */
  lostCreate: "upsert" | "derivedSlug" | "naturalKey";
  /**
   * A free-text field the API keeps (a description) where the provider appends a
   * tag derived from this stack's resource, stripped again on reads. It proves
   * which object is this resource's: with it, `naturalKey` adopts the object a
   * lost create made; without it, nothing proves ownership and a lost create
   * fails for the user to resolve.
   */
  ownerMarker?: string;
  /**
   * The API deletes objects inside this one along with it (a workspace's virtual
   * keys and configs), those Pulumi does not manage included. The provider asks
   * for that only when `field` (a provider-only boolean input) is true in state;
   * otherwise a delete that meets dependents fails naming them and the fix, and
   * deletes nothing. While the field is true, `preview` warns.
   */
  deleteCascade?: { field: string; dependents: string };
  /** Groups of inputs of which exactly one must be given (a guardrail's workspace or organisation), with why. */
  exactlyOne?: { fields: string[]; doc: string }[];
  /** Cross-field rules checked at preview (type-specific requirements). */
  rules?: ResourceRule[];
  /** Checks of an input's contents beyond its schema, at preview. */
  checks?: ContentCheck[];
  /** Inputs of another resource that manage the same thing, checked across the program at preview. */
  overlaps?: Overlap[];
  /** What this resource lives in: the order of deletes, and what blocks deleting a parent, follow from it. */
  parents?: ParentRef[];
  /**
   * What the create's answer holds, and why (the vendor's documented answer).
   * `whole`: every output state needs, so no read follows the create (the
   * provider still reads when an output turns out to be missing). Otherwise,
   * as when absent, one read follows the create.
   */
  createAnswer?: { whole: boolean; why: string };
  /** Portkey answers 403/AB03 instead of 404 for some deleted objects. */
  forbiddenMeansGone?: boolean;
  /** The vendor's Terraform resource for the same object, e.g. `portkey_workspace`. */
  terraform?: string;
  /** The SDK's data sources for this resource: generated functions, named here. */
  dataSources?: DataSourceSpec[];
}

/** The sub-resources of an item that some fields are set through (FieldSpec.endpoint). */
export function endpointsOf(spec: ResourceSpec): string[] {
  return [...new Set(Object.values(spec.fields).flatMap((f) => (f.endpoint ? [f.endpoint] : [])))];
}

export function inputFields(spec: ResourceSpec): [string, FieldSpec][] {
  return Object.entries(spec.fields).filter(([, f]) => !f.output);
}

export function secretFields(spec: ResourceSpec): string[] {
  return Object.entries(spec.fields)
    .filter(([, f]) => f.secret)
    .map(([k]) => k);
}

export function snake(key: string): string {
  return key.replace(/[A-Z]/g, (c) => "_" + c.toLowerCase());
}

export function camel(key: string): string {
  return key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

export function wireName(key: string, field: FieldSpec): string {
  return field.wire ?? snake(key);
}
