// `pulumi-aigov import-org --vendor portkey|toktra [--workspace ID] --out DIR [--page-size N] [--base-url URL] [--native]`:
// reads every object of the resources the package supports and writes a Pulumi
// project that adopts them: with the dynamic classes, or with `--native` the
// classes of `pulumi-aigov/native`, which the engine imports itself. The API
// key comes from the environment (PORTKEY_API_KEY, TOKTRA_API_KEY), never from
// the command line.
import { clientFor, configureFrom, resolveSettings, urlSettingOf } from "../../provider/core/config";
import { resourcesOf, VENDORS } from "../../spec";
import type { Vendor } from "../../spec/core/types";
import { ImportOrgError } from "./errors";
import { Progress, ProgressStream } from "./progress";
import { checkOut, setLine, settingKey, writeProject, Written } from "./project";
import type { Placeholder } from "./placeholders";
import { readOrganisation, typesOf } from "./read";
import { SCOPE_TYPE } from "./scope";

export const IMPORT_ORG_USAGE = "pulumi-aigov import-org --vendor portkey|toktra [--workspace ID] --out DIR [--page-size N] [--base-url URL] [--native]";

export interface ImportOrgArgs {
  vendor: Vendor;
  out: string;
  workspace?: string;
  pageSize?: number;
  baseUrl?: string;
  native?: boolean;
}

const FLAGS = ["--vendor", "--workspace", "--out", "--page-size", "--base-url"];

export function parseArgs(argv: string[]): ImportOrgArgs {
  const given: Record<string, string> = {};
  const native = argv.includes("--native");
  argv = argv.filter((a) => a !== "--native");
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i]!, argv[i + 1]];
    if (!FLAGS.includes(flag)) throw new ImportOrgError(`${flag}: unknown option; usage: ${IMPORT_ORG_USAGE}`);
    if (value === undefined || value.startsWith("--")) throw new ImportOrgError(`${flag}: needs a value; usage: ${IMPORT_ORG_USAGE}`);
    given[flag] = value;
  }
  const vendor = given["--vendor"] as Vendor;
  if (!VENDORS.includes(vendor)) throw new ImportOrgError(`--vendor: must be ${VENDORS.join(" or ")}; usage: ${IMPORT_ORG_USAGE}`);
  if (!given["--out"]) throw new ImportOrgError(`--out: the folder to write the project in is required; usage: ${IMPORT_ORG_USAGE}`);
  const pageSize = given["--page-size"] === undefined ? undefined : Number(given["--page-size"]);
  if (pageSize !== undefined && (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100))
    throw new ImportOrgError(`--page-size: a whole number from 1 to 100`);
  const args: ImportOrgArgs = { vendor, out: given["--out"], workspace: given["--workspace"], pageSize, baseUrl: given["--base-url"] };
  return native ? { ...args, native } : args;
}

/** What can be refused before the organisation is read. */
function checkBeforeReading(args: ImportOrgArgs): void {
  checkOut(args.out);
  if (args.workspace !== undefined && !resourcesOf(args.vendor).some((s) => s.name === SCOPE_TYPE)) {
    throw new ImportOrgError(`--workspace: ${args.vendor} has no workspaces; leave it out`);
  }
  const env = `${args.vendor.toUpperCase()}_API_KEY`;
  if (!process.env[env])
    throw new ImportOrgError(`no ${args.vendor} API key: set the ${env} environment variable to an admin key that can list the organisation`);
}

export async function importOrg(args: ImportOrgArgs, stderr: ProgressStream = process.stderr): Promise<Written> {
  checkBeforeReading(args);
  const settings = { baseUrl: args.baseUrl };
  // The provider's reads use the same settings as the listing: one client per vendor.
  configureFrom({ get: (k) => (k === urlSettingOf(args.vendor) ? args.baseUrl : undefined) });
  const { baseUrl } = resolveSettings(args.vendor, settings);
  const client = clientFor(args.vendor, settings);
  const progress = new Progress(stderr, typesOf(args.vendor));
  const found = await readOrganisation(client, { vendor: args.vendor, workspace: args.workspace, pageSize: args.pageSize, progress });
  return writeProject(found, { vendor: args.vendor, out: args.out, baseUrl, workspace: args.workspace, native: args.native });
}

/** Which value a placeholder is, and what it must hold when a rule says so. */
const placeholderNote = (p: Placeholder) => `${p.resourceType} ${p.resourceName}.${p.field}${p.hint ? `: ${p.hint}` : ""}`;

export function summary(args: ImportOrgArgs, written: Written): string {
  const total = Object.values(written.counts).reduce((a, b) => a + b, 0);
  const lines = [
    `wrote ${args.out}: ${total} objects to adopt (${Object.entries(written.counts)
      .map(([t, n]) => `${t} ${n}`)
      .join(", ")})`,
  ];
  const required = written.placeholders.filter((p) => p.required);
  const optional = written.placeholders.filter((p) => !p.required);
  if (required.length)
    lines.push("", "values the API cannot return; set them before `pulumi up`:", ...required.map((p) => `  ${setLine(p)}    # ${placeholderNote(p)}`));
  if (optional.length) lines.push("", "optional write-only values, managed once set:", ...optional.map((p) => `  ${setLine(p)}    # ${placeholderNote(p)}`));
  lines.push(
    "",
    `then: cd ${args.out} && npm install && pulumi stack init && pulumi config set --secret ${settingKey(`${args.vendor}:apiKey`, args.native)} <key> && pulumi up`,
  );
  return lines.join("\n") + "\n";
}

export async function runImportOrg(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  const written = await importOrg(args);
  process.stdout.write(summary(args, written));
}
