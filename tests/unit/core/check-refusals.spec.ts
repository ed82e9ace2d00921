// What `check` refuses beyond each field's schema, for every resource of the
// registry: non-finite numbers, repeated keys and deep nesting in JSON, blank
// names, dot-segment import ids and bad provider settings. And what a failure
// may show: never a secret value (declared, or arrived as a Pulumi secret),
// never a huge one, never a URL's credentials.
import { expect } from "chai";
import { configureFrom } from "../../../provider/core/config";
import { SECRET_INPUTS_KEY } from "../../../provider/core/keys";
import { providerFor } from "../../../provider/core/module";
import { MAX_DEPTH } from "../../../provider/core/structure";
import { validateInputs } from "../../../provider/core/validate";
import { RESOURCES } from "../../../spec";
import { FieldSpec, inputFields, ResourceSpec } from "../../../spec/core/types";

type Failure = { property: string; reason: string };

async function check(spec: ResourceSpec, news: Record<string, unknown>): Promise<Failure[]> {
  return ((await providerFor(spec).check!({}, news)).failures ?? []) as Failure[];
}
const reasons = (spec: ResourceSpec, news: Record<string, unknown>) => validateInputs(spec, news).map((f) => f.reason);

const typeOf = (f: FieldSpec) => f.schema.type;
const numberFields = (spec: ResourceSpec) => inputFields(spec).filter(([, f]) => typeOf(f) === "number" || typeOf(f) === "integer");
const jsonFields = (spec: ResourceSpec) => inputFields(spec).filter(([, f]) => f.json);
const requiredStrings = (spec: ResourceSpec) =>
  inputFields(spec).filter(([, f]) => typeOf(f) === "string" && (f.required || Number(f.schema.minLength ?? 0) >= 1));

