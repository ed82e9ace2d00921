// Toktra SAML single sign-on configuration. One per organization: the API
// (assumed) refuses a second with 409, and every field changes in place, so the
// resource is never replaced (a replacement would need two at once).
// API (assumed; not public): POST /sso/saml-configs -> the object; GET/PUT/DELETE
// /sso/saml-configs/{id}; cursor pages. The certificate is not read back: GET
// shows its SHA-256 fingerprint and expiry instead. It is public data, but it
// is kept as a Pulumi secret all the same, so state holds only a salted HMAC of it.
import { ResourceSpec } from "../core/types";
import { httpsUrlField, timestamps, toktraDataSources, toktraImportId, toktraPaths } from "./fields";

export const ssoConfigSpec: ResourceSpec = {
  vendor: "toktra",
  name: "SsoConfig",
  file: "sso-config",
  doc: "The organization's SAML 2.0 single sign-on with an identity provider. One per organization.",
  api: toktraPaths("/sso/saml-configs"),
  importId: toktraImportId("sso_2d7f0a61c5e8"),
  naturalKey: ["entityId"],
  terraform: "toktra_sso_config",
  dataSources: toktraDataSources("SsoConfig", "SsoConfigs", "configs", "SSO configuration"),
  lostCreate: "naturalKey",
  fields: {
    idp: {
      doc: "The identity provider: `okta`, `azure_ad`, `google`, `onelogin` or `custom_saml`.",
      schema: { typeName: "IdentityProvider", description: "A SAML identity provider.", enum: ["okta", "azure_ad", "google", "onelogin", "custom_saml"] },
      required: true,
    },
    entityId: { doc: "The identity provider's SAML entity ID (issuer).", schema: { type: "string", minLength: 1 }, required: true },
    ssoUrl: httpsUrlField("The identity provider's SAML single sign-on URL. https only."),
    certificate: {
      doc: "The identity provider's signing certificate, PEM-encoded X.509. A secret; not read back.",
      schema: { type: "string", format: "x509-pem" },
      required: true,
      secret: true,
      writeOnly: true,
    },
    enabled: { doc: "Whether members may sign in with SSO. Defaults to true.", schema: { type: "boolean" }, default: true },
    enforce: { doc: "Whether SSO is the only way in for the allowed domains. Defaults to false.", schema: { type: "boolean" }, default: false },
    defaultRole: { doc: "Role of members created at first sign-in: `admin`, `member` or `viewer`. Defaults to member.", schema: { typeName: "Role", description: "A member's role in the organization.", enum: ["admin", "member", "viewer"] }, default: "member" },
    allowedDomains: {
      doc: "Email domains that sign in through this IdP; every domain when left out. If given, at least one.",
      schema: { type: "array", minItems: 1, uniqueItems: true, items: { type: "string", format: "domain" } },
      clearWith: null,
    },
    acsUrl: { doc: "Toktra's assertion consumer service URL, to enter at the IdP.", schema: { type: "string" }, output: true },
    spEntityId: { doc: "Toktra's own SAML entity ID, to enter at the IdP.", schema: { type: "string" }, output: true },
    certificateFingerprint: { doc: "SHA-256 fingerprint of the certificate, as Toktra computed it.", schema: { type: "string" }, output: true },
    certificateExpiresAt: { doc: "When the certificate expires (ISO 8601).", schema: { type: "string" }, output: true },
    ...timestamps,
  },
};
