// The HTTP front: control plane, injected faults, then the emulated services.
// Each service owns a path prefix, checks its own credentials and registers
// its routes on its own router.
import * as http from "http";
import { ApiError, badRequest, notFound } from "./errors";
import { Faults, kindOf, reshape } from "./faults";
import { Journal } from "./journal";
import { DEFAULT_QUIRKS, Quirks } from "./quirks";
import { ApiRequest, Reply, Router } from "./router";
import { Store } from "./store";

export interface ServiceContext {
  store: Store;
  quirks: Quirks;
  now(): string;
}

export interface Service {
  name: string;
  /** Path prefix the service owns, e.g. "/v1". */
  prefix: string;
  initialState(): unknown;
  /** Throws a 401 ApiError when the request's credentials are wrong. */
  authorize(req: ApiRequest): void;
  routes(router: Router, ctx: ServiceContext): void;
  /** The service's own error body; Portkey's {errorCode, message} when absent. */
  errorBody?(err: ApiError): unknown;
}

export interface RuntimeOptions {
  seed: number;
  dataFile?: string;
  quirks?: Partial<Quirks>;
}

/** Everything a running emulator holds, shared by the services and the control plane. */
export class Runtime {
  readonly journal = new Journal();
  readonly faults: Faults;
  readonly store: Store;
  readonly quirks: Quirks;
  private readonly baseQuirks: Quirks;
  private readonly mounts: { service: Service; router: Router }[];

  constructor(
    services: Service[],
    readonly opts: RuntimeOptions,
  ) {
    this.baseQuirks = { ...DEFAULT_QUIRKS, ...opts.quirks };
    this.quirks = { ...this.baseQuirks };
    this.faults = new Faults(opts.seed);
    this.store = new Store(opts.seed, Object.fromEntries(services.map((s) => [s.name, () => s.initialState()])), opts.dataFile);
    const ctx: ServiceContext = { store: this.store, quirks: this.quirks, now: () => new Date().toISOString() };
    this.mounts = services.map((service) => {
      const router = new Router();
      service.routes(router, ctx);
      return { service, router };
    });
  }

  /** Back to the start: empty state and journal, no faults, start-time quirks. */
  reset(seed?: number): void {
    this.store.reset(seed ?? this.opts.seed);
    this.journal.clear();
    this.faults.clear();
    Object.assign(this.quirks, this.baseQuirks);
  }

  private mountFor(path: string) {
    return this.mounts.find((m) => path === m.service.prefix || path.startsWith(m.service.prefix + "/"));
  }

  /** An error as the service owning `path` words it. */
  errorBody(path: string, err: ApiError): unknown {
    const service = this.mountFor(path)?.service;
    return service?.errorBody ? service.errorBody(err) : err.body();
  }

  /** Answers one API request; never throws. */
  async serve(method: string, url: URL, raw: string, headers: http.IncomingHttpHeaders): Promise<Required<Reply>> {
    const mount = this.mountFor(url.pathname);
    const render = (err: ApiError) => this.errorBody(url.pathname, err);
    const reply = await dispatch(mount?.router, method, url, raw, headers, (req) => mount!.service.authorize(req), render);
    // Handlers check before they change anything, so only a successful write needs saving.
    if (method !== "GET" && reply.status < 400) this.store.save();
    return reply;
  }
}

/**
 * Runs the matching route of `router`; errors become error replies in the
 * service's shape (`render`). `guard` (a service's auth) runs before routing,
 * so a bad key never learns which routes exist.
 */
async function dispatch(
  router: Router | undefined,
  method: string,
  url: URL,
  raw: string,
  headers: http.IncomingHttpHeaders,
  guard?: (req: ApiRequest) => void,
  render?: (err: ApiError) => unknown,
): Promise<Required<Reply>> {
  try {
    const req: ApiRequest = { method, path: url.pathname, params: {}, query: url.searchParams, body: undefined, headers };
    if (!router) throw noRoute(method, url.pathname);
    guard?.(req);
    const hit = router.match(method, url.pathname);
    if (!hit) throw noRoute(method, url.pathname);
    const reply = await hit.handler({ ...req, params: hit.params, body: parseJson(raw) });
    return { status: reply.status ?? 200, body: reply.body ?? {} };
  } catch (err) {
    return errorReply(err, render);
  }
}

const noRoute = (method: string, path: string) => notFound(`emulator: no route for ${method} ${path}`);

export function parseJson(raw: string): unknown {
  if (raw.trim() === "") return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    throw badRequest("body: is not valid JSON");
  }
}

export function errorReply(err: unknown, render: (err: ApiError) => unknown = (e) => e.body()): Required<Reply> {
  if (err instanceof ApiError) return { status: err.status, body: render(err) };
  console.error("emulator: internal error:", err);
  return { status: 500, body: render(new ApiError(500, `emulator: internal error: ${(err as Error)?.message ?? String(err)}`)) };
}

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (status === 204) {
    res.writeHead(204, headers);
    res.end();
    return;
  }
  const text = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

const HTML_502 = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>\n";

export function createServer(rt: Runtime, control: Router): http.Server {
  return http.createServer((req, res) => {
    handle(rt, control, req, res).catch((err) => {
      console.error("emulator: request failed:", err);
      if (!res.headersSent) send(res, 500, { errorCode: "AB04", message: "emulator: internal error" });
      else res.destroy();
    });
  });
}

async function handle(rt: Runtime, control: Router, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const method = (req.method ?? "GET").toUpperCase();
  // Concatenate rather than resolve, so "//x" stays a path instead of a host.
  const url = new URL(`http://emulator${req.url ?? "/"}`);
  const path = url.pathname;
  const raw = await readBody(req);

  if (path.startsWith("/__emulator/")) {
    const reply = await dispatch(control, method, url, raw, req.headers);
    return send(res, reply.status, reply.body);
  }

  const done = rt.journal.begin();
  try {
    await serveApi(rt, method, url, path, raw, req, res);
  } finally {
    done();
  }
}

async function serveApi(rt: Runtime, method: string, url: URL, path: string, raw: string, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  if (rt.faults.latencyMs > 0) await sleep(rt.faults.latencyMs);
  const rule = rt.faults.pick(method, path);
  if (rule?.latencyMs) await sleep(rule.latencyMs);
  const kind = rule && kindOf(rule);
  const extra: Record<string, string> = rule?.retryAfter !== undefined ? { "retry-after": String(rule.retryAfter) } : {};
  const record = (status: number) => rt.journal.add({ method, path, status, ...(kind ? { fault: kind } : {}) });

  switch (kind) {
    case "reset":
      record(0);
      req.socket.destroy();
      return;
    case "status": {
      const status = rule!.status!;
      record(status);
      return send(res, status, rt.errorBody(path, new ApiError(status, `emulator: injected fault (${status})`)), extra);
    }
    case "html":
      record(rule!.status ?? 502);
      return send(res, rule!.status ?? 502, HTML_502, { ...extra, "content-type": "text/html" });
    case "truncated":
      // Not performed: a proxy cut the answer before the server saw the request.
      record(rule!.status ?? 200);
      return send(res, rule!.status ?? 200, '{"object":"list","total":1,"data":[{"id":"', extra);
  }

  const reply = await rt.serve(method, url, raw, req.headers);
  if (kind === "dropAfterCommit") {
    record(0);
    req.socket.destroy();
    return;
  }
  record(reply.status);
  const reshaped = (kind === "extraFields" || kind === "missingFields") && reply.status < 300;
  send(res, reply.status, reshaped ? reshape(reply.body, rule!, kind) : reply.body);
}
