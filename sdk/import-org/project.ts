// The project import-org writes: Pulumi.yaml, package.json, index.ts and a
// README that lists the values to set before `pulumi up`.
import * as fs from "fs";
import * as path from "path";
import type { Vendor } from "../../spec/core/types";
import { urlSettingOf } from "../../provider/core/config";
import { nativeName } from "../../provider/native/settings";
import { ImportOrgError } from "./errors";
import type { Found } from "./model";
import type { Placeholder } from "./placeholders";
import { generateProgram } from "./program";

export interface ProjectOptions {
  vendor: Vendor;
  out: string;
  /** The API base URL the objects were read from; the project's default for `portkey:baseUrl` / `toktra:apiUrl`. */
  baseUrl: string;
  workspace?: string;
  /** The classes of `pulumi-aigov/native`, adopted by the engine's own import (`= imported`). */
  native?: boolean;
}

export interface Written {
  files: string[];
  placeholders: Placeholder[];
  counts: Record<string, number>;
}

function ownPackage(): { version: string; peerDependencies?: Record<string, string> } {
  for (let d = __dirname; d !== path.dirname(d); d = path.dirname(d)) {
    const file = path.join(d, "package.json");
    if (fs.existsSync(file)) {
      const pkg = JSON.parse(fs.readFileSync(file, "utf8")) as { name?: string; version: string };
      if (pkg.name === "pulumi-aigov") return pkg;
    }
  }
  throw new Error("pulumi-aigov's package.json not found above " + __dirname);
}

function packageJson(name: string): string {
  const own = ownPackage();
  const oldest = /(\d+\.\d+\.\d+)/.exec(own.peerDependencies?.["@pulumi/pulumi"] ?? "")?.[1] ?? "3.0.0";
  const pkg = { name, private: true, main: "index.ts", dependencies: { "@pulumi/pulumi": `^${oldest}`, "pulumi-aigov": `^${own.version}` } };
  return JSON.stringify(pkg, null, 2) + "\n";
}

/** A stack setting's key in the hosting the project uses: `portkey:apiKey` or `aigov:portkeyApiKey`. */
export function settingKey(dynamicKey: string, native: boolean | undefined): string {
  return native ? `aigov:${nativeName(dynamicKey)}` : dynamicKey;
}

/** The plugin in the installed package, found through Pulumi.yaml with no download. */
const PLUGIN = "plugins:\n  providers:\n    - name: aigov\n      path: ./node_modules/pulumi-aigov/bin\n";

function pulumiYaml(name: string, opts: ProjectOptions): string {
  const scope = opts.workspace ? ` (workspace ${opts.workspace})` : "";
  const url = settingKey(urlSettingOf(opts.vendor), opts.native);
  const head = `name: ${name}\nruntime: nodejs\ndescription: The ${opts.vendor} organisation${scope} as it was, adopted by pulumi-aigov import-org.\n`;
  return `${head}${opts.native ? PLUGIN : ""}config:\n  ${url}:\n    value: ${JSON.stringify(opts.baseUrl)}\n`;
}

export function countsOf(found: Found[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of found) counts[f.spec.name] = (counts[f.spec.name] ?? 0) + 1;
  return counts;
}

/** The `pulumi config set` line for a placeholder. */
export function setLine(p: Placeholder): string {
  return `pulumi config set ${p.secret ? "--secret " : ""}${p.key} <value>`;
}

const hosting = (native: boolean | undefined) =>
  native
    ? "it runs on the native plugin `aigov` of the installed package (the `plugins` entry of Pulumi.yaml), so the engine imports each object (`= imported`)"
    : "it runs on the dynamic provider the SDK hosts (no plugin to install)";

const IGNORED =
  "The engine's import refuses inputs that differ from what the API returns, and the API never returns a write-only value: such values carry `ignoreChanges`. Drop a field from `ignoreChanges` to manage it; the next `pulumi up` then writes the configured value once.";

