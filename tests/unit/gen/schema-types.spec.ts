import { expect } from "chai";
import { inputType, NamedTypes, tsType, TypeNameConflict } from "../../../tools/gen/schema-types";

describe("TypeScript types from JSON schemas", () => {
  const rows: [string, Record<string, unknown>, string][] = [
    ["string", { type: "string", minLength: 1 }, "string"],
    ["integer", { type: "integer" }, "number"],
    ["boolean", { type: "boolean" }, "boolean"],
    ["enum as a literal union", { enum: ["a", "b"] }, '"a" | "b"'],
    ["array of a union", { type: "array", items: { enum: ["x", "y"] } }, '("x" | "y")[]'],
    ["map", { type: "object", additionalProperties: { type: "string" } }, "Record<string, string>"],
    [
      "closed object",
      { type: "object", required: ["a"], additionalProperties: false, properties: { a: { type: "string" }, b: { type: "number" } } },
      "{ a: string; b?: number }",
    ],
    ["open object", { type: "object", properties: { a: { type: "string" } } }, "{ a?: string; [key: string]: unknown }"],
    ["bare object", { type: "object" }, "Record<string, unknown>"],
    ["no type at all", {}, "unknown"],
  ];
  for (const [name, schema, want] of rows) it(name, () => expect(tsType(schema, new NamedTypes())).to.equal(want));

  it("a typeName is declared once and referred to by name", () => {
    const types = new NamedTypes();
    const limit = {
      typeName: "Limit",
      description: "A limit.",
      type: "object",
      additionalProperties: false,
      properties: { n: { type: "integer", description: "How many." } },
    };
    expect(tsType({ type: "array", items: limit }, types)).to.equal("Limit[]");
    expect(tsType(limit, types)).to.equal("Limit");
    expect(types.takeUsed()).to.deep.equal(["Limit"]);
    expect(types.declarations()).to.deep.equal(["/** A limit. */\nexport interface Limit {\n  /** How many. */\n  n?: number;\n}"]);
  });

  it("one name for two different types is refused", () => {
    const types = new NamedTypes();
    tsType({ typeName: "Mode", enum: ["a"] }, types);
    expect(() => tsType({ typeName: "Mode", enum: ["b"] }, types)).to.throw(TypeNameConflict, /Mode/);
  });

  it("arguments take Inputs, also inside arrays and maps", () => {
    const types = new NamedTypes();
    expect(inputType({ type: "array", items: { type: "string" } }, types)).to.equal("pulumi.Input<pulumi.Input<string>[]>");
    expect(inputType({ type: "object", additionalProperties: { type: "string" } }, types)).to.equal("pulumi.Input<Record<string, pulumi.Input<string>>>");
    expect(inputType({ type: "boolean" }, types)).to.equal("pulumi.Input<boolean>");
  });
});