function nested(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

const SETTINGS = {
  "portkey:apiKey": "pk-check-test",
  "portkey:baseUrl": "https://api.portkey.test/v1",
  "toktra:apiKey": "tk-check-test",
  "toktra:apiUrl": "https://api.toktra.test",
};
const configure = (over: Record<string, string> = {}) => configureFrom({ get: (k) => (({ ...SETTINGS, ...over }) as Record<string, string | undefined>)[k] });

describe("check refuses what no schema can", () => {
  before(() => configure());

  for (const spec of RESOURCES) {
    describe(spec.name, () => {
      for (const [key] of numberFields(spec)) {
        for (const bad of [Infinity, -Infinity, NaN]) {
          it(`${key} = ${bad}`, () =>
            expect(reasons(spec, { [key]: bad })).to.include(
              `${spec.name}.${key} must be a finite number, not ${bad} (JSON has no Infinity or NaN: it would be sent as null)`,
            ));
        }
      }
      for (const [key] of jsonFields(spec)) {
        it(`${key}: a non-finite number anywhere inside`, () => {
          expect(reasons(spec, { [key]: [{ deep: { n: [1, Infinity] } }] })).to.include(
            `${spec.name}.${key}[0].deep.n[1] must be a finite number, not Infinity (JSON has no Infinity or NaN: it would be sent as null)`,
          );
        });
        for (const [text, dup] of [
          ['{"a": 1, "a": 2}', "a"],
          ['[{"x": {"k": 1, "j": 2, "k": 3}}]', "k"],
          ['{"\\u0061": 1, "a": 2}', "a"],
        ] as const) {
          it(`${key}: the key "${dup}" twice in ${text}`, () => {
            const shown = spec.fields[key]!.secret ? "" : `"${dup}" `;
            expect(reasons(spec, { [key]: text })).to.include(
              `${spec.name}.${key} has the key ${shown}twice in one object; JSON keeps only the last, so remove the repeat`,
            );
          });
        }
        it(`${key}: the same key in two objects is fine`, () =>
          expect(reasons(spec, { [key]: '[{"a": 1}, {"a": 2, "b": {"a": 3}}]' }).join()).not.to.match(/twice/));
        for (const depth of [MAX_DEPTH + 1, 2_000, 100_000]) {
          for (const form of ["object", "JSON string"] as const) {
            it(`${key}: nested ${depth} levels as ${form === "object" ? "an" : "a"} ${form}`, () => {
              const value = form === "object" ? nested(depth) : "[".repeat(depth) + "]".repeat(depth);
              expect(reasons(spec, { [key]: value })).to.include(
                `${spec.name}.${key} nests deeper than ${MAX_DEPTH} levels; flatten it (no real setting needs that depth)`,
              );
            });
          }
        }
        it(`${key}: nested ${MAX_DEPTH} levels is not refused for its depth`, () => {
          expect(reasons(spec, { [key]: nested(MAX_DEPTH) }).join()).not.to.match(/nests deeper/);
          expect(reasons(spec, { [key]: "[".repeat(MAX_DEPTH) + "]".repeat(MAX_DEPTH) }).join()).not.to.match(/nests deeper/);
        });
      }
      for (const [key] of requiredStrings(spec)) {
        // A field with a format, pattern or list of values refuses blanks by that rule already.
        const plain = ["format", "pattern", "enum"].every((k) => spec.fields[key]!.schema[k] === undefined);
        for (const blank of [" ", "   ", "\t\n", "\u00a0"]) {
          it(`${key} = ${JSON.stringify(blank)}`, () => {
            const said = reasons(spec, { [key]: blank }).filter((r) => r.startsWith(`${spec.name}.${key} `));
            if (plain) expect(said).to.deep.equal([`${spec.name}.${key} must not be blank: give a name with at least one character other than spaces`]);
            else expect(said).to.have.length.greaterThan(0);
          });
        }
        it(`${key} with spaces around a name is not blank`, () => expect(reasons(spec, { [key]: "  a  " }).join()).not.to.match(/blank/));
      }
    });
  }
});

describe("check never shows a secret, a huge value or a URL's credentials", () => {
  before(() => configure());

  for (const spec of RESOURCES) {
    // A value each input field refuses, whatever its type: a string of the wrong shape, or a number where a string goes.
    for (const [key, field] of inputFields(spec)) {
      const value = typeOf(field) === "string" ? (field.json ? "{not json: secret-7e1f}" : 12345678) : `secret-7e1f-${key}`;
      it(`${spec.name}.${key}: a refused value that arrived secret names no property and is not quoted`, async () => {
        const failures = (await check(spec, { [key]: value, [SECRET_INPUTS_KEY]: [key] })).filter((f) => f.reason.startsWith(`${spec.name}.${key}`));
        for (const f of failures) {
          expect(f.property).to.equal("");
          expect(f.reason).not.to.include("secret-7e1f");
          expect(f.reason).not.to.include("12345678");
        }
      });
    }
    const named = inputFields(spec).find(
      ([, f]) =>
        typeOf(f) === "string" && !f.secret && !f.json && (f.schema.maxLength !== undefined || f.schema.format !== undefined || f.schema.enum !== undefined),
    );
    if (named) {
      const [key] = named;
      it(`${spec.name}.${key}: a short plain value keeps its property, so the engine can show it`, async () => {
        const failures = await check(spec, { [key]: 42 });
        expect(failures.find((f) => f.reason.startsWith(`${spec.name}.${key}`))?.property).to.equal(key);
      });
      for (const [what, value] of [
        ["a 1 MB value", "m".repeat(1_000_000)],
        ["a URL with credentials", "http://u:pw-77aa@[zz/v1"],
      ] as const) {
        it(`${spec.name}.${key}: ${what} names no property, and no reason quotes it`, async () => {
          const failures = (await check(spec, { [key]: value })).filter((f) => f.reason.startsWith(`${spec.name}.${key}`));
          for (const f of failures) {
            expect(f.property).to.equal("");
            expect(f.reason.length).to.be.below(500);
            expect(f.reason).not.to.include("pw-77aa");
          }
        });
      }
    }
    it(`${spec.name}: an unknown argument with a 1 MB name is named capped`, async () => {
      const failures = (await check(spec, { ["k".repeat(1_000_000)]: 1 })).filter((f) => f.reason.includes("is not a known argument"));
      expect(failures).to.have.length(1);
      expect(failures[0]!.property).to.equal("");
      expect(failures[0]!.reason).to.match(new RegExp(`^${spec.name}\\.k{60}\\.\\.\\. \\(1000000 characters\\) is not a known argument`));
    });
  }
});

describe("check refuses bad provider settings at preview", () => {
  after(() => configure());
  // [setting, value, what the reason says]
  const rows: [string, string, RegExp][] = [
    ["baseUrl", "http://u:pw-77aa@[zz/v1", /baseUrl \([A-Z]+_BASE_URL\) is not a valid URL: "http:\/\/\*\*\*@\[zz\/v1"; give one like https:\/\//],
    ["baseUrl", "http://api.example.com/v1", /baseUrl \([A-Z]+_BASE_URL\) must use https/],
    ["baseUrl", "https://user:pass@api.example.com/v1", /baseUrl \([A-Z]+_BASE_URL\) must not carry credentials/],
    ["baseUrl", "not a url", /is not a valid URL: "not a url"/],
    ["maxRetries", "-1", /maxRetries \([A-Z]+_MAX_RETRIES\) must be a whole number from 0 to 100, got "-1"/],
    ["maxRetries", "three", /must be a whole number from 0 to 100, got "three"/],
    ["maxRetries", "1e9", /must be a whole number from 0 to 100, got "1e9"/],
  ];
  for (const spec of [RESOURCES.find((r) => r.vendor === "portkey")!, RESOURCES.find((r) => r.vendor === "toktra")!]) {
    for (const [portkeySetting, value, portkeySaid] of rows) {
      // Toktra's address is apiUrl (TOKTRA_API_URL), as its Terraform provider names it.
      const toktra = spec.vendor === "toktra" && portkeySetting === "baseUrl";
      const setting = toktra ? "apiUrl" : portkeySetting;
      const said = toktra ? new RegExp(portkeySaid.source.replace("baseUrl \\([A-Z]+_BASE_URL\\)", "apiUrl \\(TOKTRA_API_URL\\)")) : portkeySaid;
      it(`${spec.name}: ${spec.vendor}:${setting} = ${JSON.stringify(value)}`, async () => {
        configure({ [`${spec.vendor}:${setting}`]: value });
        const failures = await check(spec, {});
        const f = failures.find((x) => x.reason.startsWith(`${spec.name}: ${spec.vendor}:${setting}`));
        expect(f?.reason).to.match(said);
        expect(f?.property).to.equal("");
        for (const x of failures) expect(x.reason).not.to.match(/pw-77aa|user:pass/);
      });
    }
  }
  it("the other vendor's settings do not fail a resource", async () => {
    configure({ "toktra:apiUrl": "not a url" });
    const portkey = RESOURCES.find((r) => r.vendor === "portkey")!;
    expect((await check(portkey, {})).map((f) => f.reason).join()).not.to.match(/apiUrl|baseUrl/);
  });
});
