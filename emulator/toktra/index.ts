// The Toktra admin API as an emulated service: `api_url` is {emulator}/toktra
// and the admin collections live under /v1/api, as Toktra's Terraform provider
// docs place them (only GET /v1/api/siem/configs is named there; the rest is
// the same assumption the README lists). Authenticated by `Authorization: Bearer <key>`.
// The emulator's description of Toktra is its own (./*.ts), written from the
// docs: nothing here reads the provider's.
import { unauthorized } from "../errors";
import { Service } from "../server";
import { ALERT_CONFIGS, alertConfigRoutes } from "./alert-config";
import { BUDGETS, budgetRoutes } from "./budget";
import { ITSM_CONFIGS, itsmConfigRoutes } from "./itsm-config";
import { POLICIES, policyRoutes } from "./policy";
import { SIEM_CONFIGS, siemConfigRoutes } from "./siem-config";
import { SSO_CONFIGS, ssoConfigRoutes } from "./sso-config";
import { initialState, Toktra, TOKTRA_PREFIX, toktraErrorBody } from "./state";

export const DEFAULT_TOKTRA_KEY = "tk-emulator-local-key";

/** The Pulumi classes whose Toktra objects the emulator serves. */
export const SERVED: readonly string[] = [POLICIES, BUDGETS, ALERT_CONFIGS, SIEM_CONFIGS, ITSM_CONFIGS, SSO_CONFIGS].map((c) => c.served);

export function toktraService(apiKey: string): Service {
  return {
    name: "toktra",
    prefix: TOKTRA_PREFIX,
    initialState,
    errorBody: toktraErrorBody,
    authorize(req) {
      const given = req.headers.authorization;
      // Never echo the token the client sent.
      if (given === undefined || !/^Bearer /i.test(given)) throw unauthorized("Missing bearer token in the Authorization header");
      if (given.slice(7) !== apiKey) throw unauthorized("Invalid or expired token");
    },
    routes(router, ctx) {
      const tk = new Toktra(ctx);
      policyRoutes(router, tk);
      budgetRoutes(router, tk);
      alertConfigRoutes(router, tk);
      siemConfigRoutes(router, tk);
      itsmConfigRoutes(router, tk);
      ssoConfigRoutes(router, tk);
    },
  };
}
