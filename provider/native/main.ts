// Entry point of the plugin `pulumi-resource-aigov`. The engine starts it with
// its own address as the first argument and reads the port from the first
// line on stdout, so nothing else may be written there.
import { engineAddress, logToEngine } from "./engine-log";
import { serve } from "./server";

const [major] = process.versions.node.split(".").map(Number);
if ((major ?? 0) < 22) {
  process.stderr.write(`pulumi-resource-aigov needs Node.js 22 or later on PATH; found ${process.versions.node}\n`);
  process.exit(1);
}

const address = engineAddress(process.argv.slice(2));
if (address) logToEngine(address);

serve().then(
  (port) => process.stdout.write(`${port}\n`),
  (e: unknown) => {
    process.stderr.write(`pulumi-resource-aigov: cannot serve: ${(e as Error).message}\n`);
    process.exit(1);
  },
);
