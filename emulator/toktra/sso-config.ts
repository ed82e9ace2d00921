// SAML SSO configurations: /toktra/v1/sso/saml-configs, one per organization
// (a second create answers 409 conflict). The certificate is stored but shown
// only as its SHA-256 fingerprint and expiry; Toktra's own SP endpoints are added.
import { X509Certificate } from "crypto";
import { ssoConfigSpec } from "../../spec/toktra/sso-config";
import { conflict } from "../errors";
import { Router } from "../router";
import { collectionRoutes } from "./collection";
import { ORG_ID, Toktra } from "./state";

export const SP_ENTITY_ID = "https://api.toktra.io";

export function ssoConfigRoutes(r: Router, tk: Toktra): void {
  collectionRoutes(r, tk, {
    spec: ssoConfigSpec,
    table: "ssoConfigs",
    idPrefix: "sso",
    noun: "SSO configuration",
    beforeCreate(t) {
      const existing = Object.keys(t.db.ssoConfigs)[0];
      if (existing) throw conflict(`the organization already has an SSO configuration (${existing}); update it or import it`);
    },
    derive(rec) {
      // The body schema has already parsed the certificate, so this cannot throw.
      const cert = new X509Certificate(String(rec.certificate));
      rec.certificate_fingerprint = cert.fingerprint256;
      rec.certificate_expires_at = new Date(cert.validTo).toISOString();
      rec.sp_entity_id = SP_ENTITY_ID;
      rec.acs_url = `${SP_ENTITY_ID}/v1/sso/acs?org_id=${ORG_ID}`;
    },
  });
}
