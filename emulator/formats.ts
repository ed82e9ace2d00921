// String formats the emulator checks in request bodies (`format: "https-url"`
// and the like). The emulator keeps its own rules so it judges a client's
// requests independently of the client's code.
import type Ajv from "ajv";
import { X509Certificate } from "crypto";
import { isIP } from "net";

function tryUrl(v: string): URL | undefined {
  try {
    return new URL(v);
  } catch {
    return undefined;
  }
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** https, or plain http to a loopback host (another local emulator); never credentials in the URL. */
function httpsUrl(v: string): boolean {
  const u = tryUrl(v);
  if (!u || u.username || u.password) return false;
  return u.protocol === "https:" || (u.protocol === "http:" && (LOOPBACK.has(u.hostname) || (isIP(u.hostname) === 4 && u.hostname.startsWith("127."))));
}

function certificate(v: string): boolean {
  if (!/^\s*-----BEGIN CERTIFICATE-----\r?\n[A-Za-z0-9+/=\s]+-----END CERTIFICATE-----\s*$/.test(v)) return false;
  try {
    new X509Certificate(v);
    return true;
  } catch {
    return false;
  }
}

export const EMULATOR_FORMATS: Record<string, (v: string) => boolean> = {
  "https-url": httpsUrl,
  email: (v) => /^[^@\s]+@[^@\s]+\.[^@\s.]+$/.test(v),
  "x509-pem": certificate,
  "iso-4217": (v) => /^[A-Z]{3}$/.test(v),
  "slack-channel": (v) => /^#[a-z0-9][a-z0-9._-]{0,79}$/.test(v),
  "jira-project-key": (v) => /^[A-Z][A-Z0-9_]{1,9}$/.test(v),
  domain: (v) => /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(v),
};

export function addEmulatorFormats(ajv: Ajv): Ajv {
  for (const [name, validate] of Object.entries(EMULATOR_FORMATS)) ajv.addFormat(name, { type: "string", validate });
  return ajv;
}
