// GatewayConfig: its life on the real engine, and its bad-input cases.
import type { ResourceTable } from "../../helpers/tables";

const cfg = { name: "c" };

export const table: ResourceTable = {
  lifecycle: {
    type: "GatewayConfig",
    hasImmutableFields: true,
    mismatchField: "name",
    program(s, variant, imp) {
      let ws: unknown, ws2: unknown;
      if (imp) {
        [ws, ws2] = [imp.from.workspaceId, imp.from.workspace2Id];
      } else {
        ws = new s.portkey.Workspace("ws", { name: "Configs A" }).id;
        ws2 = new s.portkey.Workspace("ws2", { name: "Configs B" }).id;
      }
      const args = {
        base: { name: "routing", workspaceId: ws, config: { retry: { attempts: 2 }, cache: { mode: "simple" } } },
        // Same meaning as an object would have, written as text with its own spacing and key order.
        updated: { name: "routing", workspaceId: ws, config: '{ "cache": {"mode": "simple"},\n  "retry": {"attempts": 3} }' },
        replaced: { name: "routing v2", workspaceId: ws2, config: '{ "cache": {"mode": "simple"},\n  "retry": {"attempts": 3} }' },
      }[variant] as never;
      const cfg = new s.portkey.GatewayConfig("config", args, imp ? { import: imp.importId } : {});
      return { targetId: cfg.id, slug: cfg.slug, workspaceId: ws, workspace2Id: ws2 };
    },
    async drift(a, out) {
      await a.put(`/configs/${out.slug}`, { config: { retry: { attempts: 5 }, cache: { mode: "simple" } } });
    },
    async drifted(a, out) {
      const live = (await a.get(`/configs/${out.slug}`)).config;
      return (typeof live === "string" ? JSON.parse(live) : live).retry.attempts === 5;
    },
    async removeOutOfBand(a, out) {
      await a.delete(`/configs/${out.slug}`);
    },
    async count(a) {
      return (await a.get("/configs")).total;
    },
    importId: (out) => String(out.slug),
  },
  badInput: [
    ["missing config", { name: "c" }, /GatewayConfig\.config is required/],
    ["empty config", { ...cfg, config: {} }, /GatewayConfig\.config must not be empty: give at least one of strategy, targets, retry, cache/],
    ["malformed config JSON", { ...cfg, config: '{"retry": {"attempts": 3}' }, /GatewayConfig\.config must be valid JSON/],
    ["HCL config", { ...cfg, config: "retry = { attempts = 3 }" }, /config must be valid JSON .*looks like HCL/],
    [
      "unknown strategy",
      { ...cfg, config: { strategy: { mode: "random" } } },
      /config\.strategy\.mode must be one of: single, loadbalance, fallback, conditional/,
    ],
    ["strategy without mode", { ...cfg, config: { strategy: {} } }, /config\.strategy is missing the required key "mode"/],
    ["too many retries", { ...cfg, config: { retry: { attempts: 9 } } }, /config\.retry\.attempts must be <= 5/],
    ["negative retries", { ...cfg, config: { retry: { attempts: -1 } } }, /config\.retry\.attempts must be >= 0/],
    ["unknown cache mode", { ...cfg, config: { cache: { mode: "forever" } } }, /config\.cache\.mode must be one of: simple, semantic/],
    ["cache age too short", { ...cfg, config: { cache: { mode: "simple", max_age: 10 } } }, /config\.cache\.max_age must be >= 60/],
    ["targets as an object", { ...cfg, config: { targets: {} } }, /config\.targets must be array/],
    ["isDefault as text", { ...cfg, config: { retry: { attempts: 1 } }, isDefault: "true" }, /GatewayConfig\.isDefault must be boolean/],
    ["config as a JSON list", { ...cfg, config: "[]" }, /GatewayConfig\.config must be object/],
    ["empty name", { name: "", config: { retry: { attempts: 1 } } }, /GatewayConfig\.name must not be empty/],
    ["empty workspace", { ...cfg, config: { retry: { attempts: 1 } }, workspaceId: "" }, /GatewayConfig\.workspaceId must not be empty/],
    ["unknown argument", { ...cfg, config: { retry: { attempts: 1 } }, owner: "me" }, /GatewayConfig\.owner is not a known argument/],
  ],
};
