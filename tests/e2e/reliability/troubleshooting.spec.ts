// The troubleshooting cases and known issues of Portkey's Terraform provider
// documentation, one `it` per case, each asserting what the user is told. They
// run the provider's own modules (those the engine loads) against the emulator,
// without an engine: `check` is what `preview` prints, a failed create or
// delete is the "error:" line of `up` or `destroy`, and `diff` decides what
// `preview` proposes. The same cases on the real engine: bad-input.spec.ts (the
// catalogue of refused inputs), force-destroy.spec.ts (a workspace holding
// unmanaged objects), tests/e2e/lifecycle.spec.ts (quiet previews after up and
// refresh, through every read quirk).
import { strict as assert } from "assert";
import { configureFrom } from "../../../provider/core/config";
import { providerFor } from "../../../provider/core/module";
import type { ProviderModule } from "../../../provider/core/resource";
import type { Bag } from "../../../provider/core/wire";
import type { ResourceSpec } from "../../../spec/core/types";
import { apiKeySpec } from "../../../spec/portkey/api-key";
import { gatewayConfigSpec } from "../../../spec/portkey/gateway-config";
import { guardrailSpec } from "../../../spec/portkey/guardrail";
import { integrationWorkspaceAccessSpec } from "../../../spec/portkey/integration-workspace-access";
import { usageLimitsPolicySpec } from "../../../spec/portkey/usage-limits-policy";
import { virtualKeySpec } from "../../../spec/portkey/virtual-key";
import { workspaceSpec } from "../../../spec/portkey/workspace";
import { calls } from "../../helpers/emulator";
import { usePortkeyEmulator } from "../../helpers/portkey-emulator";

/** `check`, as `preview` runs it: the failures it prints, or none. */
async function refusals(spec: ResourceSpec, news: Bag): Promise<{ property: string; reason: string }[]> {
  return ((await providerFor(spec).check!({}, news)).failures ?? []) as { property: string; reason: string }[];
}

/** `create` after `check`, as `up` runs them. */
async function create(spec: ResourceSpec, news: Bag): Promise<{ id: string; outs: Bag }> {
  const p = providerFor(spec);
  const { inputs } = await p.check!({}, news);
  return (await p.create!(inputs)) as { id: string; outs: Bag };
}

/** The error an operation ends with; it must be the one clean line the engine prints after "error:". */
async function failure(op: Promise<unknown>): Promise<string> {
  const err = await op.then(
    () => undefined,
    (e: Error) => e,
  );
  assert.ok(err, "the operation succeeded");
  assert.equal(err.stack, err.message, "a stack trace would be printed");
  return err.message;
}

/** True when `diff` proposes nothing for these inputs against this state. */
async function quiet(p: ProviderModule, id: string, olds: Bag, news: Bag): Promise<boolean> {
  const { inputs } = await p.check!(olds, news);
  return !(await p.diff!(id, olds, inputs)).changes;
}

