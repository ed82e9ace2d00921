export * from "./limits";
export * from "./workspace";
export * from "./integration";
export * from "./integration-workspace-access";
export * from "./virtual-key";
export * from "./gateway-config";
