// `pulumi-aigov recover [--stack <name>] [--yes]`, run in the program's folder
// after an interrupted `pulumi up` (and `pulumi cancel` where the backend still
// holds the stack's lock). It prints what it would do; --yes does it. Then
// `pulumi up` finishes the stack.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { configureFrom } from "../../provider/core/config";
import { applyDecisions, Decision, plan, readDeployment } from "./plan";

const USAGE = "usage: pulumi-aigov recover [--stack <name>] [--yes]";

function pulumi(args: string[], show = false): string {
  const bin = process.env.PULUMI_COMMAND || "pulumi";
  return execFileSync(bin, args, { encoding: "utf8", stdio: ["inherit", show ? "inherit" : "pipe", "inherit"], maxBuffer: 1 << 30 }) ?? "";
}

/** When the stack's last finished update ended, in ms; objects older than that are not the run's. */
function lastFinished(history: unknown): number | undefined {
  const ends = (Array.isArray(history) ? history : [])
    .map((u) => (u as { endTime?: unknown }).endTime)
    .map((t) => (typeof t === "number" ? t * 1000 : typeof t === "string" ? Date.parse(t) : NaN))
    .filter((t) => !Number.isNaN(t));
  return ends.length ? Math.max(...ends) : undefined;
}

function describe(d: Decision): string {
  switch (d.action) {
    case "import":
      return `import  ${d.urn}  as ${d.id} (the create went through)`;
    case "clear":
      return `clear   ${d.urn}  (the create made nothing)`;
    case "ambiguous":
      return `choose  ${d.urn}  several objects fit (${d.candidates.join(", ")}); left pending for you`;
    case "foreign":
      return `leave   ${d.urn}  (not a pulumi-aigov resource)`;
  }
}

/** `pulumi-aigov recover ...`, with the arguments after the command name. */
export async function recover(rest: string[]): Promise<void> {
  let stack: string | undefined;
  let yes = false;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === "--yes" || rest[i] === "-y") yes = true;
    else if (rest[i] === "--stack" || rest[i] === "-s") stack = rest[++i];
    else throw new Error(`unknown argument "${rest[i]}"\n${USAGE}`);
  }
  const stackArgs = stack ? ["--stack", stack] : [];

  // Credentials come from the stack's config (or the environment), as for `pulumi up`.
  const config = JSON.parse(pulumi(["config", "--json", "--show-secrets", ...stackArgs]) || "{}") as Record<string, { value?: string }>;
  configureFrom({ get: (k) => config[k]?.value });
  const exported = JSON.parse(pulumi(["stack", "export", "--show-secrets", ...stackArgs])) as { deployment?: Record<string, unknown> };
  const { pending, owned } = readDeployment(exported.deployment ?? {});
  if (!pending.length) {
    console.log("No pending creates: nothing to recover.");
    return;
  }
  const since = lastFinished(JSON.parse(pulumi(["stack", "history", "--json", ...stackArgs]) || "[]"));
  const decisions = await plan(pending, owned, since);
  for (const d of decisions) console.log(describe(d));

  if (!yes) {
    console.log("\nRun again with --yes to apply: the stack's state is edited, then refreshed.");
    return;
  }
  // The state is edited in its encrypted form; the plaintext export above only served the lookups.
  const sealed = JSON.parse(pulumi(["stack", "export", ...stackArgs])) as { version: number; deployment: Record<string, unknown> };
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pulumi-aigov-")), "state.json");
  try {
    fs.writeFileSync(file, JSON.stringify({ ...sealed, deployment: applyDecisions(sealed.deployment, decisions) }));
    pulumi(["stack", "import", "--file", file, ...stackArgs]);
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
  pulumi(["refresh", "--yes", "--skip-preview", ...stackArgs], true);
  const left = decisions.filter((d) => d.action === "ambiguous" || d.action === "foreign").length;
  console.log(left ? `\n${left} pending create(s) are left for you to resolve with \`pulumi refresh\`.` : "\nRecovered. `pulumi up` now finishes the stack.");
}
