// Which failures reach the user as one clean line, and which keep their stack.
import { expect } from "chai";
import {
  ConfigError,
  ImportMismatchError,
  ImportNotFoundError,
  InitFailedError,
  MissingIdError,
  SlugTakenError,
  ValidationError,
} from "../../../provider/core/errors";
import { classify, reported, ReportedError } from "../../../provider/core/report";
import { ConnectionError, errorForStatus, InvalidResponseError, ServerError, TimeoutError } from "../../../provider/http/errors";

const d = { vendor: "portkey" as const, method: "GET", path: "/x", attempts: 1 };

describe("reported: classification of failures", () => {
  const rows: [string, unknown, "asIs" | "clean"][] = [
    ["a config problem", new ConfigError("portkey: no API key"), "clean"],
    ["bad input", new ValidationError("import id must have the form a:b"), "clean"],
    ["an import of nothing", new ImportNotFoundError("cannot import"), "clean"],
    ["an import that does not fit", new ImportMismatchError("do not match"), "clean"],
    ["a slug held by another object", new SlugTakenError("slug is taken"), "clean"],
    ["a create answered without an id", new MissingIdError("without an id"), "clean"],
    ["an API refusal (400)", errorForStatus("portkey", "POST", "/x", 400, "{}", 1), "clean"],
    ["an API outage (503)", new ServerError({ ...d, status: 503 }), "clean"],
    ["a network error", new ConnectionError({ ...d, code: "ECONNRESET" }), "clean"],
    ["a timeout", new TimeoutError(d, "timed out"), "clean"],
    ["an answer that is not JSON", new InvalidResponseError(d, "not JSON"), "clean"],
    ["a created but unfinished object (the engine reads its id)", new InitFailedError("half done", "w-1", {}), "asIs"],
    ["a plain Error (a bug)", new Error("boom"), "asIs"],
    ["a TypeError (a bug)", new TypeError("x is undefined"), "asIs"],
    ["something thrown that is not an Error", "a string", "asIs"],
  ];
  for (const [what, error, want] of rows) it(`${what}: ${want}`, () => expect(classify(error)).to.equal(want));

  it("an expected failure is re-thrown as one line without a stack, keeping its cause", async () => {
    const cause = new ImportNotFoundError('Workspace: cannot import "w": no such object exists');
    const err = await reported(async () => Promise.reject(cause))().catch((e) => e);
    expect(err).to.be.instanceOf(ReportedError);
    expect(err.stack).to.equal(cause.message);
    expect(err.cause).to.equal(cause);
  });

  it("a bug keeps its stack; an unfinished object keeps its id and properties", async () => {
    const bug = new TypeError("x is undefined");
    expect(await reported(async () => Promise.reject(bug))().catch((e) => e)).to.equal(bug);
    const half = new InitFailedError("half done", "w-1", { name: "n" });
    const err = await reported(async () => Promise.reject(half))().catch((e) => e);
    expect([err.id, err.properties, err.reasons]).to.deep.equal(["w-1", { name: "n" }, ["half done"]]);
  });

  it("each error names its own class", () => {
    expect([new SlugTakenError("m").name, new ServerError({ ...d, status: 500 }).name]).to.deep.equal(["SlugTakenError", "ServerError"]);
  });
});
