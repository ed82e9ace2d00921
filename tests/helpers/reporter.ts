// Mocha's spec reporter plus one plain closing line, "N passed, N failed",
// that any CI can read. A suite that has finished but cannot exit (a server,
// socket, child process or timer left open) fails after a grace period,
// naming what is still open, rather than hanging until CI's time limit. The
// slowest files are listed at the end, to keep the suite's time in view.
import * as path from "path";
import * as Mocha from "mocha";
import { describeOpenHandles } from "./open-handles";

const GRACE_MS = 20_000;
const SLOWEST = 12;

/** Wall time per spec file, from its top-level suites. */
function timePerFile(runner: Mocha.Runner): Map<string, number> {
  const ms = new Map<string, number>();
  const started = new Map<Mocha.Suite, number>();
  runner.on(Mocha.Runner.constants.EVENT_SUITE_BEGIN, (suite) => suite.file && started.set(suite, Date.now()));
  runner.on(Mocha.Runner.constants.EVENT_SUITE_END, (suite) => {
    const t = started.get(suite);
    if (t === undefined || suite.parent?.file === suite.file) return;
    const file = path.relative(process.cwd(), suite.file!);
    ms.set(file, (ms.get(file) ?? 0) + Date.now() - t);
  });
  return ms;
}

function slowest(ms: Map<string, number>): string {
  const rows = [...ms].sort((a, b) => b[1] - a[1]).slice(0, SLOWEST);
  return `\nSlowest files:\n${rows.map(([f, t]) => `  ${(t / 60_000).toFixed(1).padStart(5)} min  ${f}`).join("\n")}\n`;
}

class SpecWithTotals extends Mocha.reporters.Spec {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    const perFile = timePerFile(runner);
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const s = runner.stats!;
      process.stdout.write(slowest(perFile));
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
