// Build step: compiles the JSON Schema of every field and rule of every resource
// description into plain functions (ajv's standalone code), written next to
// validate.js. The provider process then neither loads ajv nor compiles a
// schema on each run. Validators are filed under the schema's text, so a schema
// changed without a rebuild is not matched and is compiled at run time instead.
import * as fs from "fs";
import * as path from "path";
import Ajv, { _ } from "ajv";
import standaloneCode from "ajv/dist/standalone";
import { addFormats } from "../provider/core/formats";
import { RESOURCES } from "../spec";
import { ResourceSpec } from "../spec/core/types";
import { AJV_OPTIONS, PRECOMPILED_MODULE, schemaKey } from "../provider/core/validate";

const PROVIDER_DIR = path.join(__dirname, "..", "provider");

/** Every resource description in the registry. */
export function allSpecs(): ResourceSpec[] {
  return [...RESOURCES];
}

function main(): void {
  // The generated module sits beside formats.js, whose checks it calls.
  const ajv = addFormats(new Ajv({ ...AJV_OPTIONS, code: { source: true, formats: _`require("./formats").AJV_FORMATS` } }));
  const keys: Record<string, string> = {};
  for (const spec of allSpecs()) {
    // Fields and cross-field rules alike carry a schema.
    for (const { schema } of [...Object.values(spec.fields), ...(spec.rules ?? [])]) {
      const key = schemaKey(schema);
      if (key in keys) continue;
      const name = `v${Object.keys(keys).length}`;
      keys[key] = name;
      ajv.addSchema(schema, name);
    }
  }
  const names = Object.fromEntries(Object.values(keys).map((n) => [n, n]));
  const code = `${standaloneCode(ajv, names)}\nexports.keys = ${JSON.stringify(keys)};\n`;
  const out = path.join(PROVIDER_DIR, "core", `${PRECOMPILED_MODULE}.js`);
  fs.writeFileSync(out, code);
  console.log(`validators: ${Object.keys(keys).length} schemas compiled into ${path.relative(process.cwd(), out)}`);
}

if (require.main === module) main();
