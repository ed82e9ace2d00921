// Generated from spec/index.ts by `npm run gen`; do not edit.
export * from "./policy";
export * from "./budget";
export * from "./alert-config";
export * from "./siem-connector";
export * from "./itsm-connector";
export * from "./sso-config";
