// SsoConfig: its life on the real engine, and its bad-input cases.
import { CERT_A, CERT_B, NOT_A_CERT } from "../../helpers/certificates";
import { toktraObjects } from "../../helpers/toktra";
import type { ResourceTable } from "../../helpers/tables";

const sso = { idp: "okta", entityId: "http://www.okta.com/exk1", ssoUrl: "https://acme.okta.com/sso", certificate: CERT_A };

export const table: ResourceTable = {
  lifecycle: {
    type: "SsoConfig",
    ...toktraObjects("/sso/saml-configs", ["enforce", false]),
    // One per organization, so every field changes in place.
    hasImmutableFields: false,
    mismatchField: "idp",
    program(s, variant, imp) {
      const okta = { idp: "okta", entityId: "http://www.okta.com/exk1a2b3c", ssoUrl: "https://acme.okta.com/app/toktra/exk1a2b3c/sso/saml", allowedDomains: ["acme.example"] };
      const args = {
        base: { ...okta, certificate: CERT_A },
        // The certificate rotates and SSO becomes mandatory.
        updated: { ...okta, certificate: CERT_B, enforce: true },
        replaced: {
          idp: "azure_ad",
          entityId: "https://sts.windows.net/4f1c2a9e/",
          ssoUrl: "https://login.microsoftonline.com/4f1c2a9e/saml2",
          certificate: CERT_A,
          enforce: true,
          defaultRole: "viewer",
          allowedDomains: ["acme.example", "acme-labs.example"],
        },
      }[variant] as never;
      const sso = new s.toktra.SsoConfig("sso", args, imp ? { import: imp.importId } : {});
      return { targetId: sso.id };
    },
  },
  badInput: [
    ["bad PEM", { ...sso, certificate: NOT_A_CERT }, /SsoConfig\.certificate must be one PEM-encoded X\.509 certificate/],
    ["certificate without PEM armour", { ...sso, certificate: CERT_A.split("\n").slice(1, -1).join("\n") }, /SsoConfig\.certificate must be one PEM-encoded X\.509 certificate/],
    ["plain http SSO URL", { ...sso, ssoUrl: "http://acme.okta.com/sso" }, /SsoConfig\.ssoUrl must be an https URL/],
    ["empty allowed domains", { ...sso, allowedDomains: [] }, /SsoConfig\.allowedDomains must not be empty/],
    ["domain with capitals", { ...sso, allowedDomains: ["Acme.Example"] }, /SsoConfig\.allowedDomains\[0\] must be a lower-case domain name/],
    ["unknown IdP", { ...sso, idp: "ping" }, /SsoConfig\.idp must be one of: okta, azure_ad, google, onelogin, custom_saml/],
    ["missing entity ID", { ...sso, entityId: undefined }, /SsoConfig\.entityId is required/],
  ],
};
