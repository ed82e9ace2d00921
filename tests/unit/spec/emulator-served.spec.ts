// Each vendor's emulator says which Pulumi resource classes it serves; that
// list must be the registry's, so a resource cannot ship without an emulated
// API (or an emulated API outlive its resource). The emulator itself never
// reads the registry: it judges the provider independently.
import { expect } from "chai";
import * as fs from "fs";
import * as path from "path";
import * as portkey from "../../../emulator/portkey";
import * as toktra from "../../../emulator/toktra";
import { resourcesOf, VENDORS } from "../../../spec";
import type { Vendor } from "../../../spec/core/types";
import { ROOT } from "../../helpers/paths";

const EMULATORS: Record<Vendor, Record<string, unknown>> = { portkey, toktra };

describe("emulator coverage", () => {
  for (const vendor of VENDORS) {
    describe(vendor, () => {
      const served = EMULATORS[vendor].SERVED;

      it("lists the resource classes it serves (SERVED)", () => {
        expect(served, `emulator/${vendor}/index.ts exports no SERVED list`).to.be.an("array");
      });

      it("serves exactly the registry's resources", () => {
        const registry = resourcesOf(vendor).map((r) => r.name);
        const list = (served ?? []) as string[];
        expect(
          list.filter((n) => !registry.includes(n)),
          "served but not in the registry",
        ).to.deep.equal([]);
        expect(
          registry.filter((n) => !list.includes(n)),
          "in the registry but not served",
        ).to.deep.equal([]);
        expect(new Set(list).size, "listed twice").to.equal(list.length);
      });

      if (vendor === "portkey") {
        it("keeps one emulator file per resource, named as in spec/", () => {
          for (const r of resourcesOf(vendor)) {
            expect(fs.existsSync(path.join(ROOT, "emulator", vendor, `${r.file}.ts`)), `emulator/${vendor}/${r.file}.ts`).to.equal(true);
          }
        });
      }
    });
  }
});
