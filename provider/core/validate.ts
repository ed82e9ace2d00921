// `check`: validates inputs against the resource description, offline. Every
// failure names the resource, the field, the rule and the fix.
import type Ajv from "ajv";
import type { ErrorObject, Options, ValidateFunction } from "ajv";
import { addFormats, FORMATS } from "./formats";
import { ValidationError } from "./errors";
import { canonical } from "./normalize";
import { FieldSpec, inputFields, InputProblem, ResourceRule, ResourceSpec, Schema } from "../../spec/core/types";
import { IMPORT_KEY, SECRET_INPUTS_KEY, SEED_KEY, UNKNOWN } from "./keys";
import { segmentProblem } from "../http/path";
import { cap, clip, quote } from "./quote";
import { jsonTextProblem, valueProblem } from "./structure";
import { Bag } from "./wire";

export interface CheckFailure {
  property: string;
  reason: string;
}

/** Shared by the build step that precompiles validators and the run-time fallback. */
// verbose: errors carry their schema, so an empty object can be told which keys it takes.
export const AJV_OPTIONS: Options = { allErrors: true, strict: false, verbose: true };

/** What a precompiled validator is filed under: the schema's own text, so a changed schema cannot hit a stale one. */
export function schemaKey(schema: Schema): string {
  return canonical(schema);
}

/** The module `npm run build` generates (tools/validators.ts); its name is kept apart so tsc does not look for it. */
export const PRECOMPILED_MODULE = "./validators.generated";

let precompiled: Map<string, ValidateFunction> | undefined;
let ajv: Ajv | undefined;
const compiled = new Map<FieldSpec | ResourceRule, ValidateFunction>();

// Every provider process checks every resource on each preview; loading ajv and
// compiling each schema there cost more than all the checks together, so the
// build compiles them once to plain functions.
function precompiledValidators(): Map<string, ValidateFunction> {
  if (!precompiled) {
    precompiled = new Map();
    try {
      const mod = require(PRECOMPILED_MODULE) as { keys: Record<string, string> } & Record<string, ValidateFunction>;
      for (const [key, name] of Object.entries(mod.keys)) precompiled.set(key, mod[name]!);
    } catch (err) {
      // A plain `tsc` build has no generated module: compile at run time instead.
      if ((err as { code?: string }).code !== "MODULE_NOT_FOUND") throw err;
    }
  }
  return precompiled;
}

/** The build's validator for exactly this schema, if it made one. */
export function precompiledFor(schema: Schema): ValidateFunction | undefined {
  return precompiledValidators().get(schemaKey(schema));
}

/** A field's or rule's validator: precompiled when the build made one for this exact schema, else compiled here. */
export function validatorFor(owner: FieldSpec | ResourceRule): ValidateFunction {
  let v = compiled.get(owner);
  if (!v) {
    v = precompiledFor(owner.schema) ?? compileAtRunTime(owner.schema);
    compiled.set(owner, v);
  }
  return v;
}

/** Compiles with ajv, loaded only when a schema has no precompiled validator. */
export function compileAtRunTime(schema: Schema): ValidateFunction {
  if (!ajv) {
    const { default: AjvClass } = require("ajv") as typeof import("ajv");
    ajv = addFormats(new AjvClass(AJV_OPTIONS));
  }
  return ajv.compile(schema);
}

/** True when a value, or anything inside it, is not known until apply. */
export function hasUnknown(value: unknown): boolean {
  if (value === UNKNOWN) return true;
  if (Array.isArray(value)) return value.some(hasUnknown);
  if (value && typeof value === "object") return Object.values(value).some(hasUnknown);
  return false;
}

const RESERVED = new Set(["__provider", IMPORT_KEY, SEED_KEY, SECRET_INPUTS_KEY]);

/**
 * The inputs that are secret: those the description declares, and those that
 * arrived as Pulumi secrets (the SDK lists them, since a dynamic provider
 * receives every value in plaintext).
 */
export function secretInputs(spec: ResourceSpec, news: Bag): Set<string> {
  const arrived = Array.isArray(news[SECRET_INPUTS_KEY]) ? (news[SECRET_INPUTS_KEY] as unknown[]).filter((k): k is string => typeof k === "string") : [];
  return new Set([...Object.keys(spec.fields).filter((k) => spec.fields[k]!.secret), ...arrived]);
}

