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
