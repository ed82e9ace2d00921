// The registry is the one list of resources: everything that lists resources
// elsewhere must agree with it, so a new resource cannot be half-wired.
import { expect } from "chai";
import * as fs from "fs";
import * as path from "path";
import * as sdk from "../../../index";
import { MODULES, typeToken } from "../../../provider/modules";
import { RESOURCES, VENDORS } from "../../../spec";
import { inputFields } from "../../../spec/core/types";
import { ROOT } from "../../helpers/paths";
import { tableOf } from "../../helpers/tables";

const kebab = (name: string) => name.replace(/[A-Z]/g, (c, i: number) => (i ? "-" : "") + c.toLowerCase());
const tsFiles = (dir: string) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(".ts"))
        .map((f) => f.slice(0, -3))
    : [];

describe("registry", () => {
  it("names every resource once, with a file name that is its type name in kebab-case", () => {
    const names = RESOURCES.map((r) => `${r.vendor}:${r.name}`);
    expect(new Set(names).size).to.equal(names.length);
    for (const r of RESOURCES) expect(r.file, r.name).to.equal(kebab(r.name));
    for (const r of RESOURCES) expect(VENDORS).to.include(r.vendor);
  });

  it("is the provider's module list, one engine type token per resource", () => {
    expect(MODULES.map((m) => m.spec)).to.deep.equal([...RESOURCES]);
    expect(MODULES.map(typeToken)).to.deep.equal(RESOURCES.map((r) => `pulumi-nodejs:dynamic/${r.vendor}:${r.name}`));
  });

  it("is what the SDK exports, vendor by vendor", () => {
    for (const vendor of VENDORS) {
      // Classes are the exported functions named in PascalCase.
      const classes = Object.entries(sdk[vendor])
        .filter(([k, v]) => typeof v === "function" && /^[A-Z]/.test(k))
        .map(([k]) => k);
      expect(classes.sort(), vendor).to.deep.equal(
        RESOURCES.filter((r) => r.vendor === vendor)
          .map((r) => r.name)
          .sort(),
      );
    }
  });

  it("has a spec file, and hook files only, for its resources", () => {
    for (const vendor of VENDORS) {
      const mine = RESOURCES.filter((r) => r.vendor === vendor).map((r) => r.file);
      expect(
        tsFiles(path.join(ROOT, "spec", vendor))
          .filter((f) => mine.includes(f))
          .sort(),
        vendor,
      ).to.deep.equal([...mine].sort());
      for (const hooks of tsFiles(path.join(ROOT, "provider", vendor)))
        expect(mine, `provider/${vendor}/${hooks}.ts has no resource in the registry`).to.include(hooks);
    }
  });

  it("has a test table for every resource, and none for a resource it lacks", () => {
    for (const vendor of VENDORS) {
      const tables = tsFiles(path.join(ROOT, "tests", "resources", vendor));
      expect(tables.sort(), vendor).to.deep.equal(
        RESOURCES.filter((r) => r.vendor === vendor)
          .map((r) => r.file)
          .sort(),
      );
    }
    for (const r of RESOURCES) {
      const t = tableOf(r);
      expect(t.lifecycle.type, r.file).to.equal(r.name);
      expect(t.lifecycle.vendor ?? "portkey", r.file).to.equal(r.vendor);
      expect(t.badInput.length, `${r.name}: bad-input cases`).to.be.at.least(4);
    }
  });

  it("names parents that exist, through input fields of the child", () => {
    for (const r of RESOURCES) {
      for (const p of r.parents ?? []) {
        expect(
          RESOURCES.some((o) => o.vendor === r.vendor && o.name === p.resource),
          `${r.name} -> ${p.resource}`,
        ).to.equal(true);
        expect(
          inputFields(r).map(([k]) => k),
          `${r.name}.${p.field}`,
        ).to.include(p.field);
      }
    }
  });

  it("gives import ids whose parts are fields, with an example of as many parts", () => {
    for (const r of RESOURCES) {
      const { parts, separator, example } = r.importId;
      for (const part of parts) expect(part === "id" || part in r.fields, `${r.name}: ${part}`).to.equal(true);
      expect(separator ? example.split(separator).length : 1, r.name).to.equal(parts.length);
    }
  });
});
