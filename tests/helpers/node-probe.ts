// Preloaded into every Node process an engine run starts (NODE_OPTIONS=--require),
// it appends one JSON line per process to $AIGOV_NODE_PROBE: the script the process
// runs. Tests read it to learn which copy of @pulumi/pulumi hosted the program and
// the dynamic provider. It writes nothing to stdout: the provider speaks over it.
import * as fs from "fs";

const log = process.env.AIGOV_NODE_PROBE;
const script = process.argv[1];
if (log && script && fs.existsSync(script)) {
  fs.appendFileSync(log, JSON.stringify({ pid: process.pid, script: fs.realpathSync(script), cwd: process.cwd() }) + "\n");
}
