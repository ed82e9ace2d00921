// Real engine runs (preview/up/refresh/destroy) of inline programs against the
// emulator, through the Automation API.
import * as auto from "@pulumi/pulumi/automation";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { pluginFolder, programFolder } from "./installed";
import { engineRoot, offlineEnv } from "./paths";
import { nativeName } from "../../provider/native/settings";

export interface Target {
  portkeyBaseUrl: string;
  portkeyKey: string;
  toktraBaseUrl?: string;
  toktraKey?: string;
}

// Hundreds of inline programs run in this one process, each talking to a new
// engine on a new port. grpc-js shares connections per address process-wide, so
// a port the OS hands out again could meet the dead engine's failed connection
// ("14 UNAVAILABLE: No connection established"). Each client gets its own pool.
(require("@pulumi/pulumi/runtime/settings") as { grpcClientOptions: Record<string, unknown> }).grpcClientOptions["grpc.use_local_subchannel_pool"] = 1;

let command: Promise<auto.PulumiCommand> | undefined;
let workRoot: string | undefined;

export function workFolder(): string {
  workRoot ??= fs.mkdtempSync(path.join(os.tmpdir(), "aigov-e2e-"));
  return workRoot;
}

export function pulumiCommand(): Promise<auto.PulumiCommand> {
  command ??= auto.PulumiCommand.get({ root: engineRoot() });
  return command;
}

let counter = 0;

/**
 * A fresh stack with its own project, config and state. `same` gives stacks of
 * one program: the project named by `same.project`, this stack named `same.stack`
 * (staging and prod of one program), each with its own state folder.
 */
export async function newStack(program: auto.PulumiFn, target: Target, prefix = "aigov-e2e", same?: { project: string; stack: string }): Promise<auto.Stack> {
  const project = same?.project ?? `${prefix}-${++counter}`;
  const work = path.join(workFolder(), same ? `${project}-${same.stack}` : project);
  fs.mkdirSync(work, { recursive: true });
  const stack = await auto.LocalWorkspace.createOrSelectStack(
    { stackName: same?.stack ?? "dev", projectName: project, program },
    {
      workDir: work,
      pulumiCommand: await pulumiCommand(),
      // The native plugin is found through the project's plugins, as a user's Pulumi.yaml names it.
      projectSettings: {
        name: project,
        runtime: "nodejs",
        main: programFolder(),
        plugins: { providers: [{ name: "aigov", path: pluginFolder() }] },
      } as auto.ProjectSettings,
      envVars: offlineEnv(path.join(workFolder(), "engine")),
    },
  );
  const config: auto.ConfigMap = {
    "portkey:apiKey": { value: target.portkeyKey, secret: true },
    "portkey:baseUrl": { value: target.portkeyBaseUrl },
    ...(target.toktraKey ? { "toktra:apiKey": { value: target.toktraKey, secret: true } } : {}),
    ...(target.toktraBaseUrl ? { "toktra:apiUrl": { value: target.toktraBaseUrl } } : {}),
  };
  // The same settings for the native plugin, which reads its own namespace (`aigov:portkeyApiKey`).
  await stack.setAllConfig({ ...config, ...Object.fromEntries(Object.entries(config).map(([k, v]) => [`aigov:${nativeName(k)}`, v])) });
  return stack;
}

/** True when a change summary has nothing but "same" entries. */
export function noChanges(summary: Record<string, number | undefined> | undefined): boolean {
  return Object.entries(summary ?? {}).every(([k, v]) => k === "same" || !v);
}
