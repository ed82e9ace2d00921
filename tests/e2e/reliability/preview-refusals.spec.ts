// Refused at preview, on the real engine, with zero API calls (the emulator's
// journal stays empty): bad provider settings, whichever vendor and whichever
// way they are bad, and inputs no field schema catches. Each message names the
// resource, the setting or field, the rule and the fix, in one line without a
// stack trace, and never a URL's credentials.
import { strict as assert } from "assert";
import { calls, Emulator, targetOf, useEmulator } from "../../helpers/emulator";
import { Sdk, sdk } from "../../helpers/installed";
import { newStack } from "../../helpers/stack";
import { nested } from "../../helpers/structural-cases";

const emulator = useEmulator();

const HIDDEN = "pw-5e77-hidden";
const STACK_TRACE = /\n\s+at .+:\d+:\d+\)?/;

type Declare = (s: Sdk) => void;
const workspace: Declare = (s) => void new s.portkey.Workspace("w", { name: "Team" });
const policy: Declare = (s) => void new s.toktra.Policy("p", { name: "p", type: "token_limit", conditions: { max_tokens: 10 }, actions: { action: "block" } });

// [setting, its value given the emulator, the program, the line expected]
const SETTINGS: [string, (e: Emulator) => string, Declare, RegExp][] = [
  [
    "portkey:baseUrl",
    (e) => e.portkeyBaseUrl.replace("http://", `http://ops:${HIDDEN}@`),
    workspace,
    /Workspace: portkey:baseUrl \(PORTKEY_BASE_URL\) must not carry credentials; use portkey:apiKey/,
  ],
  [
    "portkey:baseUrl",
    () => `http://u:${HIDDEN}@[zz/v1`,
    workspace,
    /Workspace: portkey:baseUrl \(PORTKEY_BASE_URL\) is not a valid URL: "http:\/\/\*\*\*@\[zz\/v1"; give one like https:\/\/api\.portkey\.ai\/v1/,
  ],
  [
    "portkey:baseUrl",
    () => "http://portkey.example.test/v1",
    workspace,
    /Workspace: portkey:baseUrl \(PORTKEY_BASE_URL\) must use https \(plain http is allowed only for loopback addresses\), got "http:\/\/portkey\.example\.test"/,
  ],
  [
    "portkey:maxRetries",
    () => "-1",
    workspace,
    /Workspace: portkey:maxRetries \(PORTKEY_MAX_RETRIES\) must be a whole number from 0 to 100, got "-1"; set it with `pulumi config set portkey:maxRetries 4`/,
  ],
  ["portkey:maxRetries", () => "lots", workspace, /Workspace: portkey:maxRetries .* got "lots"/],
  ["toktra:apiUrl", (e) => e.toktraBaseUrl.replace("http://", "ftp://"), policy, /Policy: toktra:apiUrl \(TOKTRA_API_URL\) must use https/],
  [
    "toktra:apiUrl",
    (e) => e.toktraBaseUrl.replace("http://", `http://${HIDDEN}@`),
    policy,
    /Policy: toktra:apiUrl \(TOKTRA_API_URL\) must not carry credentials/,
  ],
  ["toktra:maxRetries", () => "2.5", policy, /Policy: toktra:maxRetries \(TOKTRA_MAX_RETRIES\) must be a whole number from 0 to 100, got "2\.5"/],
];

