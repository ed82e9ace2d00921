// The package schema the plugin serves, generated from the registry: every
// resource and field is there with its flags and a doc, every data source the
// plugin serves is a function, and the settings are config.
import { strict as assert } from "assert";
import { RESOURCES } from "../../../spec";
import { inputFields } from "../../../spec/core/types";
import { settings } from "../../../provider/native/settings";
import { functionToken, resourceToken, servedSources } from "../../../provider/native/tokens";
import { packageSchema } from "../../../tools/gen/package-schema";

type Prop = { description?: string; secret?: boolean; willReplaceOnChanges?: boolean; $ref?: string; type?: string };
type Res = { description: string; properties: Record<string, Prop>; inputProperties: Record<string, Prop>; requiredInputs: string[]; required: string[] };

const schema = packageSchema("1.2.3") as {
  name: string;
  version: string;
  resources: Record<string, Res>;
  functions: Record<string, { description: string; inputs: { properties: Record<string, Prop> }; outputs: { properties: Record<string, Prop> } }>;
  types: Record<string, { properties: Record<string, Prop> }>;
  config: { variables: Record<string, Prop> };
  provider: { inputProperties: Record<string, Prop> };
};

describe("native package schema", () => {
  it("names the package and carries the version it is built with", () => {
    assert.equal(schema.name, "aigov");
    assert.equal(schema.version, "1.2.3");
  });

  it("has exactly the registry's resources under native tokens", () => {
    assert.deepEqual(Object.keys(schema.resources).sort(), RESOURCES.map(resourceToken).sort());
  });

  for (const spec of RESOURCES) {
    describe(spec.name, () => {
      const res = () => schema.resources[resourceToken(spec)]!;

      it("has every field as an output and every input field as an input, each with a doc", () => {
        assert.deepEqual(Object.keys(res().properties).sort(), Object.keys(spec.fields).sort());
        assert.deepEqual(
          Object.keys(res().inputProperties).sort(),
          inputFields(spec)
            .map(([k]) => k)
            .sort(),
        );
        assert.ok(res().description.length > 20);
        for (const [key, p] of [...Object.entries(res().properties), ...Object.entries(res().inputProperties)])
          assert.ok(p.description?.trim(), `${spec.name}.${key} has no doc`);
      });

      it("marks required, secret and replace-on-change inputs as the description does", () => {
        assert.deepEqual(
          res().requiredInputs.sort(),
          inputFields(spec)
            .filter(([, f]) => f.required)
            .map(([k]) => k)
            .sort(),
        );
        for (const [key, f] of inputFields(spec)) {
          assert.equal(!!res().inputProperties[key]!.secret, !!f.secret, `${spec.name}.${key} secret`);
          assert.equal(!!res().inputProperties[key]!.willReplaceOnChanges, !!f.replaceOnChange, `${spec.name}.${key} replace`);
        }
      });

      it("has a function with a doc for every data source the plugin serves", () => {
        for (const ds of servedSources(spec)) {
          const fn = schema.functions[functionToken(spec, ds)];
          assert.ok(fn, `${ds.name} is missing`);
          assert.ok(fn.description.trim());
          assert.ok(Object.keys(fn.outputs.properties).length > 0);
        }
      });
    });
  }

  it("refers only to types it declares", () => {
    const refs = JSON.stringify(schema).match(/"#\/types\/[^"]+"/g) ?? [];
    for (const ref of refs) assert.ok(schema.types[JSON.parse(ref).slice("#/types/".length)], `${ref} is not declared`);
  });

  it("has the settings config.ts reads as config and provider inputs, keys secret", () => {
    const names = settings().map((s) => s.name);
    assert.deepEqual(Object.keys(schema.config.variables), names);
    assert.deepEqual(Object.keys(schema.provider.inputProperties), names);
    assert.ok(names.includes("portkeyApiKey"));
    assert.equal(schema.config.variables.portkeyApiKey!.secret, true);
    assert.equal(schema.config.variables.portkeyBaseUrl!.secret, undefined);
  });
});
