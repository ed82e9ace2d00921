// nock intercepts every outgoing request from the moment it is loaded, which
// would break the engine's gRPC connections in end-to-end tests that share this
// process. It is switched off at load and on only inside the suites that use it.
import nock from "nock";

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
