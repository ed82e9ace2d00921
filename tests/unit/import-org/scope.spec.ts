// --workspace: one workspace, what lives in it, the organisation-level objects it uses.
import { strict as assert } from "assert";
import { ImportOrgError } from "../../../sdk/import-org/errors";
import { chosenWorkspace, narrowToWorkspace } from "../../../sdk/import-org/scope";
import { cfgOrg, grantA, keyA, keyB, openai, scoped, wsA, wsB } from "./fake";

const all = [wsA, wsB, openai, scoped, grantA, keyA, keyB, cfgOrg];
const names = (xs: typeof all) => xs.map((x) => `${x.spec.name}:${x.props.slug ?? x.id}`);

describe("import-org --workspace", () => {
  it("keeps the workspace, its children, and the organisation-level integration its key and grant use", () => {
    assert.deepEqual(names(narrowToWorkspace(wsA, all)), [
      "Workspace:ws-team-a-1a2b3c",
      "Integration:openai-prod",
      "IntegrationWorkspaceAccess:ws-team-a-1a2b3c",
      "VirtualKey:app",
    ]);
  });

  it("keeps an integration scoped to the workspace; drops organisation-level objects nothing in it uses", () => {
    assert.deepEqual(names(narrowToWorkspace(wsB, all)), ["Workspace:ws-team-a-9f8e7d", "Integration:b-only", "VirtualKey:app-b"]);
  });

  const picks: [string, string][] = [
    ["its id", wsA.id],
    ["its slug", "ws-team-a-9f8e7d"],
  ];
  for (const [what, given] of picks) it(`the workspace is chosen by ${what}`, () => assert.ok([wsA, wsB].includes(chosenWorkspace(given, [wsA, wsB]))));

  it("an unknown workspace is refused, naming those that exist", () => {
    assert.throws(
      () => chosenWorkspace("ws-nope", [wsA, wsB]),
      (e: Error) => e instanceof ImportOrgError && /ws-nope: no such workspace.*ws-team-a-1a2b3c \(Team A\)/.test(e.message),
    );
  });
});
