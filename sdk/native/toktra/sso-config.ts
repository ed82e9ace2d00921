// Generated from spec/toktra/sso-config.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { ssoConfigSpec } from "../../../spec/toktra/sso-config";
import { nativeProps } from "../core";
import type { SsoConfigArgs, GetSsoConfigResult } from "../../toktra/sso-config";
import type { IdentityProvider } from "../../toktra/types";

export type { SsoConfigArgs, GetSsoConfigResult };

/**
 * The organization's SAML 2.0 single sign-on with an identity provider.
 *
 * Import id: `id`, e.g. `a8098c1a-f86e-41c5-b4a2-6c1f0b6d2e7f`. The Terraform provider's `toktra_sso_config`.
 *
 * Served by the native plugin `aigov`.
 */
export class SsoConfig extends pulumi.CustomResource {
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
    const p = nativeProps(ssoConfigSpec, name, args, opts);
    super("aigov:toktra:SsoConfig", name, p.props, p.opts);
  }
}

/**
 * Looks up one SSO configuration by id.
 *
 * Served by the plugin as an invoke.
 */
export function getSsoConfig(args: { id: string }, opts?: pulumi.InvokeOptions): Promise<GetSsoConfigResult> {
  return pulumi.runtime.invoke("aigov:toktra:getSsoConfig", args, opts);
}

/** {@link getSsoConfig}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getSsoConfigOutput(args: { id: pulumi.Input<string> }, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetSsoConfigResult> {
  return pulumi.runtime.invokeOutput("aigov:toktra:getSsoConfig", args, opts);
}

/**
 * Lists every SSO configuration of the organization.
 *
 * Served by the plugin as an invoke.
 */
export function getSsoConfigs(args: Record<string, never> = {}, opts?: pulumi.InvokeOptions): Promise<{ configs: GetSsoConfigResult[] }> {
  return pulumi.runtime.invoke("aigov:toktra:getSsoConfigs", args, opts);
}

/** {@link getSsoConfigs}, with arguments that may be Outputs; a secret argument or answer stays secret. */
export function getSsoConfigsOutput(args: Record<string, never> = {}, opts?: pulumi.InvokeOutputOptions): pulumi.Output<{ configs: GetSsoConfigResult[] }> {
  return pulumi.runtime.invokeOutput("aigov:toktra:getSsoConfigs", args, opts);
}
