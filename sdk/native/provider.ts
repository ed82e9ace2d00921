// Generated from provider/core/config.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { providerProps } from "./core";

/** The settings of an explicit {@link Provider}; each one left out falls back to stack config, then the environment. */
export interface ProviderArgs {
  /** Overrides the stack's `aigov:portkeyApiKey` (the dynamic hosting's `portkey:apiKey`) and its environment fallback. */
  portkeyApiKey?: pulumi.Input<string>;
  /** Overrides the stack's `aigov:portkeyBaseUrl` (the dynamic hosting's `portkey:baseUrl`) and its environment fallback. */
  portkeyBaseUrl?: pulumi.Input<string>;
  /** Overrides the stack's `aigov:portkeyMaxRetries` (the dynamic hosting's `portkey:maxRetries`) and its environment fallback. */
  portkeyMaxRetries?: pulumi.Input<number>;
  /** Overrides the stack's `aigov:toktraApiKey` (the dynamic hosting's `toktra:apiKey`) and its environment fallback. */
  toktraApiKey?: pulumi.Input<string>;
  /** Overrides the stack's `aigov:toktraApiUrl` (the dynamic hosting's `toktra:apiUrl`) and its environment fallback. */
  toktraApiUrl?: pulumi.Input<string>;
  /** Overrides the stack's `aigov:toktraBaseUrl` (the dynamic hosting's `toktra:baseUrl`) and its environment fallback. */
  toktraBaseUrl?: pulumi.Input<string>;
  /** Overrides the stack's `aigov:toktraMaxRetries` (the dynamic hosting's `toktra:maxRetries`) and its environment fallback. */
  toktraMaxRetries?: pulumi.Input<number>;
}

/** An instance of the native plugin `aigov` with its own credentials and endpoints; pass it as the `provider` option. */
export class Provider extends pulumi.ProviderResource {
  constructor(name: string, args?: ProviderArgs, opts?: pulumi.ResourceOptions) {
    super("aigov", name, providerProps(args as Record<string, unknown> | undefined, ["portkeyApiKey", "toktraApiKey"]), opts);
  }
}
