// Every resource of the registry lives its whole life on the real engine, each
// against an emulator of its own (see tests/helpers/lifecycle.ts for the steps).
// One resource alone: `npx mocha dist/tests/e2e/lifecycle.spec.js --grep '^GatewayConfig end'`.
import { RESOURCES } from "../../spec";
import { lifecycle } from "../helpers/lifecycle";
import { tableOf } from "../helpers/tables";

for (const spec of RESOURCES) lifecycle(tableOf(spec).lifecycle);
