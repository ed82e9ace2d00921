// The fault soak's programs, here so that a unit test can check that they
// declare every resource type in the registry and as many resources as counted.
import type { Sdk } from "./installed";
import { declaredIn, declareMix, Mix } from "./mixed";
import { declareToktra, TOKTRA_COUNT } from "./mixed-toktra";

export const SOAK_MIX: Mix = { workspaces: 40, integrations: 10, configs: 40, others: 3 };
export const TWIN_MIX: Mix = { workspaces: 12, integrations: 4, configs: 12, others: 2 };

/** What the single soak declares. */
export const SOAK_DECLARED = declaredIn(SOAK_MIX) + TOKTRA_COUNT;
/** What each twin stack declares: no SSO, one per organisation. */
export const TWIN_DECLARED = declaredIn(TWIN_MIX) + TOKTRA_COUNT - 1;
/** Types a twin stack leaves out, as two stacks in one organisation cannot both hold one. */
export const TWIN_LEAVES_OUT = ["toktra:SsoConfig"];

export function declareSoak(s: Sdk): void {
  declareMix(s, SOAK_MIX, "Soak");
  declareToktra(s.toktra);
}

/** One twin stack; `stack` (its name) keeps its invite emails apart from the other's. */
export function declareTwin(s: Sdk, stack: string): void {
  declareMix(s, TWIN_MIX, "Twin", `twin-${stack}`);
  declareToktra(s.toktra, false);
}