export function validateInputs(spec: ResourceSpec, news: Bag): CheckFailure[] {
  const failures: CheckFailure[] = [];
  const fields = new Map(inputFields(spec));
  const fail = (property: string, reason: string) => failures.push({ property, reason: `${spec.name}.${reason}` });
  const secrets = secretInputs(spec, news);

  for (const [key, value] of Object.entries(news)) {
    if (fields.has(key) || RESERVED.has(key) || value === undefined) continue;
    if (key in spec.fields) fail(key, `${key} is set by ${spec.vendor === "portkey" ? "Portkey" : "Toktra"} and cannot be given; remove it`);
    else fail(key, `${cap(key)} is not a known argument; known arguments: ${[...fields.keys()].join(", ")}`);
  }
  // Values as data (JSON strings parsed) of the fields that passed, for the cross-field rules.
  const values: Bag = {};
  const settled = new Set<string>();
  // Objects holding values not known yet: content checks still read their known parts.
  const partial: Bag = {};
  for (const [key, field] of fields) {
    const raw = news[key];
    if (raw === undefined || raw === null) {
      if (field.required) fail(key, `${key} is required: ${field.doc}`);
      else settled.add(key);
      continue;
    }
    // Structure first: a value 100,000 levels deep must not reach hasUnknown's recursion.
    if (!valueProblem(raw) && hasUnknown(raw)) {
      if (raw !== UNKNOWN && typeof raw === "object") partial[key] = raw;
      continue;
    }
    const checked = fieldValue(key, field, raw, secrets.has(key));
    if ("problems" in checked) {
      for (const problem of checked.problems) fail(key, problem);
      continue;
    }
    const { value } = checked;
    values[key] = value;
    settled.add(key);
  }
  for (const rule of spec.rules ?? []) {
    for (const f of ruleFailures(rule, values, settled)) fail(f.property, f.reason);
  }
  for (const p of contentProblems(spec, news, { ...partial, ...values })) fail(p.field, p.text);
  for (const group of spec.exactlyOne ?? []) {
    const given = group.fields.filter((k) => news[k] !== undefined && news[k] !== null);
    if (given.length === 1) continue;
    const which = given.length ? `${given.join(" and ")} are both given` : `none of ${group.fields.join(", ")} is given`;
    fail(given[1] ?? group.fields[0]!, `${group.fields.join(" or ")}: ${which}; give exactly one (${group.doc})`);
  }
  if (typeof news[IMPORT_KEY] === "string" && !hasUnknown(news[IMPORT_KEY])) {
    const problem = importIdProblem(spec, news[IMPORT_KEY] as string);
    if (problem) fail(IMPORT_KEY, problem);
  }
  return failures;
}

/**
 * One field's value as data (a JSON string parsed), or what is wrong with it,
 * each problem starting with the field's name. Structure first (depth,
 * non-finite numbers), before anything that recurses reads it.
 */
function fieldValue(key: string, field: FieldSpec, raw: unknown, secret: boolean): { value: unknown } | { problems: string[] } {
  const shape = valueProblem(raw);
  if (shape) return { problems: [`${key}${shape}`] };
  let value: unknown = raw;
  if (field.json && typeof raw === "string") {
    const parsed = parseJson(raw, secret);
    if ("error" in parsed) return { problems: [`${key}${parsed.error}`] };
    value = parsed.value;
  }
  const validate = validatorFor(field);
  if (!validate(value)) return { problems: (validate.errors ?? []).map((e) => describe(key, e)) };
  if (isBlank(field, value)) return { problems: [`${key} must not be blank: give a name with at least one character other than spaces`] };
  return { value };
}

/** What the description's content checks find in the inputs valid or partly known so far. */
function contentProblems(spec: ResourceSpec, news: Bag, values: Bag): InputProblem[] {
  return (spec.checks ?? []).flatMap((check) => {
    const value = values[check.field];
    return value === undefined ? [] : check.problems(value, news, (v) => v !== UNKNOWN);
  });
}

/** The names a rule reads: those it tests in `when` and those its schema describes. */
function ruleFields(rule: ResourceRule): string[] {
  const props = Object.keys((rule.schema.properties ?? {}) as Bag);
  const required = (rule.schema.required ?? []) as string[];
  return [...new Set([...Object.keys(rule.when), ...props, ...required])];
}

/**
 * Failures of one cross-field rule. It is checked only when every field it
 * reads is known and valid on its own, so a failure never repeats another.
 */
function ruleFailures(rule: ResourceRule, values: Bag, settled: Set<string>): CheckFailure[] {
  if (!ruleFields(rule).every((k) => settled.has(k))) return [];
  if (!Object.entries(rule.when).every(([k, v]) => values[k] === v)) return [];
  const validate = validatorFor(rule);
  if (validate(values)) return [];
  const when = Object.entries(rule.when)
    .map(([k, v]) => `${k} is ${v}`)
    .join(" and ");
  return (validate.errors ?? []).map((e) => {
    const [, first = "", ...rest] = e.instancePath.split("/");
    const missing = String((e.params as Bag).missingProperty ?? "");
    const rootRequired = e.keyword === "required" && first === "";
    const property = rootRequired ? missing : first;
    const text = rootRequired ? `${missing} is required` : describe(property, { ...e, instancePath: rest.length ? `/${rest.join("/")}` : "" });
    return { property, reason: `${text} (when ${when}: ${rule.doc})` };
  });
}

