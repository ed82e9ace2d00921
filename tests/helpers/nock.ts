// nock intercepts every outgoing request from the moment it is loaded, which
// would break the engine's gRPC connections in end-to-end tests that share this
// process. It is switched off at load and on only inside the suites that use it.
import { expect } from "chai";
import nock from "nock";
import { configureFrom } from "../../provider/core/config";

nock.restore();

export function useNock(): void {
  before(() => {
    if (!nock.isActive()) nock.activate();
    nock.disableNetConnect();
  });
  after(() => {
    nock.cleanAll();
    nock.enableNetConnect();
    nock.restore();
  });
}

/** After each test of the suite: every reply it set up was asked for; then they are cleared. */
export function expectEveryMockUsed(): void {
  afterEach(() => {
    expect(nock.pendingMocks()).to.deep.equal([]);
    nock.cleanAll();
  });
}

/**
 * A suite of request tests against Portkey at `base`: nock on, the provider
 * configured with `apiKey` and no retries, and each test's expected requests
 * all made by its end.
 */
export function usePortkeyNock(base: string, apiKey: string): void {
  useNock();
  before(() => configureFrom({ get: (k) => ({ "portkey:apiKey": apiKey, "portkey:baseUrl": `${base}/v1`, "portkey:maxRetries": "0" })[k] }));
  expectEveryMockUsed();
}

export { nock };

export type Seen = { method: string; path: string; body: unknown };
export type Step = [method: string, path: string | RegExp, reply: unknown, status?: number];

/** Answers each expected request on `scope` in order and records what was sent. */
export function expectSequence(scope: nock.Scope, steps: Step[]): Seen[] {
  const seen: Seen[] = [];
  for (const [method, path, reply, status = 200] of steps) {
    // nock 15 hands the reply callback the fetch Request.
    scope.intercept(path, method).reply(status, async (req: Request) => {
      const text = await req.text();
      const url = new URL(req.url);
      seen.push({ method, path: url.pathname + url.search, body: text ? JSON.parse(text) : undefined });
      return reply as nock.Body;
    });
  }
  return seen;
}
