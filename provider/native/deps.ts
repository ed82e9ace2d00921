// gRPC and protobuf as @pulumi/pulumi has them: the plugin speaks through the
// same copies the SDK's generated stubs were built against, wherever the
// package manager put them.
import * as path from "path";
import type * as grpcTypes from "@grpc/grpc-js";
import type * as structTypes from "google-protobuf/google/protobuf/struct_pb";

const sdkDir = path.dirname(require.resolve("@pulumi/pulumi/package.json"));

function fromSdk<T>(id: string): T {
  return require(require.resolve(id, { paths: [sdkDir] })) as T;
}

export const grpc = fromSdk<typeof grpcTypes>("@grpc/grpc-js");
export const struct = fromSdk<typeof structTypes>("google-protobuf/google/protobuf/struct_pb");
export const empty = fromSdk<{ Empty: new () => unknown }>("google-protobuf/google/protobuf/empty_pb");
export const anyProto = fromSdk<typeof import("google-protobuf/google/protobuf/any_pb")>("google-protobuf/google/protobuf/any_pb");
export const proto = require("@pulumi/pulumi/proto/provider_pb") as typeof import("@pulumi/pulumi/proto/provider_pb");
export const plugin = require("@pulumi/pulumi/proto/plugin_pb") as typeof import("@pulumi/pulumi/proto/plugin_pb");
export const status = require("@pulumi/pulumi/proto/status_pb") as typeof import("@pulumi/pulumi/proto/status_pb");
export const service = (require("@pulumi/pulumi/proto/provider_grpc_pb") as { ResourceProviderService: grpcTypes.ServiceDefinition }).ResourceProviderService;
