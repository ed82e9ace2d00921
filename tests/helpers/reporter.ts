// Mocha's spec reporter plus one plain closing line, "N passed, N failed",
// that any CI can read. A suite that has finished but cannot exit (a server,
// socket, child process or timer left open) fails after a grace period,
// naming what is still open, rather than hanging until CI's time limit.
import * as Mocha from "mocha";
import { describeOpenHandles } from "./open-handles";

const GRACE_MS = 20_000;

class SpecWithTotals extends Mocha.reporters.Spec {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const s = runner.stats!;
      const skipped = s.pending ? `, ${s.pending} skipped` : "";
      process.stdout.write(`\n${s.passes} passed, ${s.failures} failed${skipped}\n`);
      setTimeout(() => {
        const open = describeOpenHandles();
        process.stderr.write(
          `\nThe tests finished, but ${open.length} handle(s) kept the process alive ` +
            `for ${GRACE_MS / 1000} s:\n${open.map((h) => `  - ${h}`).join("\n")}\n`,
        );
        // Mocha sets the exit code from the failure count on "exit"; this
        // listener runs after its own.
        process.on("exit", () => (process.exitCode = 1));
        process.exit(1);
      }, GRACE_MS).unref();
    });
  }
}

export = SpecWithTotals;
