// `npm run demo`: starts the embedded emulator, installs this checkout's build as
// the package, and runs a real `pulumi up` of the root project (Pulumi.yaml, which
// runs examples/quickstart) with the pulumi CLI, then prints the stack outputs.
import * as fs from "fs";
import * as path from "path";
import { startEmulator } from "../../emulator";
import { PulumiCli } from "../../tests/helpers/cli";
import { installBuild, ROOT } from "./install";

const STACK = "demo";
import { DEMO_OPENAI_KEY } from "../quickstart";

async function main(): Promise<void> {
  const emulator = await startEmulator({ port: 0 });
  console.log(`emulator listening on ${emulator.url}`);
  try {
    installBuild();
    // The emulator starts empty each time, so the stack does too.
    const workDir = path.join(ROOT, ".e2e", "demo");
    fs.rmSync(workDir, { recursive: true, force: true });
    fs.rmSync(path.join(ROOT, `Pulumi.${STACK}.yaml`), { force: true });
    const cli = new PulumiCli({ projectDir: ROOT, workDir, stack: STACK });
    await cli.stackInit();
    await cli.configSet("portkey:baseUrl", emulator.portkeyBaseUrl);
    await cli.configSet("portkey:apiKey", emulator.portkeyKey, { secret: true });
    await cli.configSet("openaiApiKey", DEMO_OPENAI_KEY, { secret: true });
    const up = await cli.up();
    process.stdout.write(cli.redact(up.stdout));
    const created = emulator.journal().filter((e) => e.method === "POST" || (e.method === "PUT" && e.path.endsWith("/workspaces")));
    console.log(`\nCreated in the emulator: ${created.map((e) => `${e.method} ${e.path}`).join(", ")}`);
  } finally {
    await emulator.close();
  }
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
