// The plugin's gRPC service, served with the stubs @pulumi/pulumi ships. Our
// own server rather than the SDK's stock one: it reads Configure's arguments
// (explicit providers), answers detailed diffs, and reads with no state
// (the engine's import); everything else it hands to adapter.ts.
import * as fs from "fs";
import * as path from "path";
import type * as grpcTypes from "@grpc/grpc-js";
import type { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { InitFailedError } from "../core/errors";
import type { Bag } from "../core/wire";
import * as adapter from "./adapter";
import { anyProto, empty, grpc, plugin, proto, service, status, struct } from "./deps";
import { unwrap } from "./values";
import { applySettings } from "./settings";
import { forUrn } from "./engine-log";

type Call = grpcTypes.ServerUnaryCall<unknown, unknown>;
type Callback = grpcTypes.sendUnaryData<unknown>;
type Handler = (req: never) => unknown;

const bag = (s: Struct | undefined): Bag => (s ? (s.toJavaScript() as Bag) : {});
const toStruct = (b: Bag) => struct.Struct.fromJavaScript(b as never);

export function schemaText(): string {
  return fs.readFileSync(path.join(__dirname, "schema.json"), "utf8");
}

export function version(): string {
  return (JSON.parse(schemaText()) as { version: string }).version;
}

/** An error as gRPC sends it; a created-but-unfinished object travels as the engine's ErrorResourceInitFailed. */
function grpcError(e: unknown): Partial<grpcTypes.StatusObject> {
  const message = e instanceof Error ? e.message : String(e);
  const metadata = new grpc.Metadata();
  if (e instanceof InitFailedError) {
    const detail = new proto.ErrorResourceInitFailed();
    detail.setId(e.id);
    detail.setProperties(toStruct(e.properties));
    detail.setReasonsList(e.reasons);
    const any = new anyProto.Any();
    any.pack(detail.serializeBinary(), "pulumirpc.ErrorResourceInitFailed");
    const st = new status.Status();
    st.setCode(grpc.status.UNKNOWN);
    st.setMessage(message);
    st.addDetails(any);
    metadata.add("grpc-status-details-bin", Buffer.from(st.serializeBinary()));
  }
  return { code: grpc.status.UNKNOWN, details: message, metadata };
}

function unary(fn: Handler) {
  return (call: Call, callback: Callback) => {
    Promise.resolve()
      .then(() => {
        const req = call.request as { getUrn?: () => string };
        return forUrn(typeof req.getUrn === "function" ? req.getUrn() : "", () => fn(call.request as never));
      })
      .then(
        (res) => callback(null, res),
        (e: unknown) => callback(grpcError(e) as grpcTypes.ServiceError),
      );
  };
}

async function check(req: InstanceType<typeof proto.CheckRequest>) {
  const res = await adapter.check(req.getUrn(), bag(req.getNews()));
  const out = new proto.CheckResponse();
  out.setInputs(toStruct(res.inputs));
  for (const f of res.failures) {
    const failure = new proto.CheckFailure();
    failure.setProperty(f.property);
    failure.setReason(f.reason);
    out.addFailures(failure);
  }
  return out;
}

const KIND: Record<string, number> = {
  add: proto.PropertyDiff.Kind.ADD,
  "add-replace": proto.PropertyDiff.Kind.ADD_REPLACE,
  delete: proto.PropertyDiff.Kind.DELETE,
  "delete-replace": proto.PropertyDiff.Kind.DELETE_REPLACE,
  update: proto.PropertyDiff.Kind.UPDATE,
  "update-replace": proto.PropertyDiff.Kind.UPDATE_REPLACE,
};

function diff(req: InstanceType<typeof proto.DiffRequest>) {
  const d = adapter.diff(req.getUrn(), bag(req.getOlds()), bag(req.getNews()));
  const out = new proto.DiffResponse();
  out.setChanges(d.changes ? proto.DiffResponse.DiffChanges.DIFF_SOME : proto.DiffResponse.DiffChanges.DIFF_NONE);
  out.setReplacesList(d.replaces);
  out.setDiffsList(Object.keys(d.detailed));
  out.setDeletebeforereplace(d.deleteBeforeReplace);
  out.setHasdetaileddiff(true);
  for (const [key, how] of Object.entries(d.detailed)) {
    const p = new proto.PropertyDiff();
    p.setKind(KIND[how] as never);
    p.setInputdiff(true);
    out.getDetaileddiffMap().set(key, p);
  }
  return out;
}

async function create(req: InstanceType<typeof proto.CreateRequest>) {
  const res = await adapter.create(req.getUrn(), bag(req.getProperties()));
  const out = new proto.CreateResponse();
  out.setId(res.id);
  out.setProperties(toStruct(res.props));
  return out;
}

async function read(req: InstanceType<typeof proto.ReadRequest>) {
  const state = req.hasProperties() ? bag(req.getProperties()) : undefined;
  const res = await adapter.read(req.getUrn(), req.getId(), state, req.hasInputs() ? bag(req.getInputs()) : undefined);
  const out = new proto.ReadResponse();
  out.setId(res.id);
  if (res.id) {
    out.setProperties(toStruct(res.props));
    out.setInputs(toStruct(res.inputs));
  }
  return out;
}

async function update(req: InstanceType<typeof proto.UpdateRequest>) {
  const res = await adapter.update(req.getUrn(), req.getId(), bag(req.getOlds()), bag(req.getNews()));
  const out = new proto.UpdateResponse();
  out.setProperties(toStruct(res.props));
  return out;
}

async function remove(req: InstanceType<typeof proto.DeleteRequest>) {
  await adapter.remove(req.getUrn(), req.getId(), bag(req.getProperties()));
  return new empty.Empty();
}

async function invoke(req: InstanceType<typeof proto.InvokeRequest>) {
  const out = new proto.InvokeResponse();
  out.setReturn(toStruct(await adapter.invoke(req.getTok(), bag(req.getArgs()))));
  return out;
}

function configure(req: InstanceType<typeof proto.ConfigureRequest>) {
  applySettings(unwrap(bag(req.getArgs())).bag);
  const out = new proto.ConfigureResponse();
  out.setAcceptsecrets(true);
  out.setAcceptresources(true);
  return out;
}

/** Provider arguments are taken as given; a change of them never replaces resources. */
function checkConfig(req: InstanceType<typeof proto.CheckRequest>) {
  const out = new proto.CheckResponse();
  out.setInputs(req.getNews() ?? toStruct({}));
  return out;
}

function diffConfig(req: InstanceType<typeof proto.DiffRequest>) {
  const same = JSON.stringify(bag(req.getOlds())) === JSON.stringify(bag(req.getNews()));
  const out = new proto.DiffResponse();
  out.setChanges(same ? proto.DiffResponse.DiffChanges.DIFF_NONE : proto.DiffResponse.DiffChanges.DIFF_SOME);
  return out;
}

function getSchema(req: InstanceType<typeof proto.GetSchemaRequest>) {
  if (req.getVersion() !== 0) throw new Error(`unsupported schema version ${req.getVersion()}`);
  const out = new proto.GetSchemaResponse();
  out.setSchema(schemaText());
  return out;
}

function getPluginInfo() {
  const out = new plugin.PluginInfo();
  out.setVersion(version());
  return out;
}

const nothing = () => new empty.Empty();

/** Methods not here (Handshake, Construct, Call, ...) answer UNIMPLEMENTED, which the engine handles. */
export const handlers: Record<string, Handler> = {
  check,
  diff,
  create,
  read,
  update,
  delete: remove,
  invoke,
  configure,
  checkConfig,
  diffConfig,
  getSchema,
  getPluginInfo,
  cancel: nothing,
  attach: nothing,
};

/** Starts serving on a loopback port; the port is the first and only line on stdout. */
export async function serve(): Promise<number> {
  const server = new grpc.Server({ "grpc.max_receive_message_length": 400 * 1024 * 1024 });
  server.addService(service, Object.fromEntries(Object.entries(handlers).map(([k, fn]) => [k, unary(fn)])));
  return new Promise((resolve, reject) =>
    server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (err, port) => (err ? reject(err) : resolve(port))),
  );
}
