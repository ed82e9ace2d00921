// Generated from spec/toktra/sso-config.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { ssoConfigSpec } from "../../spec/toktra/sso-config";
import { list, lookup } from "../core/data-source";
import { prepare, providerOf } from "../core/resource";
import type { IdentityProvider, Role } from "./types";

const impl = providerOf(ssoConfigSpec);

/** The arguments of a {@link SsoConfig}. */
export interface SsoConfigArgs {
  /** The identity provider: `okta`, `azure_ad`, `google`, `onelogin` or `custom_saml`. */
  idp: pulumi.Input<IdentityProvider>;
  /** The identity provider's SAML entity ID (issuer). */
  entityId: pulumi.Input<string>;
  /** The identity provider's SAML single sign-on URL. https only. */
  ssoUrl: pulumi.Input<string>;
  /** The identity provider's signing certificate, PEM-encoded X.509. A secret; not read back. */
  certificate: pulumi.Input<string>;
  /** Whether members may sign in with SSO. Defaults to true. */
  enabled?: pulumi.Input<boolean>;
  /** Whether SSO is the only way in for the allowed domains. Defaults to false. */
  enforce?: pulumi.Input<boolean>;
  /** Role of members created at first sign-in: `admin`, `member` or `viewer`. Defaults to member. */
  defaultRole?: pulumi.Input<Role>;
  /** Email domains that sign in through this IdP; every domain when left out. If given, at least one. */
  allowedDomains?: pulumi.Input<pulumi.Input<string>[]>;
}

/**
 * The organization's SAML 2.0 single sign-on with an identity provider. One per organization.
 *
 * Import id: `id`, e.g. `sso_2d7f0a61c5e8`. The Terraform provider's `toktra_sso_config`.
 */
export class SsoConfig extends pulumi.dynamic.Resource {
  /** The identity provider: `okta`, `azure_ad`, `google`, `onelogin` or `custom_saml`. */
  declare public readonly idp: pulumi.Output<IdentityProvider>;
  /** The identity provider's SAML entity ID (issuer). */
  declare public readonly entityId: pulumi.Output<string>;
  /** The identity provider's SAML single sign-on URL. https only. */
  declare public readonly ssoUrl: pulumi.Output<string>;
  /**
   * The identity provider's signing certificate, PEM-encoded X.509. A secret; not read back.
   *
   * The output holds a salted fingerprint of the value (`fp1:<salt>:<hmac>`), never the value.
   */
  declare public readonly certificate: pulumi.Output<string>;
  /** Whether members may sign in with SSO. Defaults to true. */
  declare public readonly enabled: pulumi.Output<boolean | undefined>;
  /** Whether SSO is the only way in for the allowed domains. Defaults to false. */
  declare public readonly enforce: pulumi.Output<boolean | undefined>;
  /** Role of members created at first sign-in: `admin`, `member` or `viewer`. Defaults to member. */
  declare public readonly defaultRole: pulumi.Output<Role | undefined>;
  /** Email domains that sign in through this IdP; every domain when left out. If given, at least one. */
  declare public readonly allowedDomains: pulumi.Output<string[] | undefined>;
  /** Toktra's assertion consumer service URL, to enter at the IdP. */
  declare public readonly acsUrl: pulumi.Output<string>;
  /** Toktra's own SAML entity ID, to enter at the IdP. */
  declare public readonly spEntityId: pulumi.Output<string>;
  /** SHA-256 fingerprint of the certificate, as Toktra computed it. */
  declare public readonly certificateFingerprint: pulumi.Output<string>;
  /** When the certificate expires (ISO 8601). */
  declare public readonly certificateExpiresAt: pulumi.Output<string>;
  /** When the object was created (ISO 8601). */
  declare public readonly createdAt: pulumi.Output<string>;
  /** When the object was last updated (ISO 8601). */
  declare public readonly updatedAt: pulumi.Output<string>;

  constructor(name: string, args: SsoConfigArgs, opts?: pulumi.CustomResourceOptions) {
    const p = prepare(impl.spec, name, args, opts);
    super(impl, name, p.props, p.opts, "toktra", "SsoConfig");
  }
}

/** A SsoConfig as the API shows it, from its data sources. */
export interface GetSsoConfigResult {
  /** The object's id. */
  id: string;
  /** The identity provider: `okta`, `azure_ad`, `google`, `onelogin` or `custom_saml`. */
  idp: IdentityProvider;
  /** The identity provider's SAML entity ID (issuer). */
  entityId: string;
  /** The identity provider's SAML single sign-on URL. https only. */
  ssoUrl: string;
  /** Whether members may sign in with SSO. Defaults to true. */
  enabled?: boolean;
  /** Whether SSO is the only way in for the allowed domains. Defaults to false. */
  enforce?: boolean;
  /** Role of members created at first sign-in: `admin`, `member` or `viewer`. Defaults to member. */
  defaultRole?: Role;
  /** Email domains that sign in through this IdP; every domain when left out. If given, at least one. */
  allowedDomains?: string[];
  /** Toktra's assertion consumer service URL, to enter at the IdP. */
  acsUrl?: string;
  /** Toktra's own SAML entity ID, to enter at the IdP. */
  spEntityId?: string;
  /** SHA-256 fingerprint of the certificate, as Toktra computed it. */
  certificateFingerprint?: string;
  /** When the certificate expires (ISO 8601). */
  certificateExpiresAt?: string;
  /** When the object was created (ISO 8601). */
  createdAt?: string;
  /** When the object was last updated (ISO 8601). */
  updatedAt?: string;
}

/** Looks up one SSO configuration by id. */
export function getSsoConfig(args: { id: string }): Promise<GetSsoConfigResult> {
  return lookup<GetSsoConfigResult>(impl.spec, "getSsoConfig", args);
}

/** {@link getSsoConfig}, with arguments that may be Outputs. */
export function getSsoConfigOutput(args: { id: pulumi.Input<string> }): pulumi.Output<GetSsoConfigResult> {
  return pulumi.output(args).apply(getSsoConfig);
}

/** Lists every SSO configuration of the organization. */
export function getSsoConfigs(): Promise<{ configs: GetSsoConfigResult[] }> {
  return list<GetSsoConfigResult, "configs">(impl.spec, "getSsoConfigs");
}

/** {@link getSsoConfigs}, as an Output. */
export function getSsoConfigsOutput(): pulumi.Output<{ configs: GetSsoConfigResult[] }> {
  return pulumi.output(getSsoConfigs());
}
