// Generated from spec/index.ts by `npm run gen`; do not edit.
export * from "./workspace";
export * from "./integration";
export * from "./integration-workspace-access";
export * from "./virtual-key";
export * from "./gateway-config";
export * from "./api-key";
export * from "./usage-limits-policy";
export * from "./rate-limits-policy";
export * from "./user-invite";
export * from "./prompt-collection";
export * from "./prompt";
export * from "./guardrail";
export * from "./workspace-member";
export * from "./integration-model-access";
export * from "./scim-workspace-mapping";
