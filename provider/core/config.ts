// Credentials and endpoints, from stack config (`portkey:apiKey`, secret) or the
// environment. They live only in the provider process's memory: nothing here is
// captured by the serialized provider or written to state.
// Toktra's address is `toktra:apiUrl` / TOKTRA_API_URL, as its Terraform provider
// names it (`api_url`, https://api.toktra.io, no /v1); `toktra:baseUrl` /
// TOKTRA_BASE_URL are deprecated aliases kept for programs written before.
import type { ApiClient } from "../http/client";
import { checkBaseUrl } from "../http/url";
import { Vendor } from "../../spec/core/types";
import { ConfigError } from "./errors";
import { notice, retryLogger } from "./log";
import { quote } from "./quote";

/** More retries than this cannot fit the 2-minute budget of a call anyway. */
const MAX_RETRIES = 100;

export interface VendorSettings {
  apiKey?: string;
  baseUrl?: string;
  maxRetries?: string;
}

interface ConfigSource {
  get(key: string): string | undefined;
}

const DEFAULT_BASE_URL: Record<Vendor, string> = {
  portkey: "https://api.portkey.ai/v1",
  toktra: "https://api.toktra.io",
};

/** The setting that names the API's address, and the deprecated one it replaces. */
const URL_SETTING: Record<Vendor, { name: string; env: string; alias?: { name: string; env: string } }> = {
  portkey: { name: "portkey:baseUrl", env: "PORTKEY_BASE_URL" },
  toktra: { name: "toktra:apiUrl", env: "TOKTRA_API_URL", alias: { name: "toktra:baseUrl", env: "TOKTRA_BASE_URL" } },
};

/** The stack setting that names a vendor's API address (`portkey:baseUrl`, `toktra:apiUrl`). */
export const urlSettingOf = (vendor: Vendor): string => URL_SETTING[vendor].name;

const AUTH: Record<Vendor, { header: string; bearer: boolean }> = {
  portkey: { header: "x-portkey-api-key", bearer: false },
  toktra: { header: "authorization", bearer: true },
};

const settings: Partial<Record<Vendor, VendorSettings>> = {};
const clients = new Map<string, ApiClient>();

/** A vendor's settings from stack config (`<vendor>:<key>`); the program's data sources read them the same way. */
export function settingsFrom(vendor: Vendor, get: (key: string) => string | undefined): VendorSettings {
  const alias = URL_SETTING[vendor].alias;
  return {
    apiKey: get(`${vendor}:apiKey`),
    baseUrl: get(URL_SETTING[vendor].name) || (alias && deprecated(alias.name, URL_SETTING[vendor].name, get(alias.name))),
    maxRetries: get(`${vendor}:maxRetries`),
  };
}

/** Called by the engine through each resource type's `configure`; must not await. */
export function configureFrom(config: ConfigSource): void {
  for (const vendor of ["portkey", "toktra"] as Vendor[]) settings[vendor] = settingsFrom(vendor, (k) => config.get(k));
}

const warned = new Set<string>();

/** A value given under a deprecated name, with a warning the first time. */
function deprecated(name: string, instead: string, value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (!warned.has(name)) notice(`warning: ${name} is deprecated; use ${instead} instead`);
  warned.add(name);
  return value;
}

/** The API's address: the setting, its environment variable, a deprecated alias, or the default. Toktra's drops a trailing /v1. */
function addressOf(vendor: Vendor, given: string | undefined): string {
  const s = URL_SETTING[vendor];
  const url = given || process.env[s.env] || (s.alias && deprecated(s.alias.env, s.env, process.env[s.alias.env])) || DEFAULT_BASE_URL[vendor];
  const checked = checkBaseUrl(url, vendor, `${s.name} (${s.env})`);
  // The admin paths start with /v1, so a URL written as the public API's base (…/v1) means the same host.
  return vendor === "toktra" ? checked.replace(/\/v1$/, "") : checked;
}

function envName(vendor: Vendor, what: string): string {
  return `${vendor.toUpperCase()}_${what}`;
}

/** Resolves settings: stack config first, then the environment, then defaults. */
export function resolveSettings(vendor: Vendor, given: VendorSettings = settings[vendor] ?? {}) {
  const apiKey = given.apiKey || process.env[envName(vendor, "API_KEY")];
  if (!apiKey) {
    throw new ConfigError(
      `${vendor}: no API key. Set it with \`pulumi config set --secret ${vendor}:apiKey <key>\` ` +
        `or the ${envName(vendor, "API_KEY")} environment variable.`,
    );
  }
  return { apiKey, ...checkedSettings(vendor, given) };
}

/** The settings beside the key, checked: what `check` refuses at preview, so nothing is sent to a refused host. */
export function checkedSettings(vendor: Vendor, given: VendorSettings = settings[vendor] ?? {}) {
  const baseUrl = addressOf(vendor, given.baseUrl);
  const retriesText = given.maxRetries ?? process.env[envName(vendor, "MAX_RETRIES")];
  let maxRetries: number | undefined;
  if (retriesText !== undefined && retriesText !== "") {
    maxRetries = Number(retriesText);
    if (!/^\s*\d+\s*$/.test(retriesText) || !Number.isSafeInteger(maxRetries) || maxRetries > MAX_RETRIES) {
      throw new ConfigError(
        `${vendor}:maxRetries (${envName(vendor, "MAX_RETRIES")}) must be a whole number from 0 to ${MAX_RETRIES}, got ${quote(retriesText)}; ` +
          `set it with \`pulumi config set ${vendor}:maxRetries 4\``,
      );
    }
  }
  return { baseUrl, maxRetries };
}

/** One client per vendor and settings, built lazily on first use. */
export function clientFor(vendor: Vendor, given?: VendorSettings): ApiClient {
  const s = resolveSettings(vendor, given);
  const cacheKey = `${vendor}\n${s.baseUrl}\n${s.apiKey}\n${s.maxRetries}`;
  let client = clients.get(cacheKey);
  if (!client) {
    // Loaded on first use: preview, check and diff never touch the network, so
    // they do not pay for loading the HTTP stack.
    const { ApiClient } = require("../http/client") as typeof import("../http/client");
    client = new ApiClient({
      vendor,
      baseUrl: s.baseUrl,
      apiKey: s.apiKey,
      authHeader: AUTH[vendor].header,
      ...(AUTH[vendor].bearer ? { authScheme: "bearer" as const } : {}),
      ...(s.maxRetries !== undefined ? { maxRetries: s.maxRetries } : {}),
      log: retryLogger(vendor),
    });
    clients.set(cacheKey, client);
  }
  return client;
}
