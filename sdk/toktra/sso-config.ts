// Generated from spec/toktra/sso-config.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { ssoConfigSpec } from "../../spec/toktra/sso-config";
import { list, lookup } from "../core/data-source";
import { prepare, providerOf } from "../core/resource";
import type { IdentityProvider } from "./types";

const impl = providerOf(ssoConfigSpec);

/** The arguments of a {@link SsoConfig}. */
export interface SsoConfigArgs {
  /** Human-readable name. */
  name: pulumi.Input<string>;
  /** `okta`, `azure_ad`, `google`, `onelogin` or `custom_saml`. */
  providerType: pulumi.Input<IdentityProvider>;
  /** The identity provider's SAML entity ID (issuer). */
  entityId: pulumi.Input<string>;
  /** The identity provider's SSO login URL. https only. */
  ssoUrl: pulumi.Input<string>;
  /** The identity provider's PEM-encoded X.509 signing certificate. A secret; not read back. */
  certificate: pulumi.Input<string>;
  /** Whether members may sign in with SSO. Defaults to true. */
  enabled?: pulumi.Input<boolean>;
}

/**
 * The organization's SAML 2.0 single sign-on with an identity provider.
 *
 * Import id: `id`, e.g. `a8098c1a-f86e-41c5-b4a2-6c1f0b6d2e7f`. The Terraform provider's `toktra_sso_config`.
 */
export class SsoConfig extends pulumi.dynamic.Resource {
  /** Human-readable name. */
  declare public readonly name: pulumi.Output<string>;
  /** `okta`, `azure_ad`, `google`, `onelogin` or `custom_saml`. */
  declare public readonly providerType: pulumi.Output<IdentityProvider>;
  /** The identity provider's SAML entity ID (issuer). */
  declare public readonly entityId: pulumi.Output<string>;
  /** The identity provider's SSO login URL. https only. */
  declare public readonly ssoUrl: pulumi.Output<string>;
  /**
   * The identity provider's PEM-encoded X.509 signing certificate. A secret; not read back.
   *
   * The output holds a salted fingerprint of the value (`fp1:<salt>:<hmac>`), never the value.
   */
  declare public readonly certificate: pulumi.Output<string>;
  /** Whether members may sign in with SSO. Defaults to true. */
  declare public readonly enabled: pulumi.Output<boolean | undefined>;
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
  /** Human-readable name. */
  name: string;
  /** `okta`, `azure_ad`, `google`, `onelogin` or `custom_saml`. */
  providerType: IdentityProvider;
  /** The identity provider's SAML entity ID (issuer). */
  entityId: string;
  /** The identity provider's SSO login URL. https only. */
  ssoUrl: string;
  /** Whether members may sign in with SSO. Defaults to true. */
  enabled?: boolean;
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
