export * from "./types";
export * from "./policy";
export * from "./siem-connector";
export * from "./sso-config";
export * from "./budget";
export * from "./alert-config";
export * from "./itsm-connector";
