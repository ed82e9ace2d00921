// Every resource's provider, by the type token the engine records, derived
// from the registry.
import { RESOURCES } from "../spec";
import { providerFor } from "./core/module";
import type { ProviderModule } from "./core/resource";

export type Located = Pick<ProviderModule, "spec" | "locate">;

export const MODULES: Located[] = RESOURCES.map(providerFor);

/** The engine's type token for a dynamic resource, e.g. `pulumi-nodejs:dynamic/portkey:Workspace`. */
export function typeToken(m: Located): string {
  return `pulumi-nodejs:dynamic/${m.spec.vendor}:${m.spec.name}`;
}

export function moduleForType(type: string): Located | undefined {
  return MODULES.find((m) => typeToken(m) === type);
}
