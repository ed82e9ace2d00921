// The real `pulumi` binary from the engine folder, run in a project folder the
// way a user runs it: file backend, passphrase secrets, nothing fetched from the
// network. Commands run asynchronously, so an emulator in this process keeps
// answering while the engine works.
import { spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { engineRoot, offlineEnv } from "./paths";

export interface CliResult {
  stdout: string;
  stderr: string;
  ms: number;
}

/** A `pulumi` command that exited non-zero; the message holds its output, secrets redacted. */
export class PulumiCliError extends Error {
  constructor(
    readonly args: string[],
    readonly code: number | null,
    readonly output: string,
  ) {
    super(`\`pulumi ${args.join(" ")}\` exited with ${code ?? "a signal"}:\n${output}`);
    this.name = "PulumiCliError";
  }
}

/** `text` with each secret replaced by "[secret]". */
export function redact(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const s of secrets) if (s) out = out.split(s).join("[secret]");
  return out;
}

export interface CliOptions {
  /** The folder holding Pulumi.yaml. */
  projectDir: string;
  /** Where the file backend and PULUMI_HOME live. */
  workDir: string;
  stack?: string;
  /** Extra environment for every command (on top of the offline settings). */
  env?: Record<string, string>;
  /** Per-command limit; the process is killed after it. */
  timeoutMs?: number;
}

export class PulumiCli {
  readonly stack: string;
  private readonly secrets = new Set<string>();
  private readonly env: Record<string, string>;

  constructor(private readonly opts: CliOptions) {
    this.stack = opts.stack ?? "dev";
    const bin = path.join(engineRoot(), "bin");
    if (!fs.existsSync(path.join(bin, "pulumi-language-nodejs"))) {
      throw new Error(`no Node language host next to the engine in ${bin}; run \`bash scripts/engine.sh\``);
    }
    const offline = offlineEnv(opts.workDir);
    this.env = {
      ...(process.env as Record<string, string>),
      ...offline,
      // As on a user's machine: `pulumi` and its language host are on PATH, Node 22 before them.
      PATH: `${path.dirname(process.execPath)}${path.delimiter}${bin}${path.delimiter}${offline.PATH}`,
      // No registry lookups for packages, no colour codes in captured output.
      PULUMI_DISABLE_REGISTRY_RESOLVE: "true",
      NO_COLOR: "1",
      ...opts.env,
    };
  }

  /** The binary run, for messages. */
  static binary(): string {
    return path.join(engineRoot(), "bin", "pulumi");
  }

  stackInit(): Promise<CliResult> {
    return this.run(["stack", "init", this.stack]);
  }

  /** With `secret`, the value is read from stdin, so it is never on a command line. */
  configSet(key: string, value: string, opt: { secret?: boolean } = {}): Promise<CliResult> {
    if (opt.secret) this.secrets.add(value);
    const args = ["config", "set", key, ...(opt.secret ? ["--secret"] : [value]), "--stack", this.stack];
    return this.run(args, opt.secret ? value : undefined);
  }

  up(): Promise<CliResult> {
    return this.run(["up", "--yes", "--skip-preview", "--stack", this.stack]);
  }

  preview(opt: { expectNoChanges?: boolean } = {}): Promise<CliResult> {
    return this.run(["preview", "--stack", this.stack, ...(opt.expectNoChanges ? ["--expect-no-changes"] : [])]);
  }

  refresh(): Promise<CliResult> {
    return this.run(["refresh", "--yes", "--skip-preview", "--stack", this.stack]);
  }

  destroy(): Promise<CliResult> {
    return this.run(["destroy", "--yes", "--skip-preview", "--stack", this.stack]);
  }

  /** `pulumi stack output --json`, parsed (secret outputs stay "[secret]"). */
  async outputs(): Promise<Record<string, unknown>> {
    const res = await this.run(["stack", "output", "--json", "--stack", this.stack]);
    return JSON.parse(res.stdout) as Record<string, unknown>;
  }

  /** Any `pulumi` command in the project folder; rejects with a PulumiCliError on a non-zero exit. */
  run(args: string[], stdin?: string): Promise<CliResult> {
    const all = [...args, "--non-interactive", "--color", "never"];
    const started = Date.now();
    return new Promise<CliResult>((resolve, reject) => {
      const child = spawn(PulumiCli.binary(), all, { cwd: this.opts.projectDir, env: this.env, stdio: ["pipe", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      const timer = setTimeout(() => child.kill("SIGKILL"), this.opts.timeoutMs ?? 300_000);
      child.on("error", (err) => {
        clearTimeout(timer);
        reject(err);
      });
      child.on("close", (code) => {
        clearTimeout(timer);
        if (code === 0) resolve({ stdout, stderr, ms: Date.now() - started });
        else reject(new PulumiCliError(all, code, this.redact(`${stdout}\n${stderr}`.trim())));
      });
      child.stdin.end(stdin ?? "");
    });
  }

  /** Output with every secret set through configSet replaced. */
  redact(text: string): string {
    return redact(text, this.secrets);
  }

  /** The stack's config file, as the user sees it. */
  configFile(): string {
    return fs.readFileSync(path.join(this.opts.projectDir, `Pulumi.${this.stack}.yaml`), "utf8");
  }
}