/** A JSON field's text as data, or why it cannot be: not JSON, a repeated key, too deep. */
function parseJson(text: string, secret: boolean): { value: unknown } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    // The parser's message quotes the text, which a secret's must not be.
    const why = secret ? "" : ` (${clip((e as Error).message, 120)})`;
    return { error: ` must be valid JSON${why}${hclHint(text)}; pass an object or a JSON string` };
  }
  const problem = jsonTextProblem(text, secret) ?? valueProblem(value);
  return problem ? { error: problem } : { value };
}

/** A required name made of spaces only: the API would take it, and no one could tell the object apart. */
function isBlank(field: FieldSpec, value: unknown): boolean {
  const needed = field.required || Number(field.schema.minLength ?? 0) >= 1;
  return needed && typeof value === "string" && value !== "" && value.trim() === "";
}

// Users migrating from Terraform paste HCL object syntax into JSON fields.
function hclHint(text: string): string {
  return /^\s*[{[]?\s*[A-Za-z_][\w-]*\s*=/m.test(text) ? '; it looks like HCL (key = value): JSON uses "key": value' : "";
}

/** `required`: the field may not be left out, so an empty list's fix is to fill it. */
function describe(key: string, e: ErrorObject, required = false): string {
  const where = key + e.instancePath.replace(/\/(\d+)/g, "[$1]").replace(/\/([^/]+)/g, ".$1");
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "enum":
      return `${where} must be one of: ${(p.allowedValues as unknown[]).join(", ")}`;
    case "required":
      return `${where} is missing the required key "${String(p.missingProperty)}"`;
    case "additionalProperties":
      return `${where} has an unknown key "${String(p.additionalProperty)}"; remove it`;
    case "type":
      return `${where} must be ${String(p.type)}`;
    case "minimum":
    case "maximum":
      return `${where} must be ${e.keyword === "minimum" ? ">=" : "<="} ${String(p.limit)}`;
    case "minLength":
      return `${where} must not be empty`;
    case "minProperties": {
      const keys = Object.keys((e.parentSchema?.properties ?? {}) as Bag);
      return `${where} must not be empty: give at least ${keys.length ? `one of ${keys.join(", ")}` : `${String(p.limit)} key(s)`}`;
    }
    case "minItems": {
      // A schema's first example shows the fix; a required list cannot be left out.
      const example = (e.parentSchema as Bag | undefined)?.examples as unknown[] | undefined;
      const fix = example?.length ? `, e.g. ${JSON.stringify(example[0])}` : required && !e.instancePath ? "" : ", or leave it out";
      return `${where} must not be empty: list at least ${String(p.limit)} item(s)${fix}`;
    }
    case "uniqueItems":
      return `${where} lists the same value twice; remove the repeat`;
    case "format":
      return `${where} must be ${FORMATS[String(p.format)]?.expected ?? String(p.format)}`;
    case "false schema":
      return `${where} does not apply here; remove it`;
    case "maxItems":
      return `${where} takes at most ${String(p.limit)} item(s)`;
    case "pattern":
      return `${where} must match ${String(p.pattern)}`;
    default:
      return `${where} ${e.message ?? "is invalid"}`;
  }
}

export function importIdProblem(spec: ResourceSpec, id: string): string | undefined {
  const parts = spec.importId.separator ? id.split(spec.importId.separator) : [id];
  const shape = spec.importId.parts.join(spec.importId.separator ?? "");
  if (parts.length !== spec.importId.parts.length || parts.some((p) => p.trim() === "")) {
    return `import id ${quote(id)} must have the form ${shape}, e.g. ${spec.importId.example}`;
  }
  // Each part addresses the object in a request path: "." or ".." would address another endpoint.
  const bad = parts.findIndex((p) => segmentProblem(p));
  if (bad >= 0)
    return `import id ${quote(id)}: its ${spec.importId.parts[bad]} ${segmentProblem(parts[bad])}; give the form ${shape}, e.g. ${spec.importId.example}`;
  return undefined;
}

/** The fields an import id fills. `check` has refused a malformed one already; this guards direct callers. */
export function parseImportId(spec: ResourceSpec, id: string): Bag {
  const problem = importIdProblem(spec, id);
  if (problem) throw new ValidationError(`${spec.name}: ${problem}`);
  const parts = spec.importId.separator ? id.split(spec.importId.separator) : [id];
  return Object.fromEntries(spec.importId.parts.map((k, i) => [k, parts[i]]));
}
