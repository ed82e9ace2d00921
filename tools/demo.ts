// `npm run demo`: starts the embedded Portkey emulator, runs a real `pulumi up`
// of examples/quickstart against it and prints the stack outputs.
import * as fs from "fs";
import * as path from "path";
import { startEmulator } from "../emulator";
import { ROOT } from "../tests/helpers/paths";
import { installExample, packPackage, quickstartStack } from "./quickstart";

async function main(): Promise<void> {
  const emulator = await startEmulator({ port: 0 });
  console.log(`emulator listening on ${emulator.url}`);
  try {
    packPackage();
    installExample();
    // The emulator starts empty each time, so the stack does too.
    const workDir = path.join(ROOT, ".e2e", "demo");
    fs.rmSync(workDir, { recursive: true, force: true });
    const stack = await quickstartStack({ portkeyBaseUrl: emulator.portkeyBaseUrl, portkeyKey: emulator.portkeyKey, workDir });
    const result = await stack.up({ onOutput: (s) => process.stdout.write(s) });
    console.log("\nStack outputs:");
    for (const [k, v] of Object.entries(result.outputs)) console.log(`  ${k}: ${v.secret ? "[secret]" : JSON.stringify(v.value)}`);
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
