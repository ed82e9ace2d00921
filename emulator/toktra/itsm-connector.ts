// ITSM connectors: /toktra/v1/itsm/configs. Passwords and API tokens are stored
// but never shown; type-specific fields are checked by the description's rules.
import { itsmConnectorSpec } from "../../spec/toktra/itsm-connector";
import { Router } from "../router";
import { collectionRoutes } from "./collection";
import { Toktra } from "./state";

export function itsmConnectorRoutes(r: Router, tk: Toktra): void {
  collectionRoutes(r, tk, { spec: itsmConnectorSpec, table: "itsmConfigs", idPrefix: "itsm", noun: "ITSM connector" });
}
