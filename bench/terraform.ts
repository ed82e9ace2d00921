// `npm run bench -- --terraform`: the same 101 resources (1 integration, 25
// workspaces each with an access grant, a virtual key and a gateway config)
// taken through up, an unchanged plan and destroy by ours, in both hostings,
// and by Terraform with Portkey's own provider, against one emulator, in
// interleaved rounds. Beside them, the floor of any Pulumi provider: the same
// graph on a no-op provider that waits one API latency per object. Terraform
// and the provider binary are the user's: the CLI at $TERRAFORM (default
// /usr/local/bin/terraform), the provider at $PORTKEY_TF_PROVIDER or built
// into the cache (see `providerBinary`).
import { execFile, execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { promisify } from "util";
import { nativeSdk, programFolder, Sdk, sdk } from "../tests/helpers/installed";
import { newStack } from "../tests/helpers/stack";
import { Calls, control, Emu, journaled } from "./emulator";
import { median } from "./report";
import { declareTerraformShape } from "./shape";

const run = promisify(execFile);
export const TF_VERSION = "v0.2.28";
const TF_MODULE = "github.com/portkey-ai/terraform-provider-portkey";
const CACHE = path.join(os.homedir(), ".cache", "pulumi-aigov", "terraform-bench");
const TF_OPS = ["up", "preview", "destroy"] as const;
type TfOp = (typeof TF_OPS)[number];
type Side = "dynamic" | "native" | "terraform" | "floor";
type Timings = { ms: Record<TfOp, number>; calls: Record<TfOp, Calls> };

/** The provider binary: $PORTKEY_TF_PROVIDER, the cached build, or one `go install` of the pinned version into the cache. */
export function providerBinary(): string {
  const given = process.env.PORTKEY_TF_PROVIDER;
  const cached = path.join(CACHE, "bin", "terraform-provider-portkey");
  if (given || fs.existsSync(cached)) return given ?? cached;
  try {
    execFileSync("go", ["install", `${TF_MODULE}@${TF_VERSION}`], {
      env: { ...process.env, GOBIN: path.dirname(cached), GOFLAGS: "-mod=mod" },
      stdio: "inherit",
    });
    return cached;
  } catch {
    throw new Error(
      `--terraform needs Portkey's Terraform provider ${TF_VERSION}; \`go install ${TF_MODULE}@${TF_VERSION}\` failed. ` +
        `Build it from a checkout of its tag (\`go build -o ${cached} .\`) or set PORTKEY_TF_PROVIDER to a built binary.`,
    );
  }
}

function mainTf(emu: Emu): string {
  return `terraform {
  required_providers {
    portkey = { source = "portkey-ai/portkey" }
  }
}
provider "portkey" {
  base_url = "${emu.url}/v1"
}
resource "portkey_integration" "int" {
  name           = "Bench creds"
  ai_provider_id = "openai"
  key            = "sk-bench"
}
resource "portkey_workspace" "ws" {
  count = 25
  name  = "Bench \${count.index}"
}
resource "portkey_integration_workspace_access" "acc" {
  count          = 25
  integration_id = portkey_integration.int.slug
  workspace_id   = portkey_workspace.ws[count.index].id
}
resource "portkey_provider" "vk" {
  count          = 25
  name           = "bench key \${count.index}"
  workspace_id   = portkey_workspace.ws[count.index].id
  # The grant of the same workspace comes first, as with ours.
  integration_id = portkey_integration_workspace_access.acc[count.index].integration_id
}
resource "portkey_config" "cfg" {
  count        = 25
  name         = "bench routing \${count.index}"
  workspace_id = portkey_workspace.ws[count.index].id
  config       = jsonencode({ retry = { attempts = 2 } })
}
`;
}

/** A Terraform working folder using the provider binary through dev_overrides (no registry, no init). */
function terraformFolder(emu: Emu, binary: string): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aigov-bench-tf-"));
  fs.writeFileSync(path.join(dir, "main.tf"), mainTf(emu));
  const rc = path.join(dir, "cli.tfrc");
  fs.writeFileSync(rc, `provider_installation {\n  dev_overrides {\n    "portkey-ai/portkey" = "${path.dirname(binary)}"\n  }\n  direct {}\n}\n`);
  return { dir, env: { ...process.env, TF_CLI_CONFIG_FILE: rc, TF_IN_AUTOMATION: "1", PORTKEY_API_KEY: emu.key, CHECKPOINT_DISABLE: "1" } };
}

