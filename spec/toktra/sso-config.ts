// toktra_sso_config: the organization's SSO/SAML configuration.
// API (assumed; not public): POST /v1/api/sso/configs -> the object;
// GET/PUT/DELETE /v1/api/sso/configs/{id}; cursor pages. The certificate is
// marked sensitive and not read back: GET shows its SHA-256 fingerprint and
// expiry instead, so state holds only a salted HMAC of it.
import { ResourceSpec } from "../core/types";
import { enabledField, httpsUrlField, nameField, providerTypeField, timestamps, toktraDataSources, toktraImportId, toktraPaths } from "./fields";

export const ssoConfigSpec: ResourceSpec = {
  vendor: "toktra",
  name: "SsoConfig",
  file: "sso-config",
  doc: "The organization's SAML 2.0 single sign-on with an identity provider.",
  api: toktraPaths("/sso/configs"),
  importId: toktraImportId("a8098c1a-f86e-41c5-b4a2-6c1f0b6d2e7f"),
  naturalKey: ["name", "entityId"],
  terraform: "toktra_sso_config",
  dataSources: toktraDataSources("SsoConfig", "SsoConfigs", "configs", "SSO configuration"),
  lostCreate: "naturalKey",
  fields: {
    name: nameField,
    // Toktra's docs do not say the identity provider cannot change, so it changes in place.
    providerType: providerTypeField(["okta", "azure_ad", "google", "onelogin", "custom_saml"], "IdentityProvider", "A SAML identity provider.", false),
    entityId: { doc: "The identity provider's SAML entity ID (issuer).", schema: { type: "string", minLength: 1 }, required: true },
    ssoUrl: httpsUrlField("The identity provider's SSO login URL."),
    certificate: {
      doc: "The identity provider's PEM-encoded X.509 signing certificate. A secret; not read back.",
      schema: { type: "string", format: "x509-pem" },
      required: true,
      secret: true,
      writeOnly: true,
    },
    enabled: enabledField("members may sign in with SSO"),
    acsUrl: { doc: "Toktra's assertion consumer service URL, to enter at the IdP.", schema: { type: "string" }, output: true },
    spEntityId: { doc: "Toktra's own SAML entity ID, to enter at the IdP.", schema: { type: "string" }, output: true },
    certificateFingerprint: { doc: "SHA-256 fingerprint of the certificate, as Toktra computed it.", schema: { type: "string" }, output: true },
    certificateExpiresAt: { doc: "When the certificate expires (ISO 8601).", schema: { type: "string" }, output: true },
    ...timestamps,
  },
};
