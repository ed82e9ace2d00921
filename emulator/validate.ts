// Request-body checks compiled from JSON Schemas, reported the way Portkey
// does: 400 AB01 "<field>: <rule>".
import Ajv, { ErrorObject } from "ajv";
import { badRequest } from "./errors";
import { addEmulatorFormats } from "./formats";

export type Bag = Record<string, unknown>;

const defaultAjv = addEmulatorFormats(new Ajv({ allErrors: true, strict: false }));

function describe(e: ErrorObject): string | undefined {
  // A nullable field's "must be null"/anyOf noise hides the real complaint, as does a rule's `if`.
  if (e.keyword === "anyOf" || e.keyword === "if" || (e.keyword === "type" && e.params.type === "null")) return undefined;
  let field = e.instancePath.slice(1).replace(/\//g, ".");
  let rule = e.message ?? "is invalid";
  if (e.keyword === "required") {
    field = [field, e.params.missingProperty as string].filter(Boolean).join(".");
    rule = "is required";
  } else if (e.keyword === "false schema") {
    rule = "is not allowed here";
  } else if (e.keyword === "enum") {
    rule = `${rule} (${(e.params.allowedValues as unknown[]).map(String).join(", ")})`;
  }
  return `${field || "body"}: ${rule}`;
}

/** A checker for one request body; it returns the body as an object or throws 400 AB01. `ajv` holds the schemas it refers to. */
export function bodyValidator(schema: Bag, ajv: Ajv = defaultAjv): (body: unknown) => Bag {
  const check = ajv.compile(schema);
  return (body) => {
    const value = body ?? {};
    if (!check(value)) {
      const messages = [...new Set((check.errors ?? []).map(describe).filter((m): m is string => !!m))];
      throw badRequest(messages.join("; ") || "body: is invalid");
    }
    return value as Bag;
  };
}
