// Portkey's published OpenAPI description (shared/reference/portkey-openapi.yaml),
// loaded once per file and process, so request bodies are judged by what
// Portkey documents rather than by what the client believes. OpenAPI 3.0 is
// turned into JSON Schema ajv reads: `nullable: true` becomes "or null", and
// every `$ref` points into the one registered document.
import Ajv from "ajv";
import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";
import { UsageError } from "../errors";
import { Bag, bodyValidator } from "../validate";

export const OPENAPI_ENV = "AIGOV_PORTKEY_OPENAPI";
const RELATIVE = path.join("shared", "reference", "portkey-openapi.yaml");
const DOC_ID = "portkey-oas";

/** Changes a documented body: extra properties, required fields, or a new schema per property. */
export interface Overlay {
  required?: string[];
  properties?: Bag;
  /** Documented properties that also take null. */
  nullable?: string[];
}

export class OpenApi {
  private readonly ajv = new Ajv({ allErrors: true, strict: false, logger: false, validateFormats: false, validateSchema: false });

  constructor(
    readonly file: string,
    private readonly doc: Bag,
  ) {
    this.ajv.addSchema({ $id: DOC_ID, components: this.doc.components }, DOC_ID);
  }

  private operation(method: string, route: string): Bag {
    const op = ((this.doc.paths as Bag)[route] as Bag | undefined)?.[method.toLowerCase()] as Bag | undefined;
    if (!op) throw new Error(`${this.file}: no operation ${method} ${route}`);
    return op;
  }

  /** An operation's JSON request body schema, top-level `$ref` resolved; {} when it documents none. */
  requestSchema(method: string, route: string): Bag {
    const body = ((this.operation(method, route).requestBody as Bag | undefined)?.content as Bag | undefined)?.["application/json"] as Bag | undefined;
    return this.resolve((body?.schema as Bag | undefined) ?? { type: "object" });
  }

  /** An operation's response schema for a status, when it documents one. */
  responseSchema(method: string, route: string, status: number): Bag | undefined {
    const res = (this.operation(method, route).responses as Bag | undefined)?.[String(status)] as Bag | undefined;
    const schema = ((res?.content as Bag | undefined)?.["application/json"] as Bag | undefined)?.schema as Bag | undefined;
    return schema && this.resolve(schema);
  }

  /** A 400-throwing check of a request body against the documented schema changed by `overlay`. */
  body(method: string, route: string, overlay: Overlay = {}): (body: unknown) => Bag {
    const base = this.requestSchema(method, route);
    const required = [...new Set([...((base.required as string[] | undefined) ?? []), ...(overlay.required ?? [])])];
    const properties: Bag = { ...(base.properties as Bag | undefined), ...overlay.properties };
    for (const k of overlay.nullable ?? []) properties[k] = { anyOf: [properties[k] ?? {}, { type: "null" }] };
    return bodyValidator({ ...base, type: "object", properties, required }, this.ajv);
  }

  /** Compiles any schema against the registered document (tests check answers with it). */
  validator(schema: Bag) {
    return this.ajv.compile(schema);
  }

  /** A top-level `$ref` followed to its (converted) schema, so overlays can extend it. */
  private resolve(schema: Bag): Bag {
    const converted = convert(schema) as Bag;
    const ref = converted.$ref;
    if (typeof ref !== "string" || !ref.startsWith(`${DOC_ID}#/components/schemas/`)) return converted;
    const name = ref.slice(`${DOC_ID}#/components/schemas/`.length);
    return { ...(((this.doc.components as Bag).schemas as Bag)[name] as Bag) };
  }
}

/** OpenAPI 3.0 schema -> JSON Schema: `nullable` becomes an anyOf with null, refs become absolute. */
export function convert(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(convert);
  if (!node || typeof node !== "object") return node;
  const out: Bag = {};
  for (const [k, v] of Object.entries(node as Bag)) {
    if (k === "$ref" && typeof v === "string" && v.startsWith("#/")) out.$ref = `${DOC_ID}${v}`;
    else if (k !== "nullable" && k !== "example" && k !== "examples") out[k] = convert(v);
  }
  if ((node as Bag).nullable !== true) return out;
  const { description, ...rest } = out;
  return { ...(description === undefined ? {} : { description }), anyOf: [rest, { type: "null" }] };
}

/** Where the description is: the option, then $AIGOV_PORTKEY_OPENAPI, then shared/reference/ above the project or working directory. */
export function locateOpenApi(given?: string): string {
  const explicit = given ?? process.env[OPENAPI_ENV];
  if (explicit) {
    if (!fs.existsSync(explicit)) throw new UsageError(`Portkey OpenAPI description not found at ${explicit}`);
    return path.resolve(explicit);
  }
  for (const start of [__dirname, process.cwd()]) {
    for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
      const candidate = path.join(dir, RELATIVE);
      if (fs.existsSync(candidate)) return candidate;
      if (path.dirname(dir) === dir) break;
    }
  }
  throw new UsageError(
    `Portkey OpenAPI description not found: looked for ${RELATIVE} in the parent directories of ${__dirname} and ${process.cwd()}; ` +
      `pass portkeyOpenApi (--portkey-openapi FILE) or set ${OPENAPI_ENV}`,
  );
}

const loaded = new Map<string, OpenApi>();

/** The description in `file`, parsed and converted on first use only. */
export function loadOpenApi(file: string): OpenApi {
  let api = loaded.get(file);
  if (!api) {
    let raw: Bag;
    try {
      raw = parse(fs.readFileSync(file, "utf8"), { maxAliasCount: -1 }) as Bag;
    } catch (err) {
      throw new UsageError(`${file}: not a readable OpenAPI description (${(err as Error).message})`);
    }
    const components = { schemas: convert((raw.components as Bag | undefined)?.schemas ?? {}) };
    api = new OpenApi(file, { paths: raw.paths, components });
    loaded.set(file, api);
  }
  return api;
}
