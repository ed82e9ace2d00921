// Generated from spec/index.ts by `npm run gen`; do not edit.
export * from "./policy";
export * from "./budget";
export * from "./alert-config";
export * from "./siem-config";
export * from "./itsm-config";
export * from "./sso-config";
