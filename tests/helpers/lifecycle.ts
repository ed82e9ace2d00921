// The life of one resource under the real engine, as a user lives it:
// create, no-op preview, update, drift, out-of-band deletion, replacement,
// import and destroy, with the API calls each step makes.
import { strict as assert } from "assert";
import type * as auto from "@pulumi/pulumi/automation";
import { api, calls, Emulator, targetOf, useEmulator, Vendor } from "./emulator";
import { Sdk, sdk } from "./installed";
import { newStack, noChanges } from "./stack";

export type Variant = "base" | "updated" | "replaced";
type Outputs = Record<string, unknown>;

export interface LifecycleCase {
  type: string;
  /** The API the object lives in; Portkey unless given. */
  vendor?: Vendor;
  /**
   * Declares the resource under test plus what it needs, and exports their ids.
   * With `imp`, it adopts the live object and refers to the prerequisites of the
   * first stack (`imp.from`, that stack's outputs) instead of declaring new ones.
   */
  program(s: Sdk, variant: Variant, imp?: { importId: string; from: Outputs }): Outputs;
  /** False for types the API lets change in place entirely (workspaces, SSO configurations). */
  hasImmutableFields: boolean;
  /** Changes the object behind the engine's back (absent with `replaceOnly`). */
  drift?(a: ReturnType<typeof api>, out: Outputs): Promise<void>;
  /** True when the live object holds the drifted value. */
  drifted?(a: ReturnType<typeof api>, out: Outputs): Promise<boolean>;
  /**
   * For types the API cannot change at all (no update endpoint: invites). The
   * update step then expects a replacement that preview announces, and the
   * drift step makes `outOfBand` happen, which must change no input.
   */
  replaceOnly?: { outOfBand(a: ReturnType<typeof api>, out: Outputs): Promise<void> };
  /** Deletes the object behind the engine's back. */
  removeOutOfBand(a: ReturnType<typeof api>, out: Outputs): Promise<void>;
  /** How many live objects of this type the API shows. */
  count(a: ReturnType<typeof api>, out: Outputs): Promise<number>;
  /** The import id (in the Terraform provider's format) for the live object. */
  importId(out: Outputs): string;
  /** A program input that differs from the live object, for the failing-import case. */
  mismatchField: string;
}

/** The stack's outputs as plain values. */
export async function outputsOf(stack: auto.Stack): Promise<Outputs> {
  const raw = await stack.outputs();
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v.value]));
}

/** Runs `preview` and asserts it proposes nothing and calls no API. */
export async function expectQuietPreview(stack: auto.Stack, emu: Emulator, when: string): Promise<void> {
  emu.journal(); // read to make sure it exists
  const before = calls(emu).length;
  const res = await stack.preview();
  assert.ok(noChanges(res.changeSummary as Record<string, number>), `${when}: preview proposed changes: ${JSON.stringify(res.changeSummary)}`);
  assert.deepEqual(calls(emu).slice(before), [], `${when}: preview called the API`);
}

/** What the shared steps need of the block that runs them: its stack, its emulator, the outputs so far. */
export interface StepContext {
  stack(): auto.Stack;
  emulator(): Emulator;
  out(): Outputs;
  setOut(out: Outputs): void;
}

/**
 * The steps behind the engine's back, for either hosting: drift that refresh
 * detects and up repairs (or, for types the API cannot change, an out-of-band
 * act that changes no input), then an object deleted out of band that refresh
 * drops and up recreates.
 */
export function outOfBandSteps(c: LifecycleCase, ctx: StepContext): void {
  const direct = () => api(ctx.emulator(), c.vendor);
  if (c.replaceOnly) {
    it("drift: nothing the API allows out of band changes an input; refresh and preview stay quiet", async () => {
      await c.replaceOnly!.outOfBand(direct(), ctx.out());
      const refreshed = await ctx.stack().refresh();
      assert.equal(refreshed.summary.resourceChanges?.update ?? 0, 0, JSON.stringify(refreshed.summary.resourceChanges));
      await expectQuietPreview(ctx.stack(), ctx.emulator(), "after refresh");
    });
  } else {
    it("drift: refresh detects an out-of-band change and up repairs it", async () => {
      const a = direct();
      await c.drift!(a, ctx.out());
      const refreshed = await ctx.stack().refresh();
      assert.equal(
        refreshed.summary.resourceChanges?.update,
        1,
        `refresh should record the drift: ${JSON.stringify(refreshed.summary.resourceChanges)}\n${refreshed.stdout}`,
      );
      const plan = await ctx.stack().preview();
      assert.equal(plan.changeSummary.update, 1, `preview should propose the repair: ${JSON.stringify(plan.changeSummary)}`);
      await ctx.stack().up();
      assert.equal(await c.drifted!(a, ctx.out()), false, "up should have put the program's value back");
      await expectQuietPreview(ctx.stack(), ctx.emulator(), "after repair");
      await ctx.stack().refresh();
      await expectQuietPreview(ctx.stack(), ctx.emulator(), "after refresh");
    });
  }

  it("deletion: refresh drops an object deleted out of band and up recreates it", async () => {
    const a = direct();
    await c.removeOutOfBand(a, ctx.out());
    assert.equal(await c.count(a, ctx.out()), 0);
    const refreshed = await ctx.stack().refresh();
    assert.equal(refreshed.summary.resourceChanges?.delete, 1, JSON.stringify(refreshed.summary.resourceChanges));
    const res = await ctx.stack().up();
    assert.equal(res.summary.resourceChanges?.create, 1, JSON.stringify(res.summary.resourceChanges));
    ctx.setOut(await outputsOf(ctx.stack()));
    assert.equal(await c.count(a, ctx.out()), 1);
    await expectQuietPreview(ctx.stack(), ctx.emulator(), "after recreate");
  });
}

