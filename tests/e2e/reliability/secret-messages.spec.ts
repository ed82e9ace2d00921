// Secret values in failing fields, on the real engine: whatever field fails,
// declared secret or not, nested or whole, malformed JSON or a wrong enum,
// the value never appears in the output of `preview` or `up`. Neither do a
// URL's credentials, and a huge value is not printed in full.
import { strict as assert } from "assert";
import * as pulumi from "@pulumi/pulumi";
import { calls, targetOf, useEmulator } from "../../helpers/emulator";
import { Sdk, sdk } from "../../helpers/installed";
import { newStack } from "../../helpers/stack";

const emulator = useEmulator();

// What each case hides: unique, so a hit is never a coincidence.
const mark = (i: number) => `hush${i}-c0ffee-${(i * 7919).toString(36)}`;

interface Case {
  /** The resource and field whose failure must be named. */
  names: RegExp;
  declare(s: Sdk, m: string): void;
  /** Run `up` rather than `preview`. */
  up?: boolean;
}

const jira = {
  name: "j",
  providerType: "jira",
  instanceUrl: "https://acme.atlassian.net",
  credentials: { email: "bot@acme.example", api_token: "jira-token-aa11" },
} as const;

const CASES: Case[] = [
  // Not declared secret: the program made them secrets.
  {
    names: /Workspace\.name must NOT have more than 100 characters/,
    declare: (s, m) => new s.portkey.Workspace("w", { name: pulumi.secret("n".repeat(101) + m) }),
  },
  {
    names: /Workspace\.usageLimits\[0\]\.type must be one of/,
    declare: (s, m) => new s.portkey.Workspace("w", { name: "ok", usageLimits: [{ type: pulumi.secret(m) as never }] }),
  },
  {
    names: /GatewayConfig\.config must be valid JSON; pass an object/,
    declare: (s, m) => new s.portkey.GatewayConfig("c", { name: "c", config: pulumi.secret(`{"retry": ${m}`) }),
  },
  {
    names: /GatewayConfig\.config\.strategy\.mode must be one of/,
    declare: (s, m) => new s.portkey.GatewayConfig("c", { name: "c", config: pulumi.secret(`{"strategy": {"mode": "${m}"}}`) }),
    up: true,
  },
  {
    names: /GatewayConfig\.config has the key twice/,
    declare: (s, m) => new s.portkey.GatewayConfig("c", { name: "c", config: pulumi.secret(`{"${m}": 1, "${m}": 2}`) }),
  },
  {
    names: /Integration\.slug must match/,
    declare: (s, m) => new s.portkey.Integration("i", { name: "i", aiProviderId: "openai", slug: pulumi.secret(`Bad_${m}`) }),
  },
  {
    names: /VirtualKey\.name must NOT have more than 100 characters/,
    declare: (s, m) =>
      new s.portkey.VirtualKey("k", {
        name: pulumi.output(m.repeat(10)).apply((v) => pulumi.secret(v)) as never,
        workspaceId: "ws-1",
        integrationId: "openai-1",
      }),
  },
  {
    names: /Policy\.severity must be one of/,
    declare: (s, m) =>
      new s.toktra.Policy("p", {
        name: "p",
        type: "token_limit",
        severity: pulumi.secret(`high-${m}`) as never,
        conditions: { max_tokens_per_day: 10 },
        actions: { action: "block" },
      }),
    up: true,
  },
  {
    names: /SiemConfig\.endpoint must be an https URL without credentials/,
    declare: (s, m) =>
      new s.toktra.SiemConfig("s", {
        name: "s",
        providerType: "splunk",
        endpoint: pulumi.secret(`https://soc:${m}@hec.example.com`),
        credentials: { token: "hec-token-bb22" },
      }),
  },
  {
    names: /Budget\.alertThresholdPct must be <= 100/,
    declare: (s, m) => new s.toktra.Budget("b", { monthlyLimit: 1, alertThresholdPct: pulumi.secret(100 + m.length) }),
  },
  {
    names: /Budget\.monthlyLimit must be a finite number, not Infinity/,
    declare: (s) => new s.toktra.Budget("b", { monthlyLimit: pulumi.secret(Infinity) }),
  },
  // Declared secret.
  {
    names: /SiemConfig\.credentials is missing the required key "token"/,
    declare: (s, m) =>
      new s.toktra.SiemConfig("s", { name: "s", providerType: "splunk", endpoint: "https://hec.example.com", credentials: { signing_secret: m } }),
  },
  {
    names: /SsoConfig\.certificate must be one PEM-encoded X\.509 certificate/,
    declare: (s, m) =>
      new s.toktra.SsoConfig("sso", {
        name: "sso",
        providerType: "okta",
        entityId: "e",
        ssoUrl: "https://idp.example.com/sso",
        certificate: `not a cert ${m}`,
      }),
  },
  {
    names: /Integration\.configurations must be valid JSON; pass an object/,
    declare: (s, m) => new s.portkey.Integration("i", { name: "i", aiProviderId: "openai", configurations: `{"azure_client_secret": "${m}"` as never }),
    up: true,
  },
  {
    names: /SecretReference\.authConfig must be valid JSON; pass an object/,
    declare: (s, m) =>
      new s.portkey.SecretReference("r", { name: "r", managerType: "hashicorp_vault", secretPath: "p", authConfig: `{"vault_token": "${m}"` as never }),
  },
  {
    names: /SecretReference\.authConfig\.vault_auth_type must be one of: token, approle, kubernetes/,
    declare: (s, m) =>
      new s.portkey.SecretReference("r", {
        name: "r",
        managerType: "hashicorp_vault",
        secretPath: "p",
        authConfig: { vault_auth_type: m, vault_addr: "https://vault.example.test" },
      }),
  },
  {
    names: /McpIntegration\.configurations must be valid JSON; pass an object/,
    declare: (s, m) =>
      new s.portkey.McpIntegration("m", {
        name: "m",
        url: "https://mcp.example.com/mcp",
        authType: "headers",
        transport: "http",
        configurations: `{"custom_headers": {"Authorization": "Bearer ${m}"}` as never,
      }),
  },
  // Credentials in a URL that is not a secret, and a huge value.
  {
    names: /SiemConfig\.endpoint must be an https URL without credentials/,
    declare: (s, m) =>
      new s.toktra.SiemConfig("s", {
        name: "s",
        providerType: "splunk",
        endpoint: `https://soc:${m}@hec.example.com`,
        credentials: { token: "hec-token-cc33" },
      }),
  },
  {
    names: /ItsmConfig\.instanceUrl must be an https URL/,
    declare: (s, m) => new s.toktra.ItsmConfig("t", { ...jira, instanceUrl: `http://admin:${m}@[zz/v1` }),
  },
];

