// Every resource of the registry through the native plugin on the real engine:
// create, quiet preview, update, refresh, drift and its repair, out-of-band
// deletion and recreation, import from the CLI, replace, destroy.
// One resource alone: `npx mocha dist/tests/e2e/native/lifecycle.spec.js --grep '^GatewayConfig through'`.
import { RESOURCES } from "../../../spec";
import { nativeLifecycle } from "../../helpers/native-lifecycle";
import { tableOf } from "../../helpers/tables";

for (const spec of RESOURCES) nativeLifecycle(tableOf(spec).lifecycle);