/** The whole life of one resource, against an emulator of its own. */
export function lifecycle(c: LifecycleCase): void {
  describe(`${c.type} end to end (real engine)`, function () {
    this.timeout(300_000);
    const emulator = useEmulator();
    let variant: Variant = "base";
    let stack: auto.Stack;
    let out: Outputs = {};
    const direct = () => api(emulator(), c.vendor);

    before(async () => {
      const s = sdk();
      stack = await newStack(async () => c.program(s, variant), targetOf(emulator()));
    });

    it("create: up creates it, then preview shows no changes and calls nothing", async () => {
      const res = await stack.up();
      assert.ok((res.summary.resourceChanges?.create ?? 0) >= 1);
      out = await outputsOf(stack);
      assert.equal(await c.count(direct(), out), 1);
      await expectQuietPreview(stack, emulator(), "after create");
    });

    if (c.replaceOnly) {
      it("update: every change replaces the object, and preview says so", async () => {
        variant = "updated";
        const plan = await stack.preview();
        assert.deepEqual([plan.changeSummary.replace, plan.changeSummary.update ?? 0], [1, 0], JSON.stringify(plan.changeSummary));
        const res = await stack.up();
        assert.deepEqual([res.summary.resourceChanges?.replace, res.summary.resourceChanges?.update ?? 0], [1, 0], JSON.stringify(res.summary.resourceChanges));
        out = await outputsOf(stack);
        assert.equal(await c.count(direct(), out), 1, "the old object should be gone");
        await expectQuietPreview(stack, emulator(), "after update");
      });
    } else {
      it("update: a changed mutable field updates in place", async () => {
        variant = "updated";
        const res = await stack.up();
        assert.equal(res.summary.resourceChanges?.update, 1, JSON.stringify(res.summary.resourceChanges));
        assert.equal(res.summary.resourceChanges?.replace ?? 0, 0);
        out = await outputsOf(stack);
        await expectQuietPreview(stack, emulator(), "after update");
      });
    }

    outOfBandSteps(c, { stack: () => stack, emulator, out: () => out, setOut: (o) => (out = o) });

    it(
      c.hasImmutableFields
        ? "replace: changing an immutable field replaces the object"
        : "replace: no field forces a replacement; changing them all updates in place",
      async () => {
        variant = "replaced";
        const res = await stack.up();
        const changes = res.summary.resourceChanges ?? {};
        if (c.hasImmutableFields) assert.equal(changes.replace, 1, JSON.stringify(changes));
        else assert.deepEqual([changes.update, changes.replace ?? 0], [1, 0], JSON.stringify(changes));
        out = await outputsOf(stack);
        assert.equal(await c.count(direct(), out), 1, "the old object should be gone");
        await expectQuietPreview(stack, emulator(), "after replace");
      },
    );

    it("import: { import: id } adopts the live object without creating one", async () => {
      const s = sdk();
      const id = c.importId(out);
      const target = targetOf(emulator());
      const from = out;
      const mismatched = await newStack(async () => c.program(s, "base", { importId: id, from }), target);
      await assert.rejects(mismatched.up(), (err: Error) => {
        assert.match(err.message, /do not match the existing object/);
        assert.match(err.message, new RegExp(c.mismatchField));
        return true;
      });
      const adopting = await newStack(async () => c.program(s, "replaced", { importId: id, from }), target);
      const before = calls(emulator()).length;
      const res = await adopting.up();
      assert.ok((res.summary.resourceChanges?.create ?? 0) >= 1);
      assert.equal(await c.count(direct(), out), 1, "import must not create a second object");
      assert.ok(calls(emulator()).slice(before).length > 0);
      await expectQuietPreview(adopting, emulator(), "after import");
    });

    it("destroy: leaves nothing behind in the emulator", async () => {
      await stack.destroy();
      assert.equal(await c.count(direct(), out), 0);
    });
  });
}
