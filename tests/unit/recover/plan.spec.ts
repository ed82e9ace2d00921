// The state edit behind `pulumi-aigov recover`: pending creates become
// resources, are dropped, or are left for a person, and nothing else moves.
import { expect } from "chai";
import { applyDecisions, Decision, readDeployment } from "../../../sdk/recover/plan";

const stackUrn = "urn:pulumi:dev::p::pulumi:pulumi:Stack::p-dev";
const urn = (name: string) => `urn:pulumi:dev::p::pulumi-nodejs:dynamic/portkey:Workspace::${name}`;
const op = (name: string, type = "creating") => ({
  type,
  resource: { urn: urn(name), type: "pulumi-nodejs:dynamic/portkey:Workspace", custom: true, inputs: { name } },
});
const deployment = {
  resources: [
    { urn: stackUrn, type: "pulumi:pulumi:Stack" },
    { urn: urn("kept"), id: "w-0", custom: true },
  ],
  pending_operations: [op("made"), op("never"), op("unsure"), op("updating", "updating")],
};

describe("recover: reading and editing the deployment", () => {
  it("reads pending creates and the ids already owned", () => {
    const { pending, owned } = readDeployment(deployment);
    expect(pending.map((p) => p.urn)).to.deep.equal([urn("made"), urn("never"), urn("unsure")]);
    expect([...owned]).to.deep.equal(["w-0"]);
  });

  it("opens secret inputs, as `--show-secrets` exports them", () => {
    const sealed = { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", plaintext: JSON.stringify({ token: "t0ken" }) };
    const { pending } = readDeployment({
      pending_operations: [{ type: "creating", resource: { urn: urn("s"), type: "t", inputs: { name: "s", settings: sealed } } }],
    });
    expect(pending[0]!.inputs).to.deep.equal({ name: "s", settings: { token: "t0ken" } });
  });

  it("imports, clears and leaves as decided", () => {
    const decisions: Decision[] = [
      { urn: urn("made"), action: "import", id: "w-1" },
      { urn: urn("never"), action: "clear" },
      { urn: urn("unsure"), action: "ambiguous", candidates: ["w-2", "w-3"] },
    ];
    const out = applyDecisions(deployment, decisions) as typeof deployment;
    expect(out.resources.map((r) => r.urn)).to.deep.equal([stackUrn, urn("kept"), urn("made")]);
    expect(out.resources[2]).to.include({ id: "w-1" }).and.to.have.deep.property("outputs", { name: "made" });
    expect(out.pending_operations.map((o) => `${o.type} ${o.resource.urn}`)).to.deep.equal([`creating ${urn("unsure")}`, `updating ${urn("updating")}`]);
  });
});
