// Alert configurations: /toktra/v1/alert-configs.
import { alertConfigSpec } from "../../spec/toktra/alert-config";
import { Router } from "../router";
import { collectionRoutes } from "./collection";
import { Toktra } from "./state";

export function alertConfigRoutes(r: Router, tk: Toktra): void {
  collectionRoutes(r, tk, { spec: alertConfigSpec, table: "alertConfigs", idPrefix: "alc", noun: "alert configuration" });
}
