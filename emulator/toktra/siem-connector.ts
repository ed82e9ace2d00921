// SIEM connectors: /toktra/v1/siem/configs. Tokens and signing secrets are
// stored for delivery but never shown.
import { siemConnectorSpec } from "../../spec/toktra/siem-connector";
import { Router } from "../router";
import { collectionRoutes } from "./collection";
import { Toktra } from "./state";

export function siemConnectorRoutes(r: Router, tk: Toktra): void {
  collectionRoutes(r, tk, { spec: siemConnectorSpec, table: "siemConfigs", idPrefix: "siem", noun: "SIEM connector" });
}
