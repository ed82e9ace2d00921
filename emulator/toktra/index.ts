// The Toktra admin API as an emulated service under /toktra/v1, authenticated
// by `Authorization: Bearer <key>`. Its CRUD paths are the same assumptions the
// resource descriptions make (Toktra documents only its read API).
import { unauthorized } from "../errors";
import { Service } from "../server";
import { alertConfigRoutes } from "./alert-config";
import { budgetRoutes } from "./budget";
import { itsmConnectorRoutes } from "./itsm-connector";
import { policyRoutes } from "./policy";
import { siemConnectorRoutes } from "./siem-connector";
import { ssoConfigRoutes } from "./sso-config";
import { initialState, Toktra, TOKTRA_PREFIX, toktraErrorBody } from "./state";

export const DEFAULT_TOKTRA_KEY = "tk-emulator-local-key";
export const SERVED: readonly string[] = ["Policy", "Budget", "AlertConfig", "SiemConnector", "ItsmConnector", "SsoConfig"];

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
      siemConnectorRoutes(router, tk);
      ssoConfigRoutes(router, tk);
      budgetRoutes(router, tk);
      alertConfigRoutes(router, tk);
      itsmConnectorRoutes(router, tk);
    },
  };
}
