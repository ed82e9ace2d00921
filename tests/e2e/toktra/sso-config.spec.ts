import { CERT_A, CERT_B } from "../../helpers/certificates";
import { useEmulator } from "../../helpers/emulator";
import { lifecycle } from "../../helpers/lifecycle";
import { toktraObjects } from "../../helpers/toktra";

const emulator = useEmulator();

lifecycle(
  {
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
  emulator,
);
