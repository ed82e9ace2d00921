export * from "./client";
export * from "./errors";
export * from "./path";
export * from "./redact";
export * from "./retry";
