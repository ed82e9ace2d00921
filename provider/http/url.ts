// Base URL checks, apart from the client so that resolving settings does not
// load the HTTP stack.
import { ConfigError } from "../core/errors";
import { quote } from "../core/quote";
import type { VendorName } from "./errors";

const DEFAULT_EXAMPLE: Record<VendorName, string> = { portkey: "https://api.portkey.ai/v1", toktra: "https://api.toktra.io/v1" };

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/** https, or plain http to this machine (an emulator): the one rule for every URL the provider calls or configures. */
export function isSecureUrl(parsed: URL): boolean {
  return parsed.protocol === "https:" || (parsed.protocol === "http:" && LOOPBACK.test(parsed.hostname));
}

/** Checks and normalizes a base URL: https, unless it points at this machine. */
export function checkBaseUrl(url: string, vendor: VendorName, where = `${vendor}:baseUrl (${vendor.toUpperCase()}_BASE_URL)`): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError(`${where} is not a valid URL: ${quote(url)}; give one like ${DEFAULT_EXAMPLE[vendor]}`);
  }
  if (!isSecureUrl(parsed)) {
    throw new ConfigError(`${where} must use https (plain http is allowed only for loopback addresses), got ${quote(`${parsed.protocol}//${parsed.host}`)}`);
  }
  if (parsed.username || parsed.password) throw new ConfigError(`${where} must not carry credentials; use ${vendor}:apiKey`);
  return url.replace(/\/+$/, "");
}
