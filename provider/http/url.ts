// Base URL checks, apart from the client so that resolving settings does not
// load the HTTP stack.
import type { VendorName } from "./errors";

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/** Checks and normalizes a base URL: https, unless it points at this machine. */
export function checkBaseUrl(url: string, vendor: VendorName): string {
  const where = `${vendor}:baseUrl (${vendor.toUpperCase()}_BASE_URL)`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`${where} is not a valid URL: "${url}"`);
  }
  if (parsed.protocol !== "https:" && !(parsed.protocol === "http:" && LOOPBACK.test(parsed.hostname))) {
    throw new Error(`${where} must use https (plain http is allowed only for loopback addresses), got "${parsed.protocol}//${parsed.host}"`);
  }
  if (parsed.username || parsed.password) throw new Error(`${where} must not carry credentials; use ${vendor}:apiKey`);
  return url.replace(/\/+$/, "");
}
