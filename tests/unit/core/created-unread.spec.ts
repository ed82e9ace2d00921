// Once the API has answered a create with an id, the object reaches the state,
// whatever fails next: a read back that is refused or keeps failing turns into
// the engine's init-failed error, carrying the id and the outputs it can.
import { expect } from "chai";
import { configureFrom } from "../../../provider/core/config";
import { InitFailedError } from "../../../provider/core/errors";
import { providerFor } from "../../../provider/core/module";
import { gatewayConfigSpec } from "../../../spec/portkey/gateway-config";
import { workspaceSpec } from "../../../spec/portkey/workspace";
import { policySpec } from "../../../spec/toktra/policy";
import { expectEveryMockUsed, nock, useNock } from "../../helpers/nock";

const reset = () => Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
type Fail = (i: nock.Interceptor) => nock.Scope;
const FAILURES: [what: string, fail: Fail, times: number, said: RegExp][] = [
  ["401", (i) => i.reply(401, { errorCode: "AB01", message: "invalid key" }), 1, /401/],
  ["403", (i) => i.reply(403, { errorCode: "AB02", message: "forbidden" }), 1, /403/],
  ["a 500 outlasting the retries", (i) => i.reply(500, { message: "boom" }), 2, /500.*after 2 attempts/],
  ["a reset connection outlasting the retries", (i) => i.replyWithError(reset()), 2, /ECONNRESET/],
];

const CASES = [
  {
    spec: workspaceSpec,
    base: "https://api.portkey.test",
    post: "/v1/admin/workspaces",
    get: "/v1/admin/workspaces/w-1",
    inputs: { name: "Team", description: "ours" },
    answer: { id: "w-1", slug: "ws-team-1", name: "Team", description: "ours" },
    recorded: { name: "Team", description: "ours", slug: "ws-team-1" },
  },
  {
    spec: gatewayConfigSpec,
    base: "https://api.portkey.test",
    post: "/v1/configs",
    get: "/v1/configs/pc-routing-1",
    inputs: { name: "routing", workspaceId: "w-1", config: { retry: { attempts: 1 } } },
    answer: { id: "c-1", slug: "pc-routing-1" },
    recorded: { name: "routing", workspaceId: "w-1", slug: "pc-routing-1" },
  },
  {
    spec: policySpec,
    base: "https://api.toktra.test",
    post: "/v1/api/policies",
    get: "/v1/api/policies/pol_1",
    inputs: { name: "cap", type: "token_limit", conditions: { max_tokens: 5 }, actions: { action: "block" } },
    answer: { id: "pol_1", name: "cap", type: "token_limit" },
    recorded: { name: "cap", type: "token_limit" },
  },
];

describe("a create whose read back fails is recorded as created but unhealthy", () => {
  useNock();
  before(() =>
    configureFrom({
      get: (k) =>
        ({
          "portkey:apiKey": "pk-unread-test",
          "portkey:baseUrl": "https://api.portkey.test/v1",
          "portkey:maxRetries": "1",
          "toktra:apiKey": "tk-unread-test",
          "toktra:apiUrl": "https://api.toktra.test",
          "toktra:maxRetries": "1",
        })[k],
    }),
  );
  expectEveryMockUsed();

  for (const c of CASES) {
    for (const [what, fail, times, said] of FAILURES) {
      it(`${c.spec.vendor}:${c.spec.name}, read back failing with ${what}: init-failed with the id and outputs, one POST`, async () => {
        const scope = nock(c.base).post(c.post).reply(200, c.answer);
        for (let i = 0; i < times; i++) fail(scope.get(c.get));
        const err = await providerFor(c.spec)
          .create(c.inputs)
          .catch((e) => e);
        expect(err).to.be.instanceOf(InitFailedError);
        expect(err.id).to.equal(c.answer.id);
        expect(err.properties).to.include(c.recorded);
        expect(err.message).to.match(new RegExp(`^${c.spec.name} "${c.answer.id}" was created, but reading it back failed: .*`));
        expect(err.message).to.match(said);
        expect(err.message).to.match(/the next `pulumi up` reads it and brings it up to the program/);
      });
    }
  }
});