async function timedOp(emu: Emu, fn: () => Promise<unknown>): Promise<[number, Calls]> {
  let ms = 0;
  const calls = await journaled(emu, async () => {
    const t = performance.now();
    await fn();
    ms = performance.now() - t;
  });
  return [ms, calls];
}

async function side(emu: Emu, which: Side, binary: string, latency: number): Promise<Timings> {
  const out = { ms: {}, calls: {} } as Timings;
  const ops: Record<TfOp, () => Promise<unknown>> = await opsOf(emu, which, binary);
  // The no-op provider's process inherits this from the engine, which inherits it from us.
  if (which === "floor") process.env.AIGOV_BENCH_NOOP_LATENCY_MS = String(latency);
  try {
    for (const op of TF_OPS) [out.ms[op], out.calls[op]] = await timedOp(emu, ops[op]);
  } finally {
    delete process.env.AIGOV_BENCH_NOOP_LATENCY_MS;
  }
  return out;
}

async function opsOf(emu: Emu, which: Side, binary: string): Promise<Record<TfOp, () => Promise<unknown>>> {
  if (which === "terraform") {
    const { dir, env } = terraformFolder(emu, binary);
    const tf = (...args: string[]) => run(process.env.TERRAFORM ?? "/usr/local/bin/terraform", args, { cwd: dir, env, maxBuffer: 64 << 20 });
    return {
      up: () => tf("apply", "-auto-approve", "-input=false"),
      preview: () => tf("plan", "-input=false"),
      destroy: () => tf("destroy", "-auto-approve", "-input=false"),
    };
  }
  const s = which === "native" ? (nativeSdk() as unknown as Sdk) : sdk();
  const noop = which === "floor" ? (require(path.join(programFolder(), "node_modules", "aigov-bench-noop")) as never) : undefined;
  const stack = await newStack(async () => declareTerraformShape(s, noop), { portkeyBaseUrl: `${emu.url}/v1`, portkeyKey: emu.key }, `bench-tf-${which}`);
  return { up: () => stack.up(), preview: () => stack.preview(), destroy: () => stack.destroy() };
}

/** The comparison's section of RESULTS.md, medians of `rounds` interleaved rounds at each latency. */
export async function compareWithTerraform(emu: Emu, latencies: number[], rounds: number): Promise<string[]> {
  const binary = providerBinary();
  const rows: string[] = [];
  for (const latency of latencies) {
    await control(emu, "PUT", "latency", { ms: latency });
    const got: Record<Side, Timings[]> = { dynamic: [], native: [], terraform: [], floor: [] };
    for (let r = 0; r < rounds; r++) for (const which of Object.keys(got) as Side[]) got[which].push(await side(emu, which, binary, latency));
    for (const op of TF_OPS) {
      const [d, n, t, f] = (["dynamic", "native", "terraform", "floor"] as Side[]).map((w) => median(got[w].map((x) => x.ms[op])));
      const calls = (w: Side) => got[w][0]!.calls[op].reads + got[w][0]!.calls[op].writes;
      const x = (a: number) => `${(a / t!).toFixed(2)}x`;
      rows.push(
        `| ${latency} ms | ${op} | ${d!.toFixed(0)} | ${n!.toFixed(0)} | ${t!.toFixed(0)} | ${x(d!)} | ${x(n!)} | ${f!.toFixed(0)} | ${x(f!)} | ${calls("dynamic")} / ${calls("native")} / ${calls("terraform")} |`,
      );
    }
    console.log(rows.slice(-TF_OPS.length).join("\n"));
  }
  await control(emu, "PUT", "latency", { ms: 0 });
  return [
    `## Side by side with Terraform (Portkey's provider ${TF_VERSION}), 101 resources`,
    "",
    `1 integration and 25 workspaces, each with an access grant, a virtual key and a gateway config. Medians of ${rounds} interleaved round(s); engine and Terraform defaults (Terraform's -parallelism 10). "preview" is an unchanged \`pulumi preview\` / \`terraform plan\`. ` +
      "Floor: the same graph and inputs on a no-op dynamic provider that waits one API latency per create, read and delete and sends nothing: what any Pulumi provider making one call per object would take, under the same engine.",
    "",
    "| latency | operation | ours, dynamic (ms) | ours, native (ms) | Terraform (ms) | dynamic ÷ Terraform | native ÷ Terraform | floor, one call per object (ms) | floor ÷ Terraform | API calls: dynamic / native / Terraform |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows,
    "",
  ];
}
