// String formats that resource descriptions name in their schemas
// (`{ type: "string", format: "https-url" }`). They are registered on every ajv
// instance that reads a description, the provider's and the emulator's, so a
// rule is written once as data. All checks are local: no network, no clock.
import type Ajv from "ajv";
import { X509Certificate } from "crypto";
import { isSecureUrl } from "../http/url";

export interface Format {
  validate(value: string): boolean;
  /** What a failing value should have been, completing "<field> must be ...". */
  expected: string;
}

const PEM_BLOCK = /^\s*-----BEGIN CERTIFICATE-----\r?\n[A-Za-z0-9+/=\s]+-----END CERTIFICATE-----\s*$/;

function parses(make: () => unknown): boolean {
  try {
    make();
    return true;
  } catch {
    return false;
  }
}

export const FORMATS: Record<string, Format> = {
  "https-url": {
    // The same rule as for base URLs: https, or http to loopback (an emulator).
    validate: (v) => parses(() => new URL(v)) && isSecureUrl(new URL(v)) && !new URL(v).username && !new URL(v).password,
    expected: "an https URL without credentials (plain http only for loopback), e.g. https://example.com/path",
  },
  email: {
    validate: (v) => /^[^@\s]+@[^@\s]+\.[^@\s.]+$/.test(v),
    expected: "an email address, e.g. security@example.com",
  },
  "x509-pem": {
    // One PEM certificate block that node's own X.509 parser accepts.
    validate: (v) => PEM_BLOCK.test(v) && parses(() => new X509Certificate(v)),
    expected: "one PEM-encoded X.509 certificate (-----BEGIN CERTIFICATE----- ... -----END CERTIFICATE-----), as exported from the identity provider",
  },
  "iso-4217": {
    validate: (v) => /^[A-Z]{3}$/.test(v),
    expected: "an ISO 4217 currency code of three upper-case letters, e.g. USD or EUR",
  },
  "slack-channel": {
    validate: (v) => /^#[a-z0-9][a-z0-9._-]{0,79}$/.test(v),
    expected: "a Slack channel name starting with #, in lower case, e.g. #ai-alerts",
  },
  "jira-project-key": {
    validate: (v) => /^[A-Z][A-Z0-9_]{1,9}$/.test(v),
    expected: "a Jira project key: an upper-case letter, then 1 to 9 upper-case letters, digits or underscores, e.g. SEC",
  },
  domain: {
    validate: (v) => /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(v),
    expected: "a lower-case domain name, e.g. example.com",
  },
};

/** The formats as ajv takes them; precompiled validators require this at run time. */
export const AJV_FORMATS = Object.fromEntries(Object.entries(FORMATS).map(([name, f]) => [name, { type: "string" as const, validate: f.validate }]));

export function addFormats(ajv: Ajv): Ajv {
  for (const [name, f] of Object.entries(AJV_FORMATS)) ajv.addFormat(name, f);
  return ajv;
}
