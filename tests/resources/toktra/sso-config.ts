// SsoConfig: its life on the real engine, and its bad-input cases.
import { CERT_A, CERT_B, NOT_A_CERT } from "../../helpers/certificates";
import { toktraObjects } from "../../helpers/toktra";
import type { ResourceTable } from "../../helpers/tables";

const okta = {
  name: "Okta SSO",
  providerType: "okta",
  entityId: "https://company.okta.com/app/entity-id",
  ssoUrl: "https://company.okta.com/app/sso/saml",
  certificate: CERT_A,
};

export const table: ResourceTable = {
  lifecycle: {
    type: "SsoConfig",
    ...toktraObjects("/v1/api/sso/configs", ["enabled", false]),
    // Nothing in the docs replaces an SSO configuration: every argument changes in place.
    hasImmutableFields: false,
    mismatchField: "providerType",
    program(s, variant, imp) {
      const args = {
        // The docs' okta block.
        base: { ...okta, enabled: true },
        // The certificate rotates.
        updated: { ...okta, certificate: CERT_B },
        replaced: {
          name: "Azure AD SSO",
          providerType: "azure_ad",
          entityId: "https://sts.windows.net/4f1c2a9e/",
          ssoUrl: "https://login.microsoftonline.com/4f1c2a9e/saml2",
          certificate: CERT_A,
        },
      }[variant] as never;
      const sso = new s.toktra.SsoConfig("sso", args, imp ? { import: imp.importId } : {});
      return { targetId: sso.id };
    },
  },
  badInput: [
    ["bad PEM", { ...okta, certificate: NOT_A_CERT }, /SsoConfig\.certificate must be one PEM-encoded X\.509 certificate/],
    [
      "certificate without PEM armour",
      { ...okta, certificate: CERT_A.split("\n").slice(1, -1).join("\n") },
      /SsoConfig\.certificate must be one PEM-encoded X\.509 certificate/,
    ],
    ["plain http SSO URL", { ...okta, ssoUrl: "http://company.okta.com/app/sso/saml" }, /SsoConfig\.ssoUrl must be an https URL/],
    ["unknown IdP", { ...okta, providerType: "ping" }, /SsoConfig\.providerType must be one of: okta, azure_ad, google, onelogin, custom_saml/],
    ["missing entity ID", { ...okta, entityId: undefined }, /SsoConfig\.entityId is required/],
    ["missing name", { ...okta, name: undefined }, /SsoConfig\.name is required/],
  ],
};
