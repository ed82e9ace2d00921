// The Pulumi package schema of the native plugin `aigov`, from the registry:
// one resource per description (inputs and outputs with their types, required,
// secret and replace-on-change flags and docs), one function per data source
// the plugin serves, and the plugin's settings as config and provider inputs.
import { RESOURCES } from "../../spec";
import { FieldSpec, inputFields, ResourceSpec, Vendor, type CustomSource, type DataSourceSpec, type Schema } from "../../spec/core/types";
import { settings } from "../../provider/native/settings";
import { ObjectTypes, pulumiType, TypeSpec } from "../../provider/native/schema-types";
import { functionToken, PACKAGE, resourceToken, servedSources } from "../../provider/native/tokens";
import { argDoc, classDoc, outputDoc, sealed } from "./docs";

type Props = Record<string, TypeSpec>;

function fieldType(vendor: Vendor, field: FieldSpec, types: ObjectTypes, output: boolean): TypeSpec {
  // JSON-valued fields take an object or a JSON string; a sealed secret's output is its fingerprint.
  if (field.json) return { $ref: "pulumi.json#/Any" };
  if (output && sealed(field)) return { type: "string" };
  return pulumiType(vendor, field.schema, types);
}

function property(spec: ResourceSpec, field: FieldSpec, types: ObjectTypes, output: boolean): TypeSpec {
  return {
    ...fieldType(spec.vendor, field, types, output),
    description: (output ? outputDoc(field) : argDoc(field)).join("\n\n"),
    ...(field.secret ? { secret: true } : {}),
    ...(!output && field.replaceOnChange ? { willReplaceOnChanges: true } : {}),
  };
}

function resourceSpec(spec: ResourceSpec, types: ObjectTypes): TypeSpec {
  const inputs = inputFields(spec);
  const properties: Props = Object.fromEntries(Object.entries(spec.fields).map(([k, f]) => [k, property(spec, f, types, true)]));
  const required = Object.entries(spec.fields)
    .filter(([, f]) => f.required || f.output || f.computed)
    .map(([k]) => k);
  return {
    description: classDoc(spec).join("\n\n"),
    type: "object",
    properties,
    required,
    inputProperties: Object.fromEntries(inputs.map(([k, f]) => [k, property(spec, f, types, false)])),
    requiredInputs: inputs.filter(([, f]) => f.required).map(([k]) => k),
  };
}

/** The object a data source answers: the fields the API shows, with the object's id. */
function resultType(spec: ResourceSpec, types: ObjectTypes): TypeSpec {
  const token = `${PACKAGE}:${spec.vendor}:Get${spec.name}Result`;
  const shown = Object.entries(spec.fields).filter(([, f]) => !f.writeOnly);
  types[token] = {
    type: "object",
    description: `${spec.name} as the API shows it.`,
    properties: {
      id: { type: "string", description: "The object's id." },
      ...Object.fromEntries(shown.map(([k, f]) => [k, { ...fieldType(spec.vendor, f, types, true), description: f.doc }])),
    },
    required: ["id", ...shown.filter(([, f]) => f.required || f.alwaysPresent).map(([k]) => k)],
  };
  return { $ref: `#/types/${token}` };
}

function argProperty(spec: ResourceSpec, name: string, types: ObjectTypes): TypeSpec {
  const field = spec.fields[name];
  if (!field) return { type: "string", description: "The object's id." };
  return { ...pulumiType(spec.vendor, field.schema as Schema, types), description: field.doc };
}

/** A hand-written data source: its arguments and answer as the description gives them. */
function customSpec(spec: ResourceSpec, ds: CustomSource, types: ObjectTypes): TypeSpec {
  if (!ds.served) throw new Error(`${spec.name}.${ds.name}: a custom data source without \`served\` is not served by the plugin`);
  const { args, result } = ds.served;
  const answer = (result.properties ?? {}) as Record<string, Schema>;
  return {
    description: ds.doc,
    inputs: { properties: Object.fromEntries(args.map((a) => [a, argProperty(spec, a, types)])), required: args },
    outputs: {
      properties: Object.fromEntries(Object.entries(answer).map(([k, p]) => [k, { ...pulumiType(spec.vendor, p, types), description: p.description }])),
      required: result.required,
    },
  };
}

function functionSpec(spec: ResourceSpec, ds: DataSourceSpec, types: ObjectTypes): TypeSpec {
  if (ds.kind === "custom") return customSpec(spec, ds, types);
  const result = resultType(spec, types);
  if (ds.kind === "lookup") {
    const props = Object.fromEntries(ds.by.map((a) => [a, argProperty(spec, a, types)]));
    const shape = (types[(result.$ref as string).slice("#/types/".length)] ?? {}) as TypeSpec;
    return { description: ds.doc, inputs: { properties: props, required: ds.by }, outputs: { properties: shape.properties, required: shape.required } };
  }
  const filters = ds.filters ?? [];
  return {
    description: ds.doc,
    inputs: {
      properties: Object.fromEntries(filters.map((f) => [f.field, argProperty(spec, f.field, types)])),
      required: filters.filter((f) => f.required).map((f) => f.field),
    },
    outputs: { properties: { [ds.resultKey]: { type: "array", items: result, description: `Every ${spec.name} the API lists.` } }, required: [ds.resultKey] },
  };
}

function configVariables(): Props {
  return Object.fromEntries(
    settings().map((s) => [
      s.name,
      {
        type: s.integer ? "integer" : "string",
        description: `The ${s.vendor} setting the dynamic hosting reads from \`${s.dynamicKey}\`; its environment fallback applies when unset.`,
        ...(s.secret ? { secret: true } : {}),
      },
    ]),
  );
}

/** The whole package schema, as the plugin's GetSchema answers it. */
export function packageSchema(version: string): Record<string, unknown> {
  const types: ObjectTypes = {};
  const resources = Object.fromEntries(RESOURCES.map((r) => [resourceToken(r), resourceSpec(r, types)]));
  const functions = Object.fromEntries(RESOURCES.flatMap((r) => servedSources(r).map((ds) => [functionToken(r, ds), functionSpec(r, ds, types)])));
  const variables = configVariables();
  return {
    name: PACKAGE,
    displayName: "AI governance (Portkey, Toktra)",
    version,
    description: "Portkey and Toktra admin APIs: workspaces, integrations, virtual keys, gateway configs, policies, budgets and connectors.",
    license: "Apache-2.0",
    config: { variables },
    provider: { description: "The aigov provider: credentials and endpoints of each vendor's API.", inputProperties: variables },
    resources,
    functions,
    types,
    // Generated programs (`pulumi import`) import the native classes, not the dynamic ones of the package root.
    language: { nodejs: { packageName: "pulumi-aigov/native", respectSchemaVersion: true } },
  };
}
