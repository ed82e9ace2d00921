// The same table-driven life as tests/helpers/lifecycle.ts, through the native
// plugin: the table's program runs on `pulumi-aigov/native` (the same class
// names and args), the engine finds the plugin through the project's plugins.
// After the update come the same drift and out-of-band deletion steps; then the
// live object is imported with `pulumi import` from the CLI into a project of its own.
import { strict as assert } from "assert";
import type * as auto from "@pulumi/pulumi/automation";
import { api, targetOf, useEmulator } from "./emulator";
import { nativeSdk, Sdk } from "./installed";
import { expectQuietPreview, LifecycleCase, outOfBandSteps, outputsOf, Variant } from "./lifecycle";
import { importFromCli } from "./native-import";
import { resourceNamed } from "../../spec";
import { newStack } from "./stack";

type Outputs = Record<string, unknown>;

/** Native resources of the stack, by type token. */
async function nativeTypes(stack: auto.Stack): Promise<string[]> {
  const state = await stack.exportStack();
  const resources = (state.deployment as { resources?: { type: string }[] }).resources ?? [];
  return resources.map((r) => r.type).filter((t) => t.startsWith("aigov:"));
}

export function nativeLifecycle(c: LifecycleCase): void {
  describe(`${c.type} through the native plugin (real engine)`, function () {
    this.timeout(300_000);
    const emulator = useEmulator();
    let variant: Variant = "base";
    let stack: auto.Stack;
    let out: Outputs = {};
    const direct = () => api(emulator(), c.vendor);

    before(async () => {
      const s = nativeSdk() as unknown as Sdk;
      stack = await newStack(async () => c.program(s, variant), targetOf(emulator()), "aigov-native");
    });

    it("create: up creates it under a native token, then preview shows no changes and calls nothing", async () => {
      const res = await stack.up();
      assert.ok((res.summary.resourceChanges?.create ?? 0) >= 1);
      out = await outputsOf(stack);
      assert.equal(await c.count(direct(), out), 1);
      assert.ok((await nativeTypes(stack)).includes(`aigov:${c.vendor ?? "portkey"}:${c.type}`), "the state should hold the native type token");
      await expectQuietPreview(stack, emulator(), "after create");
    });

    it(
      c.replaceOnly
        ? "update: every change replaces the object; refresh then preview stay quiet"
        : "update: a changed mutable field updates in place; refresh then preview stay quiet",
      async () => {
        variant = "updated";
        const res = await stack.up();
        const changes = res.summary.resourceChanges ?? {};
        // A type with no update endpoint (an invite) replaces on every change, and must never update.
        if (c.replaceOnly) assert.deepEqual([changes.replace, changes.update ?? 0], [1, 0], JSON.stringify(changes));
        else assert.deepEqual([changes.update, changes.replace ?? 0], [1, 0], JSON.stringify(changes));
        out = await outputsOf(stack);
        await expectQuietPreview(stack, emulator(), "after update");
        await stack.refresh();
        await expectQuietPreview(stack, emulator(), "after refresh");
      },
    );

    outOfBandSteps(c, { stack: () => stack, emulator, out: () => out, setOut: (o) => (out = o) });

    it("import: `pulumi import` from the CLI only reads; the generated program previews quietly, or names the write-only secret to add", async () => {
      await importFromCli(resourceNamed(c.type)!, emulator(), c.importId(out));
    });

    it(c.hasImmutableFields ? "replace: changing an immutable field replaces the object" : "replace: changing every field updates in place", async () => {
      variant = "replaced";
      const res = await stack.up();
      const changes = res.summary.resourceChanges ?? {};
      if (c.hasImmutableFields) assert.equal(changes.replace, 1, JSON.stringify(changes));
      else assert.deepEqual([changes.update, changes.replace ?? 0], [1, 0], JSON.stringify(changes));
      out = await outputsOf(stack);
      assert.equal(await c.count(direct(), out), 1, "the old object should be gone");
      await expectQuietPreview(stack, emulator(), "after replace");
    });

    it("destroy: leaves nothing behind in the emulator", async () => {
      await stack.destroy();
      assert.equal(await c.count(direct(), out), 0);
    });
  });
}
