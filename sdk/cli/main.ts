#!/usr/bin/env node
// The package's command, `npx pulumi-aigov <command>`:
//   recover [--stack <name>] [--yes]       finish a stack after an interrupted `pulumi up`
//   emulator --port N [--data FILE] ...    the local Portkey and Toktra emulator, for offline previews and CI
//   import-org --vendor V --out DIR ...     a project adopting every object of an existing organisation
import { runEmulator, startFailure } from "../../emulator/main";
import { IMPORT_ORG_USAGE, runImportOrg } from "../import-org/command";
import { recover } from "../recover/command";

const USAGE = `usage: pulumi-aigov recover [--stack <name>] [--yes]\n       pulumi-aigov emulator --port N [--data FILE] [--quirks name=on|off,...]\n       ${IMPORT_ORG_USAGE}`;

async function main([command, ...rest]: string[]): Promise<void> {
  if (command === "recover") return recover(rest);
  if (command === "import-org") return runImportOrg(rest);
  if (command === "emulator") {
    return runEmulator(rest).catch((err: Error) => {
      process.stderr.write(startFailure(err));
      process.exit(2);
    });
  }
  throw new Error(USAGE);
}

main(process.argv.slice(2)).catch((err: Error) => {
  console.error(`pulumi-aigov: ${err.message}`);
  process.exit(1);
});