export function readme(name: string, opts: ProjectOptions, found: Found[], placeholders: Placeholder[]): string {
  const counts = Object.entries(countsOf(found)).map(([t, n]) => `| ${t} | ${n} |`);
  const line = (p: Placeholder) =>
    `| \`${p.key}\` | ${p.resourceType} \`${p.resourceName}\` | \`${p.field}\` | ${p.required ? "required" : "optional: leave unset to keep it unmanaged"}${p.hint ? `; ${p.hint}` : ""} |`;
  return [
    `# ${name}`,
    "",
    `The ${opts.vendor} organisation${opts.workspace ? ` (workspace \`${opts.workspace}\` and the organisation-level objects it uses)` : ""} as \`pulumi-aigov import-org\` read it from ${opts.baseUrl}. Every object is declared with the \`import\` option, so the first \`pulumi up\` adopts it instead of creating it.`,
    "",
    "| Resource | Objects |",
    "|---|---|",
    ...counts,
    "",
    "## Adopt",
    "",
    "```sh",
    "npm install",
    "pulumi stack init <stack>",
    `pulumi config set --secret ${settingKey(`${opts.vendor}:apiKey`, opts.native)} <key>`,
    ...placeholders.filter((p) => p.required).map(setLine),
    `pulumi up            # adopts every object${opts.native ? " (= imported)" : ""}: no object is created, changed or deleted at the API`,
    "pulumi preview       # no changes",
    "```",
    "",
    "## Values to fill in",
    "",
    "The API never returns secrets and write-only values, so they are read from stack config. Set each with the command above (`--secret` keeps it encrypted). Required values must be set before `pulumi up`; optional ones are managed once set.",
    "",
    ...(placeholders.length ? ["| Config key | Resource | Field | |", "|---|---|---|---|", ...placeholders.map(line)] : ["None."]),
    "",
    "## Why this program, and not `pulumi import --file`",
    "",
    `Pulumi's bulk import generates code from a native provider's schema. This program is written from the package's own resource descriptions instead: ${hosting(opts.native)}, and a child names its parent through the parent's variable (\`workspaceId: ws.id\`), where generated import code pastes the id.`,
    "",
    "After adoption the `import` options may be removed; they are ignored once the objects are in the stack.",
    ...(opts.native ? ["", IGNORED] : []),
    "",
  ].join("\n");
}

/** Refused before anything is read: a folder with files in it, which the project would overwrite. */
export function checkOut(out: string): void {
  if (fs.existsSync(out) && fs.readdirSync(out).length > 0) {
    throw new ImportOrgError(`--out ${out}: the folder is not empty; give a new or empty folder so nothing of yours is overwritten`);
  }
}

/**
 * The engine's import checks the program's inputs with each write-only value
 * left as the API returns it, that is absent: an object whose write-only value
 * is required cannot be imported natively (Toktra's connectors and their credentials).
 */
function checkNative(placeholders: Placeholder[]): void {
  const p = placeholders.find((x) => x.required);
  if (p)
    throw new ImportOrgError(
      `--native: ${p.resourceType} "${p.resourceName}" requires ${p.field}, which the API never returns, so the engine's import cannot adopt it; leave --native out and the dynamic classes adopt it`,
    );
}

export function writeProject(found: Found[], opts: ProjectOptions): Written {
  checkOut(opts.out);
  if (found.length === 0) throw new ImportOrgError(`the ${opts.vendor} organisation has nothing to import`);
  const name = path.basename(path.resolve(opts.out)).replace(/[^A-Za-z0-9_.-]+/g, "-") || "adopted";
  const header = `// The ${opts.vendor} organisation as pulumi-aigov import-org read it. \`pulumi up\` adopts each object (the \`import\` option).`;
  const program = generateProgram(found, header, opts.native);
  if (opts.native) checkNative(program.placeholders);
  const files: Record<string, string> = {
    "Pulumi.yaml": pulumiYaml(name, opts),
    "package.json": packageJson(name),
    "index.ts": program.source,
    "README.md": readme(name, opts, found, program.placeholders),
  };
  fs.mkdirSync(opts.out, { recursive: true });
  for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(opts.out, file), text);
  return { files: Object.keys(files), placeholders: program.placeholders, counts: countsOf(found) };
}
