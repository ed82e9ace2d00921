// The native plugin's settings. The dynamic hosting reads `portkey:apiKey`
// and the like from stack config; a native plugin only sees its own package's
// namespace, so the same settings are `aigov:portkeyApiKey` and so on: the
// vendor, then the setting's name. Which settings exist is whatever
// config.ts's `configureFrom` asks for, so the two hostings cannot disagree,
// and the environment fallbacks are config.ts's own.
import { configureFrom } from "../core/config";
import type { Vendor } from "../../spec/core/types";

export interface Setting {
  /** The native name, e.g. `portkeyApiKey`. */
  name: string;
  /** The dynamic hosting's stack config key, e.g. `portkey:apiKey`. */
  dynamicKey: string;
  vendor: Vendor;
  secret: boolean;
  integer: boolean;
}

/** `portkey:apiKey` -> `portkeyApiKey`. */
export function nativeName(dynamicKey: string): string {
  const [vendor, key] = dynamicKey.split(":") as [string, string];
  return vendor + key[0]!.toUpperCase() + key.slice(1);
}

/** Every setting, in the order config.ts reads them. */
export function settings(): Setting[] {
  const asked: string[] = [];
  configureFrom({ get: (k) => void asked.push(k) });
  configureFrom({ get: () => undefined });
  return asked.map((dynamicKey) => {
    const [vendor, key] = dynamicKey.split(":") as [Vendor, string];
    return { name: nativeName(dynamicKey), dynamicKey, vendor, secret: /key|token|secret/i.test(key), integer: /retries/i.test(key) };
  });
}

/**
 * Hands config.ts the plugin's settings: `PULUMI_CONFIG` (the stack's `aigov:`
 * config, which every provider process gets), overridden by what Configure
 * carries (an explicit provider's own arguments).
 */
export function applySettings(configured: Record<string, unknown>, env: string | undefined = process.env.PULUMI_CONFIG): void {
  let stack: Record<string, unknown> = {};
  try {
    stack = env ? (JSON.parse(env) as Record<string, unknown>) : {};
  } catch {
    stack = {};
  }
  const text = (v: unknown) => (v === undefined || v === null || v === "" ? undefined : typeof v === "string" ? v : JSON.stringify(v));
  configureFrom({
    get: (key) => {
      const name = nativeName(key);
      return text(configured[name]) ?? text(stack[name]) ?? text(stack[`aigov:${name}`]);
    },
  });
}
