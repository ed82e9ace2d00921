// Build step: writes the native plugin's package schema next to the plugin's
// code (dist/provider/native/schema.json), from the registry.
import * as fs from "fs";
import * as path from "path";
import { packageSchema } from "./gen/package-schema";

const root = path.resolve(__dirname, "..", "..");
const version = (JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { version: string }).version;
const out = path.join(root, "dist", "provider", "native", "schema.json");
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(packageSchema(version), null, 2) + "\n");
