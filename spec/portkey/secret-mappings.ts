// An integration's secret mappings: fields Portkey fills at request time from
// a secret reference instead of holding them (portkey-api.md §3.5, the
// OpenAPI's SecretMapping). `target_field` is `key` or
// `configurations.<field>`, each at most once: checked at preview, as the
// Terraform provider does, so Portkey never sees a duplicate.
import type { ContentCheck, FieldSpec, InputProblem } from "../core/types";

export const TARGET_FIELD = /^(key|configurations\.[A-Za-z0-9_]+)$/;

export const secretMappingsField: FieldSpec = {
  doc:
    "Fields Portkey fills at request time from a secret reference, instead of holding them: `targetField` is `key` or `configurations.<field>`, " +
    "each at most once, and `secretReferenceId` the reference's slug or id. A mapped field need not be given. As a list or a JSON string.",
  schema: {
    type: "array",
    items: {
      typeName: "SecretMapping",
      description: "A field filled from a secret reference.",
      type: "object",
      required: ["targetField", "secretReferenceId"],
      additionalProperties: false,
      properties: {
        targetField: { type: "string", pattern: TARGET_FIELD.source, description: "`key` or `configurations.<field>`." },
        secretReferenceId: { type: "string", minLength: 1, description: "The secret reference's slug or id." },
        secretKey: { type: "string", minLength: 1, maxLength: 255, description: "Key within the secret, instead of the reference's own `secretKey`." },
        valueFormat: { enum: ["json", "string"], description: "`json` when the secret holds a JSON document the field takes as an object." },
      },
    },
  },
  json: { keys: "camel" },
  inputTypeName: "SecretMappingsInput",
  clearWith: [],
};

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);

/** The list as data: a JSON string parsed; undefined when it cannot be read. */
function listOf(v: unknown): unknown[] | undefined {
  let value = v;
  if (typeof v === "string") {
    try {
      value = JSON.parse(v);
    } catch {
      return undefined;
    }
  }
  return Array.isArray(value) ? value : undefined;
}

/**
 * Whether a mapping of `inputs` fills `target` (`key`, `configurations.<field>`).
 * A list or a target not known until apply may: it counts as filling.
 */
export function mapsTarget(inputs: Record<string, unknown>, target: string, known: (v: unknown) => boolean): boolean {
  const raw = inputs.secretMappings;
  if (raw === undefined || raw === null) return false;
  if (!known(raw)) return true;
  const list = listOf(raw);
  return !!list?.some((m) => !known(m) || (isObject(m) && (!known(m.targetField) || m.targetField === target)));
}

function problems(value: unknown, _inputs: Record<string, unknown>, known: (v: unknown) => boolean): InputProblem[] {
  const seen = new Set<string>();
  const out: InputProblem[] = [];
  (Array.isArray(value) ? value : []).forEach((m, i) => {
    const target = isObject(m) ? m.targetField : undefined;
    if (typeof target !== "string" || !known(target)) return;
    if (seen.has(target))
      out.push({ field: "secretMappings", text: `secretMappings[${i}].targetField ${target} is mapped twice; map each field at most once` });
    seen.add(target);
  });
  return out;
}

export const uniqueTargets: ContentCheck = {
  field: "secretMappings",
  doc: "Each `targetField` at most once. Checked at preview.",
  problems,
};
