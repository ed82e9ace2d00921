// A read answered with an empty or non-object body is malformed: it is retried,
// then fails; it never becomes an object with nothing set (which a refresh
// would record, erasing the object's fields from state).
import { expect } from "chai";
import { configureFrom } from "../../../provider/core/config";
import { providerFor } from "../../../provider/core/module";
import { ApiClient, InvalidResponseError } from "../../../provider/http";
import { workspaceSpec } from "../../../spec/portkey/workspace";
import { policySpec } from "../../../spec/toktra/policy";
import { nock, useNock } from "../../helpers/nock";

const BASE = "https://api.portkey.test";
const client = (maxRetries: number) =>
  new ApiClient({ vendor: "portkey", baseUrl: `${BASE}/v1`, apiKey: "pk-empty-test", authHeader: "x-portkey-api-key", maxRetries, sleep: async () => {} });

// [body, status, what the message says it was]
const MALFORMED: [string, number, RegExp][] = [
  ["", 200, /an empty body/],
  ["   \n", 200, /an empty body/],
  ["", 204, /an empty body/],
  ["null", 200, /a bare null/],
  ["[]", 200, /an array/],
  ['[{"id":"a"}]', 200, /an array/],
  ["42", 200, /a bare number/],
  ['"ok"', 200, /a bare string/],
  ["true", 200, /a bare boolean/],
];

describe("empty and non-object answers to reads", () => {
  useNock();
  afterEach(() => nock.cleanAll());

  for (const [body, status, said] of MALFORMED) {
    for (const retries of [0, 2]) {
      it(`${status} ${JSON.stringify(body)} to a GET is tried ${retries + 1} time(s), then fails`, async () => {
        const scope = nock(BASE)
          .get("/v1/admin/workspaces/w1")
          .times(retries + 1)
          .reply(status, body);
        const c = client(retries);
        const err = await c.get("/admin/workspaces/w1").then(
          () => undefined,
          (e: Error) => e,
        );
        expect(err).to.be.instanceOf(InvalidResponseError);
        expect(err!.message).to.match(said);
        expect(err!.message).to.match(/^portkey API: GET \/admin\/workspaces\/w1 answered a read with/);
        expect(c.stats.requests).to.equal(retries + 1);
        expect(scope.isDone()).to.equal(true);
      });
    }
  }

  it("an empty answer, then the object: the retry gets the object", async () => {
    nock(BASE).get("/v1/admin/workspaces/w1").reply(200, "").get("/v1/admin/workspaces/w1").reply(200, { id: "w1", name: "A" });
    expect(await client(2).get("/admin/workspaces/w1")).to.deep.equal({ id: "w1", name: "A" });
  });

  // Writes may answer nothing (a 204 to a delete, a PUT without a body).
  for (const method of ["put", "delete", "post"] as const) {
    it(`an empty answer to a ${method.toUpperCase()} is fine`, async () => {
      nock(BASE)
        .intercept("/v1/admin/workspaces/w1", method.toUpperCase())
        .reply(method === "delete" ? 204 : 200, "");
      expect(await client(0)[method]("/admin/workspaces/w1")).to.deep.equal({});
    });
  }
});

describe("refresh on an empty answer keeps state", () => {
  useNock();
  before(() =>
    configureFrom({
      get: (k) =>
        ({
          "portkey:apiKey": "pk-empty-test",
          "portkey:baseUrl": `${BASE}/v1`,
          "portkey:maxRetries": "1",
          "toktra:apiKey": "tk-empty-test",
          "toktra:apiUrl": "https://api.toktra.test",
          "toktra:maxRetries": "1",
        })[k],
    }),
  );
  afterEach(() => nock.cleanAll());

  const cases = [
    {
      spec: workspaceSpec,
      base: BASE,
      path: "/v1/admin/workspaces/w1",
      shown: "/admin/workspaces/w1",
      id: "w1",
      state: { name: "Team", description: "kept", slug: "ws-team" },
    },
    {
      spec: policySpec,
      base: "https://api.toktra.test",
      path: "/v1/api/policies/p1",
      shown: "/v1/api/policies/p1",
      id: "p1",
      state: { name: "Cap", type: "token_limit", severity: "high" },
    },
  ];
  for (const { spec, base, path, shown, id, state } of cases) {
    for (const body of ["", "null", "[]"]) {
      it(`${spec.name}: a read answered ${JSON.stringify(body)} twice fails, never answers {}`, async () => {
        nock(base).get(path).times(2).reply(200, body);
        const err = await providerFor(spec).read!(id, state).then(
          () => undefined,
          (e: Error) => e,
        );
        expect(err?.message).to.match(new RegExp(`API: GET ${shown} answered a read with .* after 2 attempts`));
      });
    }
  }
});
