// Stack-reference sharing between a platform team's stack and application teams' stacks.
export { publish, SHARED_OUTPUT, SHARED_SECRETS_OUTPUT } from "./publish";
export type { PublishArgs, Shared, SharedWorkspace } from "./publish";
export { from, SharingError } from "./from";
export type { PlatformRef, WorkspaceRef } from "./from";
