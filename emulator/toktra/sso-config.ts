// toktra_sso_config: /v1/api/sso/configs. The certificate is stored but shown
// only as its SHA-256 fingerprint and expiry; Toktra's own SP endpoints (from
// its SSO guide: entity ID https://api.toktra.io, /v1/sso/acs?org_id=…) are added.
import { X509Certificate } from "crypto";
import { Router } from "../router";
import { Collection, collectionRoutes, S } from "./collection";
import { ORG_ID, Toktra } from "./state";

export const SP_ENTITY_ID = "https://api.toktra.io";

export const SSO_CONFIGS: Collection = {
  served: "SsoConfig",
  path: "/v1/api/sso/configs",
  table: "ssoConfigs",
  noun: "SSO config",
  schema: {
    type: "object",
    required: ["name", "provider_type", "entity_id", "sso_url", "certificate"],
    properties: {
      name: S.name,
      provider_type: { enum: ["okta", "azure_ad", "google", "onelogin", "custom_saml"] },
      entity_id: S.text,
      sso_url: S.httpsUrl,
      certificate: { type: "string", format: "x509-pem" },
      enabled: S.bool,
    },
  },
  defaults: { enabled: true },
  writeOnly: ["certificate"],
  derive(rec) {
    // The schema has already parsed the certificate, so this cannot throw.
    const cert = new X509Certificate(String(rec.certificate));
    rec.certificate_fingerprint = cert.fingerprint256;
    rec.certificate_expires_at = new Date(cert.validTo).toISOString();
    rec.sp_entity_id = SP_ENTITY_ID;
    rec.acs_url = `${SP_ENTITY_ID}/v1/sso/acs?org_id=${ORG_ID}`;
  },
};

export function ssoConfigRoutes(r: Router, tk: Toktra): void {
  collectionRoutes(r, tk, SSO_CONFIGS);
}
