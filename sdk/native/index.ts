// Generated from spec/index.ts by `npm run gen`; do not edit.
export * from "./provider";
export * as portkey from "./portkey";
export * as toktra from "./toktra";