describe("secret values in failing fields never appear in preview or up output", function () {
  this.timeout(600_000);

  it(`${CASES.length} failing fields across resources, each value a secret or a credential`, async () => {
    const s = sdk();
    const before = calls(emulator()).length;
    const problems: string[] = [];
    for (const [i, c] of CASES.entries()) {
      const m = mark(i);
      const seen: string[] = [];
      const stack = await newStack(async () => c.declare(s, m), targetOf(emulator()), "secret-messages");
      const run = c.up ? stack.up({ onOutput: (o) => seen.push(o) }) : stack.preview({ onOutput: (o) => seen.push(o) });
      const err = (await run.then(
        () => undefined,
        (e: Error) => e,
      )) as Error | undefined;
      const text = `${err?.message ?? ""}\n${seen.join("")}`;
      if (!err) problems.push(`case ${i}: ${c.up ? "up" : "preview"} passed`);
      else if (text.includes(m))
        problems.push(`case ${i}: the output shows the value: ...${text.slice(Math.max(0, text.indexOf(m) - 120), text.indexOf(m) + 40)}`);
      else if (!c.names.test(text)) problems.push(`case ${i}: no line matches ${c.names}: ...${text.slice(-600)}`);
    }
    assert.deepEqual(problems, []);
    assert.deepEqual(calls(emulator()).slice(before), [], "a refused program called the API");
  });

  it("a 1 MB name is refused without being printed", async () => {
    const huge = "q".repeat(1_000_000);
    const seen: string[] = [];
    const stack = await newStack(async () => void new (sdk().portkey.Workspace)("w", { name: huge }), targetOf(emulator()), "secret-messages");
    const err = (await stack.preview({ onOutput: (o) => seen.push(o) }).then(
      () => undefined,
      (e: Error) => e,
    )) as Error;
    const text = `${err.message}\n${seen.join("")}`;
    assert.match(text, /Workspace\.name must NOT have more than 100 characters/);
    assert.ok(!text.includes("q".repeat(200)), "the output holds a long run of the name");
    assert.ok(text.length < 20_000, `the output is ${text.length} characters long`);
  });
});
