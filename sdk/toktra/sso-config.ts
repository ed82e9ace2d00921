import * as pulumi from "@pulumi/pulumi";
import { ssoConfigSpec } from "../../spec/toktra/sso-config";
import { byIdSources } from "../core/data-source";
import { prepare, providerOf } from "../core/resource";

const impl = providerOf(ssoConfigSpec);

export type IdentityProvider = "okta" | "azure_ad" | "google" | "onelogin" | "custom_saml";
export type Role = "admin" | "member" | "viewer";

export interface SsoConfigArgs {
  idp: pulumi.Input<IdentityProvider>;
  /** The IdP's SAML entity ID (issuer). */
  entityId: pulumi.Input<string>;
  /** The IdP's SAML single sign-on URL; https only. */
  ssoUrl: pulumi.Input<string>;
  /** The IdP's PEM X.509 signing certificate; checked at preview, stored as a secret. */
  certificate: pulumi.Input<string>;
  enabled?: pulumi.Input<boolean>;
  /** SSO as the only way in for the allowed domains. */
  enforce?: pulumi.Input<boolean>;
  defaultRole?: pulumi.Input<Role>;
  /** Every domain when left out; if given, at least one. */
  allowedDomains?: pulumi.Input<pulumi.Input<string>[]>;
}

/** The organization's SAML SSO configuration (one per organization). Import id: its id. */
export class SsoConfig extends pulumi.dynamic.Resource {
  declare public readonly idp: pulumi.Output<IdentityProvider>;
  declare public readonly entityId: pulumi.Output<string>;
  declare public readonly ssoUrl: pulumi.Output<string>;
  /** A salted fingerprint of the certificate, never the certificate. */
  declare public readonly certificate: pulumi.Output<string>;
  declare public readonly enabled: pulumi.Output<boolean | undefined>;
  declare public readonly enforce: pulumi.Output<boolean | undefined>;
  declare public readonly defaultRole: pulumi.Output<Role | undefined>;
  declare public readonly allowedDomains: pulumi.Output<string[] | undefined>;
  declare public readonly acsUrl: pulumi.Output<string>;
  declare public readonly spEntityId: pulumi.Output<string>;
  declare public readonly certificateFingerprint: pulumi.Output<string>;
  declare public readonly certificateExpiresAt: pulumi.Output<string>;
  declare public readonly createdAt: pulumi.Output<string>;
  declare public readonly updatedAt: pulumi.Output<string>;

  constructor(name: string, args: SsoConfigArgs, opts?: pulumi.CustomResourceOptions) {
    const p = prepare(impl.spec, name, args, opts);
    super(impl, name, p.props, p.opts, "toktra", "SsoConfig");
  }
}

/** An SSO configuration as the API shows it: the certificate only by fingerprint and expiry. */
export interface GetSsoConfigResult {
  id: string;
  idp: IdentityProvider;
  entityId: string;
  ssoUrl: string;
  enabled?: boolean;
  enforce?: boolean;
  defaultRole?: Role;
  allowedDomains?: string[];
  acsUrl?: string;
  spEntityId?: string;
  certificateFingerprint?: string;
  certificateExpiresAt?: string;
  createdAt?: string;
  updatedAt?: string;
}

/** `getSsoConfig({ id })` looks up the configuration; `getSsoConfigs()` lists it (zero or one). */
export const {
  one: getSsoConfig,
  oneOutput: getSsoConfigOutput,
  all: getSsoConfigs,
  allOutput: getSsoConfigsOutput,
} = byIdSources<GetSsoConfigResult, "configs">(impl.spec, "configs");