// [what, the program, the line expected]
const INPUTS: [string, Declare, RegExp][] = [
  [
    "an infinite budget",
    (s) => void new s.toktra.Budget("b", { monthlyLimit: Infinity }),
    /Budget\.monthlyLimit must be a finite number, not Infinity \(JSON has no Infinity or NaN: it would be sent as null\)/,
  ],
  [
    "NaN inside usage limits",
    (s) => void new s.portkey.Workspace("w", { name: "w", usageLimits: [{ type: "cost", creditLimit: NaN }] }),
    /Workspace\.usageLimits\[0\]\.creditLimit must be a finite number, not NaN/,
  ],
  [
    "a config 2,000 levels deep",
    (s) => void new s.portkey.GatewayConfig("c", { name: "c", config: nested(2_000) as never }),
    /GatewayConfig\.config nests deeper than 64 levels; flatten it/,
  ],
  [
    "conditions as JSON 5,000 levels deep",
    (s) => void new s.toktra.Policy("p", { name: "p", type: "token_limit", conditions: "[".repeat(5_000) + "]".repeat(5_000), actions: { action: "block" } }),
    /Policy\.conditions nests deeper than 64 levels/,
  ],
  [
    "a repeated key in conditions",
    (s) => void new s.toktra.Policy("p", { name: "p", type: "token_limit", conditions: '{"max_tokens": 10, "max_tokens": 99}', actions: { action: "block" } }),
    /Policy\.conditions has the key "max_tokens" twice in one object; JSON keeps only the last, so remove the repeat/,
  ],
  [
    "a blank virtual key name",
    (s) => void new s.portkey.VirtualKey("k", { name: " \t ", workspaceId: "ws-1", integrationId: "openai-1" }),
    /VirtualKey\.name must not be blank: give a name with at least one character other than spaces/,
  ],
  [
    "a blank alert name",
    (s) => void new s.toktra.AlertConfig("a", { name: "   ", channels: [{ type: "email", address: "sec@example.com" }] }),
    /AlertConfig\.name must not be blank/,
  ],
  [
    "importing ..",
    (s) => void new s.portkey.Workspace("w", { name: "w" }, { import: ".." }),
    /Workspace\.import id "\.\.": its id must not be "\.\.": a dot segment would change which endpoint is called/,
  ],
  [
    "importing a virtual key at ws:..",
    (s) => void new s.portkey.VirtualKey("k", { name: "k", workspaceId: "ws-1", integrationId: "openai-1" }, { import: "ws-1:.." }),
    /VirtualKey\.import id "ws-1:\.\.": its id must not be "\.\."/,
  ],
  [
    "importing access at ./ws",
    (s) => void new s.portkey.IntegrationWorkspaceAccess("a", { integrationId: "openai-1", workspaceId: "ws-1" }, { import: "./ws-1" }),
    /IntegrationWorkspaceAccess\.import id "\.\/ws-1": its integrationId must not be "\."/,
  ],
];

async function refused(declare: Declare, expected: RegExp, config: Record<string, string> = {}): Promise<string | undefined> {
  const s = sdk();
  const stack = await newStack(async () => declare(s), targetOf(emulator()), "preview-refusals");
  for (const [k, v] of Object.entries(config)) await stack.setConfig(k, { value: v });
  const seen: string[] = [];
  const err = (await stack.preview({ onOutput: (o) => seen.push(o) }).then(
    () => undefined,
    (e: Error) => e,
  )) as Error | undefined;
  const text = `${err?.message ?? ""}\n${seen.join("")}`;
  if (!err) return "preview passed";
  if (text.includes(HIDDEN)) return `the output shows a credential: ...${text.slice(text.indexOf(HIDDEN) - 100, text.indexOf(HIDDEN) + 20)}`;
  const line = text.split("\n").find((l) => expected.test(l));
  if (!line) return `no line matches ${expected}: ...${text.slice(-700)}`;
  if (STACK_TRACE.test(text)) return `a stack trace is shown: ${text.match(STACK_TRACE)![0]}`;
  return undefined;
}

describe("refused at preview, with zero API calls", function () {
  this.timeout(600_000);

  it(`${SETTINGS.length} bad provider settings, for both vendors`, async () => {
    const before = calls(emulator()).length;
    const problems: string[] = [];
    for (const [key, value, declare, expected] of SETTINGS) {
      const problem = await refused(declare, expected, { [key]: value(emulator()) });
      if (problem) problems.push(`${key}: ${problem}`);
    }
    assert.deepEqual(problems, []);
    assert.deepEqual(calls(emulator()).slice(before), [], "a refused setting reached the API");
  });

  it(`${INPUTS.length} inputs no schema catches: non-finite, deep, repeated keys, blank names, dot-segment import ids`, async () => {
    const before = calls(emulator()).length;
    const problems: string[] = [];
    for (const [what, declare, expected] of INPUTS) {
      const problem = await refused(declare, expected);
      if (problem) problems.push(`${what}: ${problem}`);
    }
    assert.deepEqual(problems, []);
    assert.deepEqual(calls(emulator()).slice(before), [], "a refused input reached the API");
  });

  it("a data source asked for the id .. fails in the program before any request", async () => {
    const before = calls(emulator()).length;
    const s = sdk();
    const stack = await newStack(async () => ({ ws: s.portkey.getWorkspaceOutput({ id: ".." }).name }), targetOf(emulator()), "preview-refusals");
    const err = (await stack.preview().then(
      () => undefined,
      (e: Error) => e,
    )) as Error | undefined;
    assert.match(
      err?.message ?? "preview passed",
      /getWorkspace: id must not be "\.\.": a dot segment would change which endpoint is called; use the object's real id/,
    );
    assert.deepEqual(calls(emulator()).slice(before), []);
  });
});