describe("troubleshooting cases of Portkey's Terraform documentation", function () {
  this.timeout(60_000);
  // An emulator for this block, reset before each case.
  const { call, ok, quirks, emulator } = usePortkeyEmulator();

  before(() => {
    const settings: Record<string, string> = {
      "portkey:apiKey": emulator().portkeyKey,
      "portkey:baseUrl": emulator().portkeyBaseUrl,
      "portkey:maxRetries": "0",
    };
    configureFrom({ get: (k) => settings[k] });
  });
  // The provider's settings are process-wide: leave none behind for the next file.
  after(() => configureFrom({ get: () => undefined }));

  it("403 Forbidden: a virtual key before its integration is enabled for the workspace names IntegrationWorkspaceAccess as the fix", async () => {
    const ws = await create(workspaceSpec, { name: "Production" });
    const integration = await ok("POST", "/integrations", { name: "OpenAI", ai_provider_id: "openai", key: "sk-troubleshooting-403" });
    const key = { name: "Production OpenAI", workspaceId: ws.id, integrationId: integration.slug };
    const message = await failure(create(virtualKeySpec, key));
    assert.match(message, /^portkey API: POST \/providers failed with 403 \(AB03\): Integration .* is not enabled for workspace /);
    assert.match(message, /Hint: the integration must be enabled for the workspace first \(IntegrationWorkspaceAccess\)/);
    assert.equal((await ok("GET", `/providers?workspace_id=${ws.id}`)).total, 0);
    // The fix: the grant first, then the same key.
    await create(integrationWorkspaceAccessSpec, { integrationId: integration.slug, workspaceId: ws.id });
    await create(virtualKeySpec, key);
    assert.equal((await ok("GET", `/providers?workspace_id=${ws.id}`)).total, 1);
  });

  it("502 Bad Gateway, no scopes provided: an API key without scopes is refused at preview, before any API call", async () => {
    const key = { name: "Backend Service", type: "organisation", subType: "service" };
    // What Portkey answers when asked anyway.
    assert.equal((await call("POST", "/api-keys/organisation/service", { name: "Backend Service" })).status, 502);
    const before = calls(emulator()).length;
    assert.deepEqual(await refusals(apiKeySpec, { ...key, scopes: [] }), [
      { property: "scopes", reason: 'ApiKey.scopes must not be empty: list at least 1 item(s), e.g. ["completions.write"]' },
    ]);
    assert.match((await refusals(apiKeySpec, key)).map((f) => f.reason).join("\n"), /ApiKey\.scopes is required/);
    assert.deepEqual(calls(emulator()).slice(before), []);
  });

  const hcl: [string, ResourceSpec, Bag, string, RegExp][] = [
    [
      "guardrail checks",
      guardrailSpec,
      { name: "Content Filter", workspaceId: "ws-1", checks: 'id = "default.wordCount"', actions: { deny: true } },
      "checks",
      /^Guardrail\.checks must be valid JSON.*; it looks like HCL \(key = value\): JSON uses "key": value; pass an object or a JSON string/,
    ],
    [
      "guardrail actions",
      guardrailSpec,
      { name: "Content Filter", workspaceId: "ws-1", checks: [{ id: "default.wordCount" }], actions: 'onFail = "block"' },
      "actions",
      /^Guardrail\.actions must be valid JSON.*; it looks like HCL \(key = value\): JSON uses "key": value/,
    ],
    [
      "config",
      gatewayConfigSpec,
      { name: "Production Config", config: "retry = { attempts = 3 }" },
      "config",
      /^GatewayConfig\.config must be valid JSON.*; it looks like HCL \(key = value\): JSON uses "key": value/,
    ],
  ];
  for (const [what, spec, news, property, reason] of hcl) {
    it(`400 Bad Request, HCL syntax instead of jsonencode(): HCL in the ${what} is refused at preview with the fix`, async () => {
      const before = calls(emulator()).length;
      const failures = await refusals(spec, news);
      assert.deepEqual(
        failures.map((f) => f.property),
        [property],
      );
      assert.match(failures[0]!.reason, reason);
      assert.deepEqual(calls(emulator()).slice(before), []);
    });
  }

  it("400 Bad Request, policies with an empty conditions array and configs with invalid JSON are refused at preview", async () => {
    const policy = { workspaceId: "ws-1", conditions: [], groupBy: [{ key: "api_key" }], type: "cost", creditLimit: 100 };
    assert.match((await refusals(usageLimitsPolicySpec, policy))[0]!.reason, /^UsageLimitsPolicy\.conditions must not be empty/);
    assert.match((await refusals(gatewayConfigSpec, { name: "c", config: '{"retry": ' }))[0]!.reason, /^GatewayConfig\.config must be valid JSON/);
  });

  it("unexpected diffs, the API normalizes config JSON differently: no diff after up, nor after refresh", async () => {
    const p = providerFor(gatewayConfigSpec);
    // Written as text, spaced and ordered unlike what the API answers (a string, keys reordered, a default strategy added).
    const news = { name: "Production Config", config: '{ "cache": {"mode": "simple"},  "retry": {"on_status_codes": [429, 500, 502, 503], "attempts": 3} }' };
    const { id, outs } = await create(gatewayConfigSpec, news);
    assert.ok(await quiet(p, id, outs, news), "preview after up proposes a change");
    const live = await ok("GET", `/configs/${outs.slug}`);
    assert.equal(typeof live.config, "string", "the emulator answers as the API does: config as a JSON string");
    const refreshed = (await p.read!(id, outs)).props as Bag;
    assert.ok(await quiet(p, id, refreshed, news), "preview after refresh proposes a change");
    assert.ok(!(await quiet(p, id, refreshed, { ...news, config: { retry: { attempts: 4 } } })), "a real change goes unseen");
  });

  it("409 Unable to delete, the workspace still holds virtual keys: the message names them and forceDestroy", async () => {
    const ws = await create(workspaceSpec, { name: "Production" });
    const integration = await ok("POST", "/integrations", { name: "OpenAI", ai_provider_id: "openai", key: "sk-troubleshooting-409" });
    await ok("PUT", `/integrations/${integration.slug}/workspaces`, { workspaces: [{ id: ws.id, enabled: true }] });
    await ok("POST", "/providers", { name: "made in the dashboard", workspace_id: ws.id, integration_id: integration.slug });
    const message = await failure(providerFor(workspaceSpec).delete!(ws.id, ws.outs));
    assert.match(
      message,
      /^Workspace "Production" was not deleted: it still holds objects \(portkey: Unable to delete\. Please ensure that all Virtual Keys are deleted\)/,
    );
    assert.match(message, /Nothing was deleted\. .*set `forceDestroy: true` on the resource, run `pulumi up`, then destroy\.$/);
    assert.equal((await ok("GET", `/admin/workspaces/${ws.id}`)).id, ws.id, "the workspace is still there");
  });

  it("workspaces with emoji in the name fail to delete (Invalid value for the name parameter): the message says to rename first", async () => {
    await quirks({ strictDeleteName: true });
    const p = providerFor(workspaceSpec);
    const ws = await create(workspaceSpec, { name: "Launch 🚀" });
    const message = await failure(p.delete!(ws.id, ws.outs));
    assert.match(message, /^portkey API: DELETE \/admin\/workspaces\/[0-9a-f-]+ failed with 400 \(AB01\): name: Invalid value\./);
    assert.match(message, /Hint: .*such as names with emoji: rename the workspace without them \(change `name`, run `pulumi up`\), then destroy/);
    // The fix the hint gives: an update renames it, then the delete goes through.
    const { inputs } = await p.check!(ws.outs, { name: "Launch" });
    await p.delete!(ws.id, (await p.update!(ws.id, ws.outs, inputs)).outs as Bag);
    assert.equal((await ok("GET", "/admin/workspaces")).total, 0);
  });
});
